import type { Core } from '@strapi/strapi';

import { UID } from '../../../shared/contracts/uids';

/** Events read per query (a poll reads every page there is). */
export const EVENTS_PAGE = 5000;
/** Events written per insert, and ids asked for per query. */
const BATCH = 500;

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

    /** One event per story, a few hundred rows an insert (an import's stories, say). */
    async recordMany(storyDocumentIds: string[], origin: string) {
      for (let start = 0; start < storyDocumentIds.length; start += BATCH) {
        const part = storyDocumentIds.slice(start, start + BATCH);
        await events().createMany({
          data: part.map((storyDocumentId) => ({ storyDocumentId, origin })),
        });
      }
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
        limit: EVENTS_PAGE,
        select: ['id', 'storyDocumentId', 'origin'],
      });
    },

    /** The events of these ids that are there (ids a cursor passed before they committed). */
    async withIds(ids: number[]): Promise<IndexEvent[]> {
      const found: IndexEvent[] = [];
      for (let start = 0; start < ids.length; start += BATCH) {
        found.push(
          ...((await events().findMany({
            where: { id: { $in: ids.slice(start, start + BATCH) } },
            orderBy: { id: 'asc' },
            select: ['id', 'storyDocumentId', 'origin'],
          })) as IndexEvent[])
        );
      }
      return found;
    },

    /** Drops the events older than `date` that a saved generation reflects (id ≤ `upTo`). */
    async pruneBefore(date: Date, upTo: number) {
      await events().deleteMany({ where: { createdAt: { $lt: date }, id: { $lte: upTo } } });
    },
  };
};
