import { Flex, Typography } from '@strapi/design-system';

import { useT } from '../../hooks/useT';
import { LoadState } from '../LoadState';
import { LinkRow } from './LinkRow';
import type { CrossLinks } from './useCrossLinks';

type LinkListProps = {
  crossLinks: CrossLinks;
  locale?: string;
  canManage: boolean;
  /** Top-level blocks of the body being edited (where a link can be placed). */
  blocks: number;
};

/** The story's current links in editor order. */
export const LinkList = ({ crossLinks, locale, canManage, blocks }: LinkListProps) => {
  const t = useT();
  const { links, removeLink, changeKind, move, place } = crossLinks;
  const items = links.data ?? [];
  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="newsroom-links">
      <Typography variant="sigma" tag="h3">
        {t('links.title')}
      </Typography>
      <LoadState
        isLoading={links.isLoading && !links.data}
        error={links.data ? undefined : links.error}
        onRetry={links.reload}
        isEmpty={items.length === 0}
        emptyMessage={t('links.empty')}
      >
        <Flex tag="ol" direction="column" alignItems="stretch" gap={2}>
          {items.map((link, index) => (
            <LinkRow
              key={link.documentId}
              link={link}
              locale={locale}
              isFirst={index === 0}
              isLast={index === items.length - 1}
              blocks={blocks}
              actions={
                canManage
                  ? {
                      onKindChange: (kind) => void changeKind(link, kind),
                      onMove: (offset) => void move(link, offset),
                      onRemove: () => void removeLink(link),
                      onPlace: (afterBlock) => void place(link, afterBlock),
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
