import { availableParallelism } from 'node:os';

import type { ListEntry } from '../neighbour-lists';
import type { RelatedIndex } from '../related-index';
import { exportHeader, exportStory, type StoryRecord } from '../snapshot';
import { EngineWorker } from './engine-worker';
import type { WorkerMemory } from './protocol';

/** Records posted to the workers per message while they load (one event-loop turn each). */
const LOAD_PAGE = 1000;

const turn = () => new Promise((resolve) => setImmediate(resolve));

/** The threads this machine runs at once. */
export const availableThreads = () => availableParallelism();

/**
 * Worker threads that each hold a copy of an index and rank related lists in parallel. The
 * copies are loaded from this thread's index (its saved-form records) and kept equal to it:
 * every write to the index must be passed on (`write`), in order, before the next `rank`.
 */
export class RankPool {
  private readonly workers: EngineWorker[];

  constructor(size: number) {
    this.workers = Array.from({ length: Math.max(1, size) }, () => new EngineWorker());
  }

  get size() {
    return this.workers.length;
  }

  /** Copies `index` into every worker, a page at a time (this thread turns between pages). */
  async load(index: RelatedIndex) {
    const header = exportHeader(index, '');
    await Promise.all(
      this.workers.map((w) => w.call({ type: 'load', options: index.options, header }))
    );
    let page: StoryRecord[] = [];
    const flush = async () => {
      const records = page;
      page = [];
      await Promise.all(this.workers.map((w) => w.call({ type: 'restore', records })));
      await turn();
    };
    for (const story of index.stories) {
      if (story) page.push(exportStory(index, story.id)!);
      if (page.length >= LOAD_PAGE) await flush();
    }
    await flush();
  }

  /** Passes writes to the index on to every copy (records of the written stories, removed ids). */
  write(index: RelatedIndex, written: string[], removed: string[]) {
    const records = written.flatMap((id) => exportStory(index, id) ?? []);
    const gone = [...removed, ...written.filter((id) => !index.has(id))];
    for (const worker of this.workers) {
      worker.call({ type: 'restore', records, removed: gone }).catch(() => undefined);
    }
  }

  /** The related lists of `keys`, the keys shared out between the workers. */
  async rank(keys: string[], size: number): Promise<Array<readonly [string, ListEntry[] | null]>> {
    const share = Math.ceil(keys.length / this.workers.length);
    const parts = await Promise.all(
      this.workers.map((worker, i) => {
        const part = keys.slice(i * share, (i + 1) * share);
        return part.length > 0 ? worker.call({ type: 'rank', keys: part, size }) : [];
      })
    );
    return parts.flat();
  }

  /** Each worker's memory. */
  memory(): Promise<WorkerMemory[]> {
    return Promise.all(this.workers.map((worker) => worker.call({ type: 'memory' })));
  }

  async stop() {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
