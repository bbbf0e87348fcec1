import { readdirSync, readFileSync } from 'node:fs';

import { NeighbourLists } from '../../server/src/engine/neighbour-lists';
import { RelatedIndex } from '../../server/src/engine/related-index';
import { exportStories } from '../../server/src/engine/snapshot';
import type { StoryInput } from '../../server/src/engine/types';
import { bbcStories } from '../helpers/bbc-stories';
import { buildInWorker, RankPool } from '../../server/src/engine/workers';
import { WORKER_NICE } from '../../server/src/engine/workers/protocol';

/** 400 BBC stories (enough for a latent space), as the engine sees them. */
const corpus: StoryInput[] = bbcStories(400);

async function* pagesOf(stories: StoryInput[], size: number) {
  for (let start = 0; start < stories.length; start += size) {
    yield stories.slice(start, start + size);
  }
}

const LIST = 20;
const ranked = (index: RelatedIndex, keys: string[]) => {
  const lists = new NeighbourLists(LIST);
  return keys.map((key) => [key, lists.compute(index, key)] as const);
};
const sample = corpus.filter((_, i) => i % 37 === 0).map((story) => story.id);

jest.setTimeout(60_000);

describe('engine worker threads', () => {
  const here = new RelatedIndex();
  here.build(corpus);

  it('builds in a worker, from pages, the index a build on this thread makes', async () => {
    const phases = new Set<string>();
    const built = await buildInWorker(here.options, pagesOf(corpus, 64), {
      total: corpus.length,
      onProgress: ({ phase }) => phases.add(phase),
    });
    expect(built.size).toBe(corpus.length);
    expect([...exportStories(built)]).toEqual([...exportStories(here)]);
    expect(ranked(built, sample)).toEqual(ranked(here, sample));
    expect([...phases]).toEqual(['analysing', 'indexing', 'decomposing', 'done', 'loading']);
  });

  it('ranks in parallel workers the lists this thread ranks, writes passed on', async () => {
    const index = new RelatedIndex();
    index.build(corpus.slice(0, 350));
    const pool = new RankPool(2);
    try {
      await pool.load(index);
      expect(await pool.rank(sample, LIST)).toEqual(ranked(index, sample));
      // a story added and one removed here, passed on: the copies rank as this index does
      index.upsert(corpus[360]);
      index.remove(corpus[0].id);
      pool.write(index, [corpus[360].id], [corpus[0].id]);
      const keys = [...sample, corpus[360].id];
      const after = await pool.rank(keys, LIST);
      expect(after).toEqual(ranked(index, keys));
      expect(after.find(([key]) => key === corpus[0].id)?.[1]).toBeNull();
      const memory = await pool.memory();
      expect(memory).toHaveLength(2);
      for (const worker of memory) expect(worker.heapMb).toBeGreaterThan(1);
    } finally {
      await pool.stop();
    }
  });

  (process.platform === 'linux' ? it : it.skip)(
    'runs its workers below the thread that answers requests (Linux: per-thread nice)',
    async () => {
      /** The nice value of each thread of this process (field 19 of /proc/…/stat). */
      const nice = (tid: string | number) => {
        const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
      };
      const niceness = () => readdirSync('/proc/self/task').map(nice);
      const before = niceness().filter((nice) => nice === WORKER_NICE).length;
      const index = new RelatedIndex();
      index.build(corpus.slice(0, 100));
      const pool = new RankPool(2);
      try {
        await pool.load(index);
        expect(niceness().filter((nice) => nice === WORKER_NICE).length - before).toBe(2);
        expect(nice(process.pid)).toBe(0); // the main thread
      } finally {
        await pool.stop();
      }
    }
  );
});
