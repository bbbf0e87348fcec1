import type { Core } from '@strapi/strapi';

import { indexerWorkers, pluginConfig } from '../../config';
import { engineOptions } from '../../config/engine';
import { type BuildProgress, type NeighbourLists, RelatedIndex } from '../../engine';
import { buildInWorker, RankPool, type WorkerMemory } from '../../engine/workers';
import { articleRepository } from '../../repositories/articles';

/** Rankings in the workers thrown away because a write changed the index meanwhile, at most. */
const RETRIES = 3;

type Progress = Pick<BuildProgress, 'done' | 'total'> & {
  phase: BuildProgress['phase'] | 'loading';
};

/**
 * The indexer's worker threads (`indexerWorkers`), so that requests are served while it
 * builds and ranks: a full build in one, and, while the list ranker runs, a pool ranking
 * related lists with copies of this process's index (opened on an index, kept equal to it:
 * every write to it is passed on before the next ranking; closed after the pass).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let pool: { index: RelatedIndex; workers: RankPool } | undefined;

  return {
    /**
     * A new index of every published story: built in a worker thread (the stories read here
     * page by page and posted to it), or, with `indexerWorkers: 0`, here, between turns of
     * the event loop.
     */
    async build(onProgress: (progress: Progress) => void): Promise<RelatedIndex> {
      const articles = articleRepository(strapi);
      const options = engineOptions(pluginConfig(strapi));
      if (indexerWorkers(strapi) === 0) {
        const fresh = new RelatedIndex(options);
        await fresh.buildAsync(await articles.publishedInputs(), onProgress);
        return fresh;
      }
      const total = await articles.countPublished();
      return buildInWorker(options, articles.publishedPages(), { total, onProgress });
    },

    /** Starts `size` workers holding copies of `index`; answers their memory once loaded. */
    async open(index: RelatedIndex, size: number): Promise<WorkerMemory[]> {
      await this.close();
      const workers = new RankPool(size);
      pool = { index, workers };
      await workers.load(index);
      return workers.memory();
    },

    async close() {
      const closing = pool;
      pool = undefined;
      await closing?.workers.stop();
    },

    /** Passes writes to `index` on to its copies (when the workers hold it). */
    write(index: RelatedIndex, written: string[], removed: string[]) {
      if (pool?.index === index) pool.workers.write(index, written, removed);
    },

    /**
     * Ranks in the workers the lists of `keys` that `lists` lacks and adopts them. A ranking
     * during which `version` changed (a write: the copies ranked without it) is thrown away
     * and asked again; the lists still missing are left to the caller.
     */
    async rankMissing(
      index: RelatedIndex,
      lists: NeighbourLists,
      keys: string[],
      version: () => number
    ) {
      const workers = pool?.index === index ? pool.workers : undefined;
      for (let attempt = 0; workers && attempt < RETRIES; attempt += 1) {
        const missing = keys.filter((key) => !lists.get(key));
        if (missing.length === 0) return;
        const before = version();
        const ranked = await workers.rank(missing, lists.size);
        if (version() !== before) continue;
        for (const [key, list] of ranked) if (list) lists.adopt(key, list);
        return;
      }
    },
  };
};
