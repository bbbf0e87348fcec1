import {
  Badge,
  Box,
  Flex,
  IconButton,
  Link,
  SingleSelect,
  SingleSelectOption,
  Typography,
} from '@strapi/design-system';
import { ArrowDown, ArrowUp, Trash } from '@strapi/icons';

import type { EditorLink } from '../../../../shared/contracts/admin';
import { LINK_KINDS, type LinkKind } from '../../../../shared/contracts/uids';
import { useT } from '../../hooks/useT';
import { StoryLink } from '../StoryLink';
import { LinkPlacement } from './LinkPlacement';

type LinkRowProps = {
  link: EditorLink;
  locale?: string;
  isFirst: boolean;
  isLast: boolean;
  /** Top-level blocks of the body being edited (the places the link can go). */
  blocks: number;
  /** Absent when the editor may only read. */
  actions?: {
    onKindChange: (kind: LinkKind) => void;
    onMove: (offset: -1 | 1) => void;
    onRemove: () => void;
    onPlace: (afterBlock: number | null) => void;
  };
};

const LinkTarget = ({ link, locale }: { link: EditorLink; locale?: string }) => {
  const t = useT();
  if (link.externalUrl) {
    return (
      <Link href={link.externalUrl} isExternal>
        {link.title || link.externalUrl}
      </Link>
    );
  }
  if (link.target) {
    return (
      <StoryLink documentId={link.target.documentId} locale={locale} title={link.target.title} />
    );
  }
  return (
    <Typography textColor="neutral600">
      {t('links.deletedTarget', { documentId: link.targetDocumentId ?? '?' })}
    </Typography>
  );
};

/** The headline a link leads to, as an editor names it (for labels). */
export const linkLabel = (link: EditorLink) =>
  link.target?.title ?? link.title ?? link.externalUrl ?? link.targetDocumentId ?? '';

/** One link of the story: where it leads, its kind, its state and (for managers) its controls. */
export const LinkRow = ({ link, locale, isFirst, isLast, blocks, actions }: LinkRowProps) => {
  const t = useT();
  const broken = link.state !== 'ok';
  const afterBlock = link.afterBlock ?? null;
  return (
    <Box
      tag="li"
      padding={2}
      hasRadius
      background={broken ? 'danger100' : 'neutral100'}
      borderColor={broken ? 'danger600' : 'neutral200'}
      data-testid={`newsroom-link-row-${link.documentId}`}
      data-state={link.state}
      data-after-block={afterBlock ?? 'end'}
    >
      <Flex direction="column" alignItems="stretch" gap={2}>
        <LinkTarget link={link} locale={locale} />
        <Flex gap={1} wrap="wrap">
          {link.externalUrl && <Badge>{t('links.external')}</Badge>}
          {link.state === 'unpublished' && (
            <Badge backgroundColor="warning100" textColor="warning700">
              {t('links.state.unpublished')}
            </Badge>
          )}
          {afterBlock !== null && (
            <Badge data-testid={`newsroom-link-after-${link.documentId}`}>
              {t('links.placement.badge', { n: afterBlock + 1 })}
            </Badge>
          )}
          {link.state === 'deleted' && (
            <Badge backgroundColor="danger100" textColor="danger700">
              {t('links.state.deleted')}
            </Badge>
          )}
        </Flex>
        {actions ? (
          <Flex direction="column" alignItems="stretch" gap={1}>
            <SingleSelect
              aria-label={t('links.kind')}
              size="S"
              value={link.kind}
              onChange={(value: string | number) => actions.onKindChange(value as LinkKind)}
            >
              {LINK_KINDS.map((kind) => (
                <SingleSelectOption key={kind} value={kind}>
                  {t(`kind.${kind}`)}
                </SingleSelectOption>
              ))}
            </SingleSelect>
            <LinkPlacement
              linkId={link.documentId}
              afterBlock={afterBlock}
              blocks={blocks}
              onChange={actions.onPlace}
            />
            <Flex gap={1} justifyContent="flex-end">
              <IconButton
                label={t('links.moveUp')}
                withTooltip={false}
                disabled={isFirst}
                onClick={() => actions.onMove(-1)}
              >
                <ArrowUp />
              </IconButton>
              <IconButton
                label={t('links.moveDown')}
                withTooltip={false}
                disabled={isLast}
                onClick={() => actions.onMove(1)}
              >
                <ArrowDown />
              </IconButton>
              <IconButton
                label={t('links.remove', { title: linkLabel(link) })}
                withTooltip={false}
                variant="danger-light"
                onClick={actions.onRemove}
              >
                <Trash />
              </IconButton>
            </Flex>
          </Flex>
        ) : (
          <Typography variant="pi" textColor="neutral600">
            {t(`kind.${link.kind}`)}
          </Typography>
        )}
      </Flex>
    </Box>
  );
};
