import { Button, Checkbox, Flex, Typography } from '@strapi/design-system';
import { useState } from 'react';

import type { Anchor } from '../../../../shared/contracts/writing';
import type { EditForm } from '../../hooks/useEditForm';
import type { RequestState } from '../../hooks/useRequest';
import { useT } from '../../hooks/useT';
import { LoadState } from '../LoadState';
import { AnchorItem } from './AnchorItem';
import { useAnchorActions } from './useAnchorActions';

type AnchorListProps = {
  anchors: RequestState<Anchor[]>;
  form: EditForm;
  locale?: string;
  /** Whether the editor may change the text from here (not read-only). */
  canApply: boolean;
  /** Adds the target to the story's links too; absent for a story never saved. */
  addRelated?: (anchor: Anchor) => Promise<unknown>;
};

/** Phrases of the text that should link to other stories, each linked in one click. */
export const AnchorList = ({ anchors, form, locale, canApply, addRelated }: AnchorListProps) => {
  const t = useT();
  const [alsoRelated, setAlsoRelated] = useState(false);
  const { apply, undo } = useAnchorActions({ form, locale, anchors, addRelated });
  const items = anchors.data ?? [];
  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="newsroom-anchors">
      <Typography variant="sigma" tag="h3">
        {t('anchors.title')}
      </Typography>
      {canApply && addRelated && (
        <Checkbox
          checked={alsoRelated}
          onCheckedChange={(checked: boolean | 'indeterminate') => setAlsoRelated(checked === true)}
          data-testid="newsroom-anchors-related"
        >
          {t('anchors.related')}
        </Checkbox>
      )}
      {canApply && undo && (
        <Button size="S" variant="tertiary" onClick={undo} data-testid="newsroom-anchors-undo">
          {t('anchors.undo')}
        </Button>
      )}
      <LoadState
        isLoading={anchors.isLoading && !anchors.data}
        error={anchors.data ? undefined : anchors.error}
        onRetry={anchors.reload}
        isEmpty={items.length === 0}
        emptyMessage={t('anchors.empty')}
      >
        <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
          {items.map((anchor) => (
            <AnchorItem
              key={`${anchor.block}-${anchor.start}-${anchor.target.documentId}`}
              anchor={anchor}
              body={form.values.body}
              locale={locale}
              onApply={canApply ? () => void apply(anchor, alsoRelated) : undefined}
            />
          ))}
        </Flex>
      </LoadState>
    </Flex>
  );
};
