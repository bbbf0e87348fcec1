import { randomUUID } from 'node:crypto';

import type { Core } from '@strapi/strapi';

import { UID } from '../../../shared/contracts/uids';

const BATCH = 1000;
const KEEP_EVENTS_MS = 60 * 60 * 1000;
const PRUNE_EVERY_MS = 10 * 60 * 1000;

/**
 * Keeps the related-story indexes of several Strapi processes on one database in step: each
 * article write is recorded as an event row; every process reads the events of the others
 * every `syncIntervalMs` and re-indexes those stories, and follows a newer saved generation of
 * the index (another process rebuilt it). Events older than an hour are pruned.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const origin = randomUUID();
  let lastId = 0;
  let timer: NodeJS.Timeout | undefined;
  let lastPrune = 0;
  let running: Promise<void> | undefined;
  const events = () => strapi.db.query(UID.indexEvent);

  const poll = async () => {
    const rows: Array<{ id: number; storyDocumentId: string; origin: string | null }> =
      await events().findMany({
        where: { id: { $gt: lastId } },
        orderBy: { id: 'asc' },
        limit: BATCH,
        select: ['id', 'storyDocumentId', 'origin'],
      });
    const related = strapi.plugin('newsroom').service('related');
    await strapi.plugin('newsroom').service('related-index').follow();
    if (rows.length === 0) return;
    lastId = rows[rows.length - 1].id;
    const stories = new Set(rows.filter((r) => r.origin !== origin).map((r) => r.storyDocumentId));
    for (const documentId of stories) await related.refresh(documentId, { record: false });
    if (Date.now() - lastPrune > PRUNE_EVERY_MS) {
      lastPrune = Date.now();
      await events().deleteMany({
        where: { createdAt: { $lt: new Date(Date.now() - KEEP_EVENTS_MS) } },
      });
    }
  };

  return {
    /** Records that this process wrote a story. */
    async record(storyDocumentId: string) {
      await events().create({ data: { storyDocumentId, origin } });
    },

    /** The newest event now: an index built after reading it misses nothing older. */
    async mark() {
      const newest = await events().findOne({ orderBy: { id: 'desc' }, select: ['id'] });
      lastId = Math.max(lastId, newest?.id ?? 0);
    },

    start(intervalMs: number) {
      if (timer) return;
      timer = setInterval(() => {
        if (running) return;
        running = poll()
          .catch((error) => {
            strapi.log.warn(`[newsroom] index sync: ${error}`);
          })
          .finally(() => (running = undefined));
      }, intervalMs);
      timer.unref?.();
    },

    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
};
