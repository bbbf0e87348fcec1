import { Box, Flex, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useCallback, useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';

import type { StoryMapResponse } from '../../../shared/contracts/admin';
import { useNewsroomApi, type StoryMapQuery } from '../api';
import { LoadState } from '../components/LoadState';
import { REPORT_PERMISSIONS } from '../permissions';
import { useRequest } from '../hooks/useRequest';
import { useT } from '../hooks/useT';
import { editViewPath } from '../utils/urls';
import { Filters } from './StoryMap/Filters';
import { Legend } from './StoryMap/Legend';
import { sectionColors } from './StoryMap/sections';
import { StoryGraph } from './StoryMap/StoryGraph';

/** The story map: stories of a tag and/or date range as a graph of their links. */
const StoryMapPage = () => {
  const t = useT();
  const api = useNewsroomApi();
  const navigate = useNavigate();
  const [query, setQuery] = useState<StoryMapQuery>({});
  const load = useCallback(() => api.getStoryMap(query), [api, query]);
  const { data, error, isLoading, reload } = useRequest<StoryMapResponse>(load);
  // The tag list of the first answer stays: a filtered map still offers every tag.
  const [tags, setTags] = useState<StoryMapResponse['meta']['tags']>([]);
  if (data && tags.length === 0 && data.meta.tags.length > 0) setTags(data.meta.tags);

  const nodes = useMemo(() => data?.data.nodes ?? [], [data]);
  const edges = useMemo(() => data?.data.edges ?? [], [data]);
  const colors = useMemo(() => sectionColors(nodes.map((node) => node.section)), [nodes]);
  const open = useCallback(
    (documentId: string) => navigate(editViewPath(documentId, query.locale)),
    [navigate, query.locale]
  );
  const orphans = nodes.filter((node) => node.orphan).length;

  return (
    <Page.Main>
      <Page.Title>{t('map.title')}</Page.Title>
      <Layouts.Header title={t('map.title')} subtitle={t('map.subtitle')} />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Filters tags={tags} value={query} onApply={setQuery} />
          <LoadState
            isLoading={isLoading}
            error={error}
            onRetry={reload}
            isEmpty={nodes.length === 0}
            emptyMessage={t('map.empty')}
          >
            <Flex gap={4} wrap="wrap" justifyContent="space-between">
              <Typography variant="omega" data-testid="newsroom-map-counts">
                {t('map.counts', { nodes: nodes.length, edges: edges.length, orphans })}
              </Typography>
              {data?.meta.truncated && (
                <Typography variant="pi" textColor="warning600">
                  {t('map.truncated', { shown: nodes.length, total: data.meta.total })}
                </Typography>
              )}
            </Flex>
            <Legend colors={colors} hasUnsectioned={nodes.some((node) => !node.section)} />
            <Box background="neutral0" hasRadius shadow="tableShadow">
              <StoryGraph nodes={nodes} edges={edges} colors={colors} onOpen={open} />
            </Box>
          </LoadState>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

/** Opened by URL too: a user without "View reports" gets Strapi's no-permission page. */
const ProtectedStoryMapPage = () => (
  <Page.Protect permissions={REPORT_PERMISSIONS}>
    <StoryMapPage />
  </Page.Protect>
);

export default ProtectedStoryMapPage;
