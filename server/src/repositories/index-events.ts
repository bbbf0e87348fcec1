import type { Core } from '@strapi/strapi';

import { UID } from '../../../shared/contracts/uids';

/** Events read per poll. */
const BATCH = 1000;

/** The origin of the events a web instance (`indexer: false`) records starts with this. */
export const WEB_ORIGIN = 'web:';

export type IndexEvent = { id: number; storyDocumentId: string; origin: string | null };

/**
 * The event log (`index-event`): one row per story written, so that every Strapi process on
 * the database re-reads the stories the others wrote.
 */
export const indexEvents = (strapi: Core.Strapi) => {
  const events = () => strapi.db.query(UID.indexEvent);

  return {
    async record(storyDocumentId: string, origin: string) {
      await events().create({ data: { storyDocumentId, origin } });
    },

    /** The id of the newest event, 0 when there is none. */
    async newestId(): Promise<number> {
      const newest = await events().findOne({ orderBy: { id: 'desc' }, select: ['id'] });
      return newest?.id ?? 0;
    },

    /** Events after `id`, oldest first. */
    async after(id: number): Promise<IndexEvent[]> {
      return events().findMany({
        where: { id: { $gt: id } },
        orderBy: { id: 'asc' },
        limit: BATCH,
        select: ['id', 'storyDocumentId', 'origin'],
      });
    },

    async pruneBefore(date: Date) {
      await events().deleteMany({ where: { createdAt: { $lt: date } } });
    },
  };
};
