import { Badge, Box, Button, Flex, Typography } from '@strapi/design-system';

import type { Anchor } from '../../../../shared/contracts/writing';
import { useT } from '../../hooks/useT';
import { linkAround, phraseContext } from '../../utils/link-phrase';
import { StoryLink } from '../StoryLink';

type AnchorItemProps = {
  anchor: Anchor;
  /** The edit form's current body (the phrase is shown in it, and whether it is linked). */
  body: unknown;
  locale?: string;
  /** Absent when the editor may only read. */
  onApply?: () => void;
};

/** A phrase of the text that could link to another story: in context, its target, why. */
export const AnchorItem = ({ anchor, body, locale, onApply }: AnchorItemProps) => {
  const t = useT();
  const context = phraseContext(body, anchor);
  const linked = linkAround(body, anchor) !== null;
  const id = `${anchor.block}-${anchor.start}`;
  return (
    <Box
      tag="li"
      padding={2}
      hasRadius
      background="neutral100"
      data-testid={`newsroom-anchor-${id}`}
      data-target={anchor.target.documentId}
      data-state={linked ? 'linked' : 'unlinked'}
    >
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Typography variant="omega">
          {context?.before}
          <Typography variant="omega" fontWeight="bold" tag="mark">
            {anchor.text}
          </Typography>
          {context?.after}
        </Typography>
        <Flex gap={1} alignItems="baseline">
          <Typography variant="pi" textColor="neutral600" aria-hidden>
            →
          </Typography>
          <StoryLink
            documentId={anchor.target.documentId}
            locale={locale}
            title={anchor.target.title}
          />
        </Flex>
        <Typography variant="pi" textColor="neutral600">
          {t(`anchors.reason.${anchor.kind}`, { matched: anchor.matched })}
        </Typography>
        {linked && (
          <Box>
            <Badge backgroundColor="success100" textColor="success700">
              {t('anchors.linked')}
            </Badge>
          </Box>
        )}
        {!linked && onApply && (
          <Box>
            <Button
              size="S"
              variant="secondary"
              onClick={onApply}
              aria-label={t('anchors.applyLabel', {
                text: anchor.text,
                title: anchor.target.title,
              })}
              data-testid={`newsroom-anchor-apply-${id}`}
            >
              {t('anchors.apply')}
            </Button>
          </Box>
        )}
      </Flex>
    </Box>
  );
};
