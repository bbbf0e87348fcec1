import { SingleSelect, SingleSelectOption } from '@strapi/design-system';

import { useT } from '../../hooks/useT';

const END = 'end';

type LinkPlacementProps = {
  linkId: string;
  /** The link's place: after top-level block `afterBlock` (0-based), null = after the body. */
  afterBlock: number | null;
  /** Top-level blocks of the body as the editor has it now. */
  blocks: number;
  onChange: (afterBlock: number | null) => void;
};

/** Where a "Read also" link sits in the body: "After the body", "After paragraph 1…N". */
export const LinkPlacement = ({ linkId, afterBlock, blocks, onChange }: LinkPlacementProps) => {
  const t = useT();
  // Keep a place the body no longer reaches (it was shortened) selectable, so it shows.
  const count = Math.max(blocks, afterBlock === null ? 0 : afterBlock + 1);
  return (
    <SingleSelect
      aria-label={t('links.placement')}
      size="S"
      value={afterBlock === null ? END : String(afterBlock)}
      onChange={(value: string | number) => onChange(value === END ? null : Number(value))}
      data-testid={`newsroom-link-placement-${linkId}`}
    >
      <SingleSelectOption value={END}>{t('links.placement.end')}</SingleSelectOption>
      {Array.from({ length: count }, (_, index) => (
        <SingleSelectOption key={index} value={String(index)}>
          {t('links.placement.after', { n: index + 1 })}
        </SingleSelectOption>
      ))}
    </SingleSelect>
  );
};
