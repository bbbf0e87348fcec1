import { Flex, Typography } from '@strapi/design-system';
import type { ReactNode } from 'react';

import type { Suggestion } from '../../../../shared/contracts/related';
import type { RequestState } from '../../hooks/useRequest';
import { useT } from '../../hooks/useT';
import { LoadState } from '../LoadState';
import { SuggestionItem } from './SuggestionItem';

type SuggestionListProps = {
  suggestions: RequestState<Suggestion[]>;
  /** Absent when the editor cannot link (read-only, or a story never saved). */
  actions?: {
    onLink: (suggestion: Suggestion) => void;
    onDismiss: (suggestion: Suggestion) => void;
  };
  /** Shown above the list (e.g. why there is no Link button). */
  note?: ReactNode;
};

/** The engine's suggestions for the story, best first. */
export const SuggestionList = ({ suggestions, actions, note }: SuggestionListProps) => {
  const t = useT();
  const items = suggestions.data ?? [];
  const topScore = Math.max(0, ...items.map((s) => s.score));
  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="newsroom-suggestions">
      <Typography variant="sigma" tag="h3">
        {t('suggestions.title')}
      </Typography>
      {note}
      <LoadState
        isLoading={suggestions.isLoading && !suggestions.data}
        error={suggestions.data ? undefined : suggestions.error}
        onRetry={suggestions.reload}
        isEmpty={items.length === 0}
        emptyMessage={t('suggestions.empty')}
      >
        <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
          {items.map((suggestion) => (
            <SuggestionItem
              key={suggestion.article.documentId}
              suggestion={suggestion}
              topScore={topScore}
              actions={
                actions && {
                  onLink: () => actions.onLink(suggestion),
                  onDismiss: () => actions.onDismiss(suggestion),
                }
              }
            />
          ))}
        </Flex>
      </LoadState>
    </Flex>
  );
};
