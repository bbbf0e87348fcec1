/**
 * node --expose-gc --import tsx bench/workers.ts <stories> <lists>
 * Ranking related lists in worker threads (`RankPool`, as an indexer ranks every stored list):
 * a generated archive's index built once (text only, as in the scale benchmark), then `lists` lists (stories spread over the archive)
 * ranked on this thread and in pools of 1 and 2 workers, in chunks of 200 as the list ranker
 * asks for them. Prints one JSON line: per configuration lists/s, the pool's load time, each
 * worker's heap and buffers, and the process's RSS growth while the pool lived.
 */
import { loadBbc } from './corpus';
import { generateStories } from './generate';
import { NeighbourLists, RelatedIndex, type StoryInput } from '../server/src/engine';
import { RankPool } from '../server/src/engine/workers';

const CHUNK = 200;
const LIST_SIZE = 20;
const MB = 1024 * 1024;

export type WorkersRow = {
  workers: number;
  listsPerS: number;
  loadS: number;
  workerHeapMb: number[];
  workerExternalMb: number[];
  rssGrowthMb: number;
};

const rss = () => process.memoryUsage().rss / MB;
const gc = () => (global as { gc?: () => void }).gc?.();

const main = async () => {
  const size = Number(process.argv[2] ?? 100_000);
  const count = Number(process.argv[3] ?? 6000);
  const index = new RelatedIndex();
  const started = Date.now();
  index.build(
    (function* () {
      for (const story of generateStories(loadBbc(), size, size)) {
        const input: StoryInput = {
          id: story.id,
          locale: 'en',
          title: story.title,
          lead: story.lead,
          body: story.body,
          publishedAt: story.publishedAt,
        };
        yield input;
      }
    })()
  );
  process.stderr.write(
    `workers: ${size} built in ${((Date.now() - started) / 1000).toFixed(0)} s\n`
  );
  const ids = [...index.ids()];
  const step = Math.max(1, Math.floor(ids.length / count));
  const keys = ids.filter((_, i) => i % step === 0).slice(0, count);
  const chunks = Array.from({ length: Math.ceil(keys.length / CHUNK) }, (_, i) =>
    keys.slice(i * CHUNK, (i + 1) * CHUNK)
  );
  const rows: WorkersRow[] = [];
  // this thread, as the list ranker ranks with `indexerWorkers: 0`
  let t = performance.now();
  const lists = new NeighbourLists(LIST_SIZE);
  for (const key of keys) lists.compute(index, key);
  const mainS = (performance.now() - t) / 1000;
  rows.push({
    workers: 0,
    listsPerS: keys.length / mainS,
    loadS: 0,
    workerHeapMb: [],
    workerExternalMb: [],
    rssGrowthMb: 0,
  });
  process.stderr.write(`workers: main thread ${(keys.length / mainS).toFixed(0)} lists/s\n`);
  for (const workers of [1, 2]) {
    gc();
    const before = rss();
    const pool = new RankPool(workers);
    t = performance.now();
    await pool.load(index);
    const loadS = (performance.now() - t) / 1000;
    const memory = await pool.memory();
    const grown = rss() - before;
    t = performance.now();
    for (const chunk of chunks) await pool.rank(chunk, LIST_SIZE);
    const seconds = (performance.now() - t) / 1000;
    await pool.stop();
    rows.push({
      workers,
      listsPerS: keys.length / seconds,
      loadS,
      workerHeapMb: memory.map((m) => m.heapMb),
      workerExternalMb: memory.map((m) => m.externalMb),
      rssGrowthMb: grown,
    });
    process.stderr.write(
      `workers: ${workers} ${(keys.length / seconds).toFixed(0)} lists/s, loaded in ${loadS.toFixed(1)} s, RSS +${grown.toFixed(0)} MB\n`
    );
  }
  process.stdout.write(`${JSON.stringify({ stories: size, lists: keys.length, rows })}\n`);
};

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  }
);
