import { AsyncLocalStorage } from 'node:async_hooks';

import type { Core } from '@strapi/strapi';

import { importerOptions, isIndexer } from '../../config';
import { indexEvents, WEB_ORIGIN } from '../../repositories/index-events';
import { retryWhenBusy } from '../../utils/busy-retry';
import { getService } from '../../utils/get-service';

/**
 * A batch of writes larger than this and than a fiftieth of the index rebuilds it instead of
 * re-reading the stories one by one: every new story may change the lists of dozens of others,
 * so past a few thousand stories (an import into a large archive) a rebuild is the faster way.
 */
const REBUILD_FROM = 200;
const REBUILD_FRACTION = 1 / 50;

/** Stories written inside `deferRefresh`, refreshed together when it ends. */
const deferred = new AsyncLocalStorage<Set<string>>();

/**
 * What a story write means for the related-story index: the story is re-read (now, or once at
 * the end of an import), and the other Strapi processes on the database are told through the
 * event log. A web instance (`indexer: false`) holds no index: it only tells the indexers,
 * under an origin marked as a web instance's, so that they also save the story's own rows.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const index = () => getService(strapi, 'related-index');
  const record = async (documentIds: Iterable<string>) => {
    const origin = isIndexer(strapi) ? index().origin : `${WEB_ORIGIN}${index().origin}`;
    // the end of an import, say, while another process writes: told once it has the database
    await retryWhenBusy(() => indexEvents(strapi).recordMany([...documentIds], origin), {
      timeoutMs: importerOptions(strapi).busyRetryMs,
    });
  };

  /**
   * Re-reads stories in memory and in the saved index. `save` (the process that wrote them)
   * writes their rows; a large batch (see REBUILD_FRACTION) rebuilds the index instead.
   */
  const apply = async (documentIds: string[], { save }: { save: boolean }) => {
    if (!isIndexer(strapi)) {
      // cached answers here are stale; the indexers re-read the stories from the event log
      index().bump();
      return 'refreshed' as const;
    }
    const current = await index().ready();
    if (save && documentIds.length > Math.max(REBUILD_FROM, current.size * REBUILD_FRACTION)) {
      // A build still saving (say, the first one at start-up) finishes first; then one
      // rebuild takes the whole batch, with term statistics and latent space to match.
      await index().rebuildAfterBuilding();
      return 'rebuilt' as const;
    }
    await index().apply(documentIds, { rows: save });
    return 'refreshed' as const;
  };

  return {
    /**
     * Re-reads one story after a write. `record` tells the other Strapi processes on this
     * database to re-read it too (false when the write was theirs).
     */
    async refresh(documentId: string, { record: tell = true } = {}) {
      const pending = deferred.getStore();
      if (pending && tell) {
        pending.add(documentId);
        return;
      }
      await apply([documentId], { save: tell });
      if (tell) await record([documentId]);
    },

    /**
     * Re-reads stories other processes wrote (the event log), in one batch, without telling
     * anyone again. `rows`: also save their own rows (a web instance wrote them, which saves
     * none; a large batch rebuilds the index then).
     */
    async refreshReported(documentIds: string[], { rows }: { rows: boolean }) {
      if (documentIds.length > 0) await apply(documentIds, { save: rows });
    },

    /**
     * Stories written without the Document Service (the importer's bulk path): refreshed with
     * the others at the end of `deferRefresh`, or now outside it.
     */
    async refreshLater(documentIds: string[]) {
      const pending = deferred.getStore();
      if (pending) for (const documentId of documentIds) pending.add(documentId);
      else for (const documentId of documentIds) await this.refresh(documentId);
    },

    /**
     * Runs `run` (an import, say) with the stories it writes refreshed once at its end, in
     * one batch (or by a rebuild when they are many), instead of one by one.
     */
    async deferRefresh<T>(run: () => Promise<T>): Promise<T> {
      if (deferred.getStore()) return run();
      const pending = new Set<string>();
      try {
        return await deferred.run(pending, run);
      } finally {
        if (pending.size > 0 && (await apply([...pending], { save: true })) === 'refreshed') {
          await record(pending);
        }
      }
    },

    /**
     * A story's links changed: cached related lists are stale here, and (with `record`) in the
     * other Strapi processes on this database.
     */
    async touch(documentId: string, { record: tell = true } = {}) {
      index().bump();
      if (tell) await record([documentId]);
    },
  };
};
