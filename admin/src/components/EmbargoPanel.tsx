import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { Badge, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { UID } from '../../../shared/contracts/uids';
import { useT } from '../hooks/useT';

/** The saved embargo's end, or null when the story has none (or an unreadable one). */
const embargoOf = (document: Record<string, unknown> | undefined): Date | null => {
  const value = document?.embargoUntil;
  if (typeof value !== 'string' || value === '') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
};

/**
 * The "Embargo" side panel of an article's edit view, shown when the saved story has an
 * `embargoUntil`: "Embargoed until …" while it is ahead (readers cannot see the story, even
 * published), "Embargo ended …" once it has passed. Nothing for a story without an embargo.
 */
export const EmbargoPanelDescription: PanelComponent = ({ model, document }) => {
  const t = useT();
  const { formatDate } = useIntl();
  if (model !== UID.article) return null;
  const until = embargoOf(document as Record<string, unknown> | undefined);
  if (!until) return null;
  const when = formatDate(until, { dateStyle: 'medium', timeStyle: 'short' });
  const ahead = until.getTime() > Date.now();
  return {
    title: t('embargo.title'),
    content: (
      <Flex direction="column" alignItems="flex-start" gap={2} width="100%">
        <Badge
          backgroundColor={ahead ? 'warning100' : 'success100'}
          textColor={ahead ? 'warning700' : 'success700'}
        >
          {ahead ? t('embargo.until', { date: when }) : t('embargo.ended', { date: when })}
        </Badge>
        {ahead ? (
          <Typography variant="pi" textColor="neutral600">
            {t('embargo.hint')}
          </Typography>
        ) : null}
      </Flex>
    ),
  };
};
