import type { Core } from '@strapi/strapi';

import { indexEvents } from '../../repositories/index-events';
import { getService } from '../../utils/get-service';

const KEEP_EVENTS_MS = 60 * 60 * 1000;
const PRUNE_EVERY_MS = 10 * 60 * 1000;

/**
 * Keeps the related-story indexes of several Strapi processes on one database in step: every
 * `syncIntervalMs`, each process re-reads the stories the others wrote (the event log) and
 * follows a newer saved generation of the index (another process rebuilt it). Events older
 * than an hour are pruned.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let timer: NodeJS.Timeout | undefined;
  let lastPrune = 0;
  let running: Promise<void> | undefined;
  const events = indexEvents(strapi);

  const poll = async () => {
    const index = getService(strapi, 'related-index');
    const rows = await events.after(index.eventCursor());
    await index.follow();
    if (rows.length === 0) return;
    index.advanceEvents(rows[rows.length - 1].id);
    const stories = new Set(
      rows.filter((row) => row.origin !== index.origin).map((row) => row.storyDocumentId)
    );
    const writes = getService(strapi, 'index-writes');
    for (const documentId of stories) await writes.refresh(documentId, { record: false });
    if (Date.now() - lastPrune > PRUNE_EVERY_MS) {
      lastPrune = Date.now();
      await events.pruneBefore(new Date(Date.now() - KEEP_EVENTS_MS));
    }
  };

  return {
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
