import type { Core } from '@strapi/strapi';

import { isIndexer, pluginConfig } from '../../config';
import { snapshotFingerprint } from '../../config/engine';
import { indexSnapshot } from '../../repositories/index-snapshot';
import { EVENTS_PAGE, indexEvents, WEB_ORIGIN } from '../../repositories/index-events';
import { getService } from '../../utils/get-service';
import { eventGaps } from './event-gaps';

const KEEP_EVENTS_MS = 60 * 60 * 1000;
const PRUNE_EVERY_MS = 10 * 60 * 1000;

/**
 * Keeps the Strapi processes on one database in step, every `syncIntervalMs`. An indexer
 * re-reads the stories the others wrote (the event log), in one batch, follows a newer saved
 * generation of the index (another indexer rebuilt it) and ranks the stored lists it lacks
 * (`list-ranker`). A web instance (`indexer: false`) follows the current generation and drops
 * its cached answers when anything was written. Events older than an hour are pruned.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let timer: NodeJS.Timeout | undefined;
  let lastPrune = 0;
  let running: Promise<void> | undefined;
  const events = indexEvents(strapi);
  const gaps = eventGaps();

  /** An indexer: the stories written elsewhere, web instances' writes with their own rows. */
  const reindex = async (rows: Awaited<ReturnType<typeof events.after>>) => {
    const index = getService(strapi, 'related-index');
    const others = rows.filter((row) => row.origin !== index.origin);
    const fromWeb = new Set(
      others.filter((row) => row.origin?.startsWith(WEB_ORIGIN)).map((row) => row.storyDocumentId)
    );
    const fromIndexers = new Set(
      others.map((row) => row.storyDocumentId).filter((documentId) => !fromWeb.has(documentId))
    );
    const writes = getService(strapi, 'index-writes');
    await writes.refreshReported([...fromWeb], { rows: true });
    await writes.refreshReported([...fromIndexers], { rows: false });
    // the saved generation now holds these writes: a later load replays only newer events
    if (rows.length > 0) await index.savedEvents();
    getService(strapi, 'list-ranker').start();
  };

  /**
   * Every event after this process's cursor (an import reports thousands at once), and those
   * the cursor passed before they committed (`eventGaps`).
   */
  const newEvents = async () => {
    const index = getService(strapi, 'related-index');
    const due = gaps.due();
    const rows = due.length > 0 ? await events.withIds(due) : [];
    gaps.found(rows);
    for (;;) {
      const cursor = index.eventCursor();
      const page = await events.after(cursor);
      gaps.passed(cursor, page);
      if (page.length > 0) index.advanceEvents(page[page.length - 1].id);
      rows.push(...page);
      if (page.length < EVENTS_PAGE) return rows;
    }
  };

  const poll = async () => {
    const index = getService(strapi, 'related-index');
    // a newer generation first: loading it sets the cursor to the events it already reflects
    if (isIndexer(strapi)) await index.follow();
    const rows = await newEvents();
    if (isIndexer(strapi)) {
      await reindex(rows);
    } else if ((await getService(strapi, 'stored-lists').follow()) || rows.length > 0) {
      index.bump();
    }
    if (rows.length > 0 && Date.now() - lastPrune > PRUNE_EVERY_MS) {
      lastPrune = Date.now();
      const current = await indexSnapshot(strapi).current(
        snapshotFingerprint(pluginConfig(strapi))
      );
      const reflected = current?.eventCursor ?? 0;
      await events.pruneBefore(new Date(Date.now() - KEEP_EVENTS_MS), reflected);
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
