import { AsyncLocalStorage } from 'node:async_hooks';

import type { Core } from '@strapi/strapi';

import { indexEvents } from '../../repositories/index-events';
import { getService } from '../../utils/get-service';

/** A batch of writes larger than this (and than a fifth of the index) rebuilds it instead. */
const REBUILD_FROM = 200;

/** Stories written inside `deferRefresh`, refreshed together when it ends. */
const deferred = new AsyncLocalStorage<Set<string>>();

/**
 * What a story write means for the related-story index: the story is re-read (now, or once at
 * the end of an import), and the other Strapi processes on the database are told through the
 * event log.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const index = () => getService(strapi, 'related-index');
  const record = async (documentIds: Iterable<string>) => {
    for (const documentId of documentIds) {
      await indexEvents(strapi).record(documentId, index().origin);
    }
  };

  /**
   * Re-reads stories in memory and in the saved index. `save` (the process that wrote them)
   * writes their rows; a batch larger than a fifth of the index rebuilds it instead.
   */
  const apply = async (documentIds: string[], { save }: { save: boolean }) => {
    const current = await index().ready();
    if (save && documentIds.length > Math.max(REBUILD_FROM, current.size / 5)) {
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
