import { Box, Flex, Typography } from '@strapi/design-system';
import { Widget } from '@strapi/strapi/admin';
import { useCallback } from 'react';
import { useIntl } from 'react-intl';

import type { CoverageDay, CoverageResponse } from '../../../shared/contracts/admin';
import { useNewsroomApi } from '../api';
import { useRequest } from '../hooks/useRequest';
import { useT } from '../hooks/useT';
import { CoverageChart } from './CoverageChart';

const DAYS = 14;

/** Home widget: share of the last 14 days' stories with at least one cross-link, by day. */
const CoverageWidget = () => {
  const t = useT();
  const { formatDate, formatNumber } = useIntl();
  const api = useNewsroomApi();
  const load = useCallback(() => api.getCoverage({ days: DAYS, min: 1 }), [api]);
  const { data, error, isLoading } = useRequest<CoverageResponse>(load);

  let content;
  if (isLoading && !data) content = <Widget.Loading />;
  else if (error || !data) content = <Widget.Error />;
  else if (!data.meta.published) {
    content = (
      <Widget.NoData>{t('widgets.coverage.empty', { days: data.meta.days })}</Widget.NoData>
    );
  } else {
    const summary = t('widgets.coverage.summary', {
      share: formatNumber(data.meta.share ?? 0, { style: 'percent' }),
      published: data.meta.published,
      days: data.meta.days,
    });
    const describe = (day: CoverageDay) =>
      t('widgets.coverage.day', {
        date: formatDate(day.date, { day: 'numeric', month: 'short', timeZone: 'UTC' }),
        covered: day.covered,
        published: day.published,
      });
    content = (
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography variant="omega" data-testid="newsroom-coverage-summary">
          {summary}
        </Typography>
        <CoverageChart days={data.data} describe={describe} label={summary} />
        {data.meta.embargoed > 0 && (
          <Typography variant="pi" textColor="warning700" data-testid="newsroom-coverage-embargoed">
            {t('widgets.embargoed', { count: data.meta.embargoed })}
          </Typography>
        )}
        {data.data.length > 1 && (
          <Flex justifyContent="space-between">
            {[data.data[0], data.data[data.data.length - 1]].map((day) => (
              <Typography key={day.date} variant="pi" textColor="neutral600">
                {formatDate(day.date, { day: 'numeric', month: 'short', timeZone: 'UTC' })}
              </Typography>
            ))}
          </Flex>
        )}
      </Flex>
    );
  }
  return (
    <Box width="100%" data-testid="newsroom-widget-coverage">
      {content}
    </Box>
  );
};

export default CoverageWidget;
