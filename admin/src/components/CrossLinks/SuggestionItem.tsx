import { Box, Button, Flex, ProgressBar, Typography } from '@strapi/design-system';

import type { Suggestion } from '../../../../shared/contracts/related';
import { useT } from '../../hooks/useT';
import { StoryLink } from '../StoryLink';
import { ReasonList } from './ReasonText';

type SuggestionItemProps = {
  suggestion: Suggestion;
  /** The list's best score: bars are drawn relative to it (scores are not bounded by 1). */
  topScore: number;
  /** Absent when the editor may only read. */
  actions?: { onLink: () => void; onDismiss: () => void };
};

/** A suggested story: headline, score bar, reasons in plain words, Link / Dismiss. */
export const SuggestionItem = ({ suggestion, topScore, actions }: SuggestionItemProps) => {
  const t = useT();
  const { article, score } = suggestion;
  const share = Math.round((score / Math.max(topScore, 1)) * 100);
  const scoreText = t('suggestions.score', { score: score.toFixed(2) });
  return (
    <Box
      tag="li"
      padding={2}
      hasRadius
      background="neutral100"
      data-testid={`newsroom-suggestion-${article.documentId}`}
    >
      <Flex direction="column" alignItems="stretch" gap={2}>
        <StoryLink documentId={article.documentId} locale={article.locale} title={article.title} />
        <Flex gap={2} alignItems="center" title={scoreText}>
          <Box flex="1">
            <ProgressBar value={share} size="S" aria-label={scoreText} />
          </Box>
          <Typography variant="pi" textColor="neutral600">
            {score.toFixed(2)}
          </Typography>
        </Flex>
        <ReasonList reasons={suggestion.reasons} />
        {actions && (
          <Flex gap={2}>
            <Button
              size="S"
              onClick={actions.onLink}
              aria-label={t('suggestions.linkLabel', { title: article.title })}
              data-testid={`newsroom-suggestion-link-${article.documentId}`}
            >
              {t('suggestions.link')}
            </Button>
            <Button
              size="S"
              variant="tertiary"
              onClick={actions.onDismiss}
              aria-label={t('suggestions.dismissLabel', { title: article.title })}
              data-testid={`newsroom-suggestion-dismiss-${article.documentId}`}
            >
              {t('suggestions.dismiss')}
            </Button>
          </Flex>
        )}
      </Flex>
    </Box>
  );
};
