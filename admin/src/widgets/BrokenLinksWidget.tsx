import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { useNotification, useRBAC, Widget } from '@strapi/strapi/admin';
import { useCallback } from 'react';

import type { BrokenLink, BrokenResponse } from '../../../shared/contracts/admin';
import { useNewsroomApi } from '../api';
import { StoryLink } from '../components/StoryLink';
import { useRequest } from '../hooks/useRequest';
import { useT } from '../hooks/useT';
import { MANAGE_PERMISSIONS } from '../permissions';
import { errorMessage } from '../utils/errors';

const LIMIT = 8;

const BrokenLinkItem = ({
  item,
  actions,
}: {
  item: BrokenLink;
  /** Absent when the editor may only read. */
  actions?: { onRemove: () => void; onReplace: () => void };
}) => {
  const t = useT();
  const { link, article, suggestion } = item;
  const stateLabel = t(
    link.state === 'deleted' ? 'links.state.deleted' : 'links.state.unpublished'
  );
  return (
    <Box
      tag="li"
      padding={2}
      hasRadius
      background="neutral100"
      data-testid={`newsroom-broken-${link.documentId}`}
    >
      <Flex direction="column" alignItems="stretch" gap={1}>
        <Typography fontWeight="bold">
          {link.target?.title ??
            link.title ??
            t('links.deletedTarget', { documentId: link.targetDocumentId ?? '?' })}
        </Typography>
        <Typography variant="pi" textColor="danger600">
          {stateLabel}
        </Typography>
        <Flex gap={1} wrap="wrap">
          <Typography variant="pi">{t('widgets.broken.in')}</Typography>
          <StoryLink
            documentId={article.documentId}
            locale={article.locale}
            title={article.title}
          />
        </Flex>
        {actions && (
          <Flex gap={2} wrap="wrap">
            <Button
              size="S"
              variant="danger-light"
              onClick={actions.onRemove}
              aria-label={t('widgets.broken.removeLabel', { title: article.title })}
              data-testid={`newsroom-broken-remove-${link.documentId}`}
            >
              {t('widgets.broken.remove')}
            </Button>
            {suggestion ? (
              <Button
                size="S"
                variant="secondary"
                onClick={actions.onReplace}
                data-testid={`newsroom-broken-replace-${link.documentId}`}
              >
                {t('widgets.broken.replace', { title: suggestion.article.title })}
              </Button>
            ) : (
              <Typography variant="pi" textColor="neutral600">
                {t('widgets.broken.noSuggestion')}
              </Typography>
            )}
          </Flex>
        )}
      </Flex>
    </Box>
  );
};

/** Home widget: links whose target is unpublished or deleted; remove or replace in one click. */
const BrokenLinksWidget = () => {
  const t = useT();
  const api = useNewsroomApi();
  const { toggleNotification } = useNotification();
  const { allowedActions } = useRBAC(MANAGE_PERMISSIONS);
  const load = useCallback(() => api.getBroken({ limit: LIMIT }), [api]);
  const { data, error, isLoading, setData, reload } = useRequest<BrokenResponse>(load);

  const resolve = async (item: BrokenLink, write: () => Promise<unknown>) => {
    try {
      await write();
      setData(
        (current) =>
          current && {
            data: current.data.filter((i) => i.link.documentId !== item.link.documentId),
            meta: { total: Math.max(0, current.meta.total - 1) },
          }
      );
      // Other broken links may have had the same replacement: ask again.
      await reload();
    } catch (failure) {
      toggleNotification({ type: 'danger', message: errorMessage(failure) ?? t('panel.failed') });
      await reload();
    }
  };

  let content;
  if (isLoading && !data) content = <Widget.Loading />;
  else if (error || !data) content = <Widget.Error />;
  else if (data.data.length === 0)
    content = <Widget.NoData>{t('widgets.broken.empty')}</Widget.NoData>;
  else {
    content = (
      <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
        {data.data.map((item) => (
          <BrokenLinkItem
            key={item.link.documentId}
            item={item}
            actions={
              allowedActions.canManage
                ? {
                    onRemove: () =>
                      void resolve(item, () =>
                        api.deleteLink(item.link.documentId, item.article.locale)
                      ),
                    onReplace: () =>
                      void resolve(item, () =>
                        api.updateLink(item.link.documentId, {
                          locale: item.article.locale,
                          target: item.suggestion!.article.documentId,
                        })
                      ),
                  }
                : undefined
            }
          />
        ))}
      </Flex>
    );
  }
  return (
    <Box width="100%" data-testid="newsroom-widget-broken">
      {content}
    </Box>
  );
};

export default BrokenLinksWidget;
