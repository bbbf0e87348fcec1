import type { WorkersRow } from './workers';

type Result = { stories: number; lists: number; rows: WorkersRow[] };

const f = (value: number, digits = 0) => value.toFixed(digits);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** The table of `bench/workers.ts`: lists/s on the main thread and in pools of workers. */
export const workersTable = ({ stories, lists, rows }: Result) => {
  const one = rows.find((r) => r.workers === 1)!;
  return [
    `## Ranking related lists in worker threads (${stories.toLocaleString('en')} generated stories, the engine alone)`,
    '',
    `${lists.toLocaleString('en')} stories spread over the archive, their lists (20 entries) ranked`,
    'on the main thread, then by `RankPool`s of 1 and 2 workers (each holding a copy of the',
    'index, loaded from the main thread), in chunks of 200 shared out between the workers as the',
    "list ranker asks for them. Memory: each worker's V8 heap and buffers once loaded, and the",
    "process's RSS growth while the pool lived. Reproduce with",
    `\`npm run bench -- --only=workers --stories=${stories} --lists=${lists}\`.`,
    '',
    '| threads ranking | lists/s | × one worker | copy into the workers | memory per worker (heap + buffers) | RSS growth |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.workers === 0 ? 'main thread' : `${r.workers} worker${r.workers > 1 ? 's' : ''}`} | ${f(r.listsPerS)} | ${f(r.listsPerS / one.listsPerS, 2)} | ${r.workers ? `${f(r.loadS, 1)} s` : '–'} | ${r.workerHeapMb.map((h, i) => `${f(h)} + ${f(r.workerExternalMb[i])} MB`).join(', ') || '–'} | ${r.workers ? `${f(r.rssGrowthMb)} MB (${f(r.rssGrowthMb / r.workers)} MB a worker)` : '–'} |`
    ),
    '',
    `Per worker heap and buffers: ${f(sum(one.workerHeapMb) + sum(one.workerExternalMb))} MB at this size.`,
    '',
  ];
};
