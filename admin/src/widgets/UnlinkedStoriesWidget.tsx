import { Box, Flex, Typography } from '@strapi/design-system';
import { Widget } from '@strapi/strapi/admin';
import { useCallback } from 'react';
import { useIntl } from 'react-intl';

import type { UnlinkedResponse } from '../../../shared/contracts/admin';
import { useNewsroomApi } from '../api';
import { StoryLink } from '../components/StoryLink';
import { useRequest } from '../hooks/useRequest';
import { useT } from '../hooks/useT';

const LIMIT = 8;

/** Home widget: published stories with no link in or out, newest first. */
const UnlinkedStoriesWidget = () => {
  const t = useT();
  const { formatDate } = useIntl();
  const api = useNewsroomApi();
  const load = useCallback(() => api.getUnlinked({ limit: LIMIT }), [api]);
  const { data, error, isLoading } = useRequest<UnlinkedResponse>(load);

  let content;
  if (isLoading && !data) content = <Widget.Loading />;
  else if (error || !data) content = <Widget.Error />;
  else if (data.data.length === 0)
    content = <Widget.NoData>{t('widgets.unlinked.empty')}</Widget.NoData>;
  else {
    content = (
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Typography variant="pi" textColor="neutral600">
          {t('widgets.unlinked.total', { total: data.meta.total })}
        </Typography>
        <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
          {data.data.map((story) => (
            <Flex tag="li" key={story.documentId} justifyContent="space-between" gap={2}>
              <StoryLink
                documentId={story.documentId}
                locale={story.locale}
                title={story.title}
                testId={`newsroom-unlinked-${story.documentId}`}
              />
              {story.datePublished && (
                <Typography variant="pi" textColor="neutral600">
                  {formatDate(story.datePublished, { dateStyle: 'medium' })}
                </Typography>
              )}
            </Flex>
          ))}
        </Flex>
      </Flex>
    );
  }
  return (
    <Box width="100%" data-testid="newsroom-widget-unlinked">
      {content}
    </Box>
  );
};

export default UnlinkedStoriesWidget;
