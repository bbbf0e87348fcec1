import { Flex, Typography } from '@strapi/design-system';

import { useT } from '../../hooks/useT';
import { LoadState } from '../LoadState';
import { SuggestionItem } from './SuggestionItem';
import type { CrossLinks } from './useCrossLinks';

type SuggestionListProps = { crossLinks: CrossLinks; canManage: boolean; reverse: boolean };

/** The engine's suggestions for the story, best first. */
export const SuggestionList = ({ crossLinks, canManage, reverse }: SuggestionListProps) => {
  const t = useT();
  const { suggestions, addLink, dismiss } = crossLinks;
  const items = suggestions.data ?? [];
  const topScore = Math.max(0, ...items.map((s) => s.score));
  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="newsroom-suggestions">
      <Typography variant="sigma" tag="h3">
        {t('suggestions.title')}
      </Typography>
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
                canManage
                  ? {
                      onLink: () =>
                        void addLink({
                          target: suggestion.article.documentId,
                          origin: 'suggestion',
                          score: suggestion.score,
                          reverse,
                        }),
                      onDismiss: () => void dismiss(suggestion),
                    }
                  : undefined
              }
            />
          ))}
        </Flex>
      </LoadState>
    </Flex>
  );
};
