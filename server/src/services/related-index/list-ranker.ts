import type { Core } from '@strapi/strapi';

import type { ListRanking } from '../../../../shared/contracts/related';
import { indexerWorkers } from '../../config';
import { indexStore, type StoredList } from '../../repositories/index-store';
import { getService } from '../../utils/get-service';
import { progressRate } from '../../utils/progress-rate';

/** Rows read per step, and lists ranked between two turns of the event loop. */
const CHUNK = 200;
const SLICE = 10;
/** Rewrites of a chunk when writes changed the index while it was saved (then left to them). */
const REWRITES = 3;

/** Below this many lists to rank, copying the index into workers costs more than it saves. */
const MIN_FOR_WORKERS = 2000;

const rounded = ({ heapMb, externalMb }: { heapMb: number; externalMb: number }) => ({
  heapMb: Math.round(heapMb),
  externalMb: Math.round(externalMb),
});

const turn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * On an indexer: after a build or load, ranks the related list of every published story the
 * current generation has no stored list for, and saves them, in the background, chunk by chunk
 * (the event loop turns between slices of a few lists, so requests keep being served). Once it
 * is done every story's list is in the database, and writes keep them current; a web instance
 * (`indexer: false`) then serves every list as an indexer does. Several indexers on one
 * database may rank the same lists: they write the same rows.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const store = indexStore(strapi);
  const index = () => getService(strapi, 'related-index');
  let status: ListRanking = { state: 'idle', done: 0, total: 0 };
  const rate = progressRate();
  const withRate = (next: ListRanking): ListRanking => {
    const { phase: _phase, ...rated } = rate({ ...next, phase: 'ranking' });
    return rated;
  };
  /** Lists ranked per call: a slice on the main thread, a whole chunk shared out to workers. */
  let slice = SLICE;
  /** The generation whose lists are all stored. */
  let complete: number | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  /** Ranks `keys`; answers false when the generation changed meanwhile. */
  const rankOnly = async (generation: number, keys: string[]) => {
    const lists: Array<readonly [string, StoredList]> = [];
    for (let start = 0; start < keys.length; start += slice) {
      const ranked = await index().rankLists(keys.slice(start, start + slice));
      if (ranked.generation !== generation || stopped) return false;
      for (const [key, list] of ranked.ranked) if (list) lists.push([key, list]);
      await turn();
    }
    return lists;
  };

  /**
   * Saves ranked lists; when a write changed lists while they were ranked or saved (`version`
   * moved), ranks and saves them again as they are now (a few times, then left to the writes).
   */
  const saveChunk = async (
    generation: number,
    keys: string[],
    ranked: Array<readonly [string, StoredList]>,
    version: number
  ) => {
    let lists = ranked;
    for (let rewrite = 0; ; rewrite += 1) {
      await store.putLists(generation, lists);
      if (index().version() === version || rewrite >= REWRITES) return true;
      version = index().version();
      const again = await rankOnly(generation, keys);
      if (!again) return false;
      lists = again;
    }
  };

  /** Worker threads ranking with copies of the index, when configured and worth starting. */
  const openWorkers = async (total: number) => {
    const workers = indexerWorkers(strapi);
    if (workers === 0 || total < MIN_FOR_WORKERS) return 0;
    const memory = await getService(strapi, 'index-workers').open(await index().ready(), workers);
    status = { ...status, workers, workerMemory: memory.map(rounded) };
    slice = CHUNK;
    return workers;
  };

  const run = async (generation: number) => {
    const started = Date.now();
    const total = await store.countUnranked(generation);
    status = withRate({ state: 'ranking', done: 0, total, generation, workers: 0 });
    try {
      await rankAll(generation, total, await openWorkers(total), started);
    } finally {
      slice = SLICE;
      await getService(strapi, 'index-workers').close();
    }
  };

  /**
   * Every missing list, chunk by chunk; a chunk is saved while the next one is ranked (in the
   * workers, when there are: they do not wait for the database).
   */
  const rankAll = async (generation: number, total: number, workers: number, started: number) => {
    let after = 0;
    let saving: Promise<boolean> = Promise.resolve(true);
    let savingRows = 0;
    const saved = async () => {
      if (!(await saving)) return false;
      status = withRate({ ...status, done: Math.min(total, status.done + savingRows) });
      savingRows = 0;
      return true;
    };
    for (;;) {
      const rows = await store.unranked(generation, after, CHUNK);
      if (rows.length === 0) break;
      after = rows[rows.length - 1].id;
      const keys = rows.map((row) => row.storyKey);
      const version = index().version();
      const lists = await rankOnly(generation, keys);
      if (!(await saved()) || !lists) {
        status = { ...status, state: 'idle' };
        return;
      }
      saving = saveChunk(generation, keys, lists, version);
      saving.catch(() => undefined); // awaited with the next chunk
      savingRows = rows.length;
    }
    if (!(await saved())) {
      status = { ...status, state: 'idle' };
      return;
    }
    complete = generation;
    status = {
      state: 'idle',
      done: status.done,
      total,
      generation,
      rankedAt: new Date().toISOString(),
      durationMs: Date.now() - started,
      workers,
      workerMemory: status.workerMemory,
    };
  };

  return {
    /**
     * Starts ranking the lists the current generation lacks, unless it runs or they are all
     * stored (called after the index is ready and on every sync).
     */
    start() {
      const { state, generation } = index().status();
      if (running || stopped || state !== 'idle' || generation === undefined) return;
      if (generation === complete) return;
      running = run(generation)
        .catch((error) => {
          status = { ...status, state: 'idle' };
          strapi.log.warn(`[newsroom] ranking the stored related lists: ${error}`);
        })
        .finally(() => (running = undefined));
    },

    status: (): ListRanking => status,

    /** Waits for a pass under way (tests, and when Strapi stops, which ends it early). */
    async settle({ stop = false } = {}) {
      stopped = stop;
      await running;
    },
  };
};
