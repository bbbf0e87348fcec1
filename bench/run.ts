/**
 * npm run bench [-- --only=relevance,scale,http,cache,topology,import] [-- --sizes=10000,100000]
 *   [-- --only=relevance-i18n --ru=PATH --uk=PATH]   (labelled Russian / Ukrainian news)
 *   [-- --only=relevance-reuters --reuters=PATH]   (Reuters-21578: the folder of its .sgm files)
 *   [-- --anchor-stories=400 --anchor-samples=3]   (its anchors: disjoint samples of N stories)
 *   [-- --only=scale --stories=1000000]   (the engine alone at one size: its own table)
 *   [-- --only=topology --stories=20000 --sample=2000 --db=postgres|sqlite]
 *   [-- --only=import --db=sqlite,postgres,mysql --sizes=10000,100000 --full=100000 --heap=224 --sample=1000]
 *   [-- --only=rebuild --stories=100000 --workers=auto,0]   (serving while the index is rebuilt)
 *   [-- --only=workers --stories=100000 --lists=6000]   (ranking in worker threads)
 *   [-- --only=import-command --db=sqlite,postgres,mysql --stories=10000]
 * Runs every method on the same data in one run and writes the tables to docs/BENCHMARKS.md
 * with the machine, the command and the date. Each scale measurement runs in its own process,
 * so memory figures are not mixed up.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { type CacheRow, cacheBench } from './cache';
import { type HttpRow, httpBench } from './http';
import { importBench, importTable } from './import';
import { rebuildBench, rebuildTable } from './rebuild';
import { importCommandBench, importCommandTable } from './import-command';
import { relevanceTextOnly, relevanceWithTags, type RelevanceRow } from './relevance';
import { relevanceI18n, relevanceI18nTable } from './relevance-i18n';
import { relevanceReutersSection } from './relevance-reuters';
import { SCALE_METHODS, type ScaleRow } from './scale';
import { topologyTable } from './topology-table';
import { topologyBench } from './topology';
import { workersTable } from './workers-table';

const arg = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const only = new Set((arg('only') ?? 'relevance,scale,http').split(','));
/** `--stories=N`: the engine alone on an archive of N stories (a table of its own). */
const stories = arg('stories') === undefined ? undefined : Number(arg('stories'));
const sizes = stories ? [stories] : (arg('sizes') ?? '10000,100000').split(',').map(Number);
const f = (value: number | null, digits = 2) => (value === null ? '–' : value.toFixed(digits));

const relevanceTable = (title: string, rows: RelevanceRow[]) => {
  const engine = rows.find((r) => r.method.startsWith('newsroom'))!;
  const best = Math.max(...rows.filter((r) => r !== engine).map((r) => r.p5));
  return [
    `## ${title}`,
    '',
    "A suggestion is relevant when it is in the story's own category.",
    '',
    '| method | precision@5 | precision@10 | build | per query |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.method} | ${r.p5.toFixed(4)} | ${r.p10.toFixed(4)} | ${f(r.buildMs / 1000)} s | ${f(r.queryMs)} ms |`
    ),
    '',
    `Engine precision@5 / best baseline's: **${(engine.p5 / best).toFixed(3)}×**.`,
    '',
  ];
};

const SCALE_TEXT = [
  'Build: index from scratch, the stories read once as they are generated (generating them is',
  'timed apart and not counted). Query: 10 related stories for a story (sampled across the',
  'archive; the engine after 20 warm-up queries). Update: publishing one story: adding it to the index and, for the engine, bringing',
  'every stored related list (20 entries) it may enter up to date in memory',
  '(`NeighbourLists.update`), not the database writes. Those lists (the candidates of the new',
  "story's own ranking) are ranked before each timed update, untimed, so every list an update",
  'touches exists, as on an indexer holding them all; that ranking gives **lists/s**, the rate of',
  'ranking lists from scratch, and **all lists**, the time to rank every story of the archive at',
  'that rate. Memory: JS heap + buffers after a full GC and the RSS growth, right after the',
  'build; peak: the highest RSS growth during it.',
];

/** What the bound on postings read per term changes, per engine row. */
const readingLines = (rows: ScaleRow[]) =>
  rows
    .filter((r) => r.reading)
    .map(
      (r) =>
        `- ${r.stories.toLocaleString('en')} stories: precision@10 against the synthetic categories ${r.reading!.bounded.toFixed(4)} reading each query term's strongest postings (\`postingsPerTerm\`), ${r.reading!.full.toFixed(4)} reading them all; ${(100 * r.reading!.same).toFixed(1)}% of the top 10 the same.`
    );

const scaleRows = (rows: ScaleRow[]) => [
  '| stories | method | build | update p50 / p95 | query p50 / p95 | heap | RSS (peak) | lists/s (all lists) |',
  '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.stories.toLocaleString('en')} | ${r.method} | ${f(r.buildS, 1)} s | ${f(r.updateP50)} / ${f(r.updateP95)} ms | ${f(r.queryP50)} / ${f(r.queryP95)} ms | ${f(r.heapMb, 0)} MB | ${f(r.rssMb, 0)} MB${r.peakRssMb === undefined ? '' : ` (${f(r.peakRssMb, 0)} MB)`} | ${r.listsPerS ? `${f(r.listsPerS, 0)} (${f(r.stories / r.listsPerS / 60, 1)} min)` : '–'} |`
  ),
  '',
  ...readingLines(rows),
  '',
];

const scaleTable = (rows: ScaleRow[]) => [
  '## Scale (synthetic archives generated from the corpus, `bench/generate.ts`)',
  '',
  ...SCALE_TEXT,
  'The YARPP-style baseline at 100k was timed on 30 queries, the engine on 300; the',
  'more-like-this baseline is not run at 100k (half a second a query already at 10k).',
  '',
  ...scaleRows(rows),
];

const storiesTable = (rows: ScaleRow[]) => [
  `## ${rows[0].stories.toLocaleString('en')} stories: the engine alone (\`npm run bench -- --only=scale --stories=${rows[0].stories}\`)`,
  '',
  ...SCALE_TEXT,
  'The baselines are not run at this size (the YARPP-style query already takes half a second',
  'at 100k). Goals: build ≤ 10 min, query p95 ≤ 20 ms, update p95 ≤ 100 ms.',
  '',
  ...scaleRows(rows),
];

const httpTable = (rows: HttpRow[]) => {
  const [core, related] = rows;
  return [
    '## Through HTTP (playground, SQLite, demo newsroom, autocannon, 10 connections, 10 s each)',
    '',
    '| route | requests/s | p50 | p97.5 | p99 |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) => `| ${r.route} | ${f(r.rps, 0)} | ${r.p50} ms | ${r.p97_5} ms | ${r.p99} ms |`
    ),
    '',
    `Related / core requests per second: **${(related.rps / core.rps).toFixed(2)}×**.`,
    '',
  ];
};

const cacheTable = (rows: CacheRow[]) => [
  '## HTTP caching: 304 against a full 200 (playground, SQLite, UNIAN demo content, autocannon, 10 connections, 10 s each)',
  '',
  'The same URL asked without and with `If-None-Match` (the ETag of its answer). Reproduce with',
  '`npm run bench -- --only=cache`.',
  '',
  '| route | answer | 200 requests/s | 304 requests/s | 304 / 200 |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.route} | ${(r.bytes / 1024).toFixed(1)} KiB | ${f(r.full, 0)} | ${f(r.notModified, 0)} | **${(r.notModified / r.full).toFixed(2)}×** |`
  ),
  '',
];

/**
 * docs/BENCHMARKS.md holds each section between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->`.
 * A run replaces the sections it measured and keeps the others as the document has them, so
 * `--only=http` (say) reruns one section and every table still comes from a single run.
 * `sitemap` is written by `npm run bench:sitemap`'s figures, by hand.
 */
const SECTIONS = [
  'relevance',
  'relevance-i18n',
  'relevance-reuters',
  'scale',
  'scale-stories',
  'http',
  'cache',
  'sitemap',
  'topology',
  'import',
  'rebuild',
  'workers',
  'import-command',
];
const OUT = path.join(__dirname, '..', 'docs', 'BENCHMARKS.md');
const measured = new Map<string, string[]>();
const save = (section: string, lines: string[]) => measured.set(section, lines);
const kept = (document: string, section: string) => {
  const found = document.match(
    new RegExp(`<!-- bench:${section} -->\\n([\\s\\S]*?)\\n<!-- /bench:${section} -->`)
  );
  return found ? found[1].split('\n') : [];
};

const main = async () => {
  const started = new Date();
  const cpu = os.cpus();
  const lines = [
    '# Benchmarks',
    '',
    `Written ${started.toISOString().slice(0, 10)} by \`npm run bench\` on ${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}. Every method of a table ran in the same run on the same data; each section says how to rerun it alone.`,
    '',
  ];
  if (only.has('relevance')) {
    const section: string[] = [];
    const text = await relevanceTextOnly();
    section.push(
      ...relevanceTable(
        `Relevance on the BBC corpus, text only (${text.stories} stories, no tags)`,
        text.rows
      )
    );
    const tagged = await relevanceWithTags();
    section.push(
      ...relevanceTable(
        `Relevance on the BBC corpus with derived tags (${tagged.tagged} of ${tagged.stories} stories tagged; rule in \`bench/derived-tags.ts\`)`,
        tagged.rows
      )
    );
    save('relevance', section);
  }
  if (only.has('relevance-i18n')) {
    const sets = Object.fromEntries(
      ['ru', 'uk'].flatMap((language) => (arg(language) ? [[language, arg(language)!]] : []))
    );
    save('relevance-i18n', relevanceI18nTable(relevanceI18n({ sets })));
  }
  if (only.has('relevance-reuters')) {
    const count = (name: string) => (arg(name) === undefined ? undefined : Number(arg(name)));
    save(
      'relevance-reuters',
      relevanceReutersSection(arg('reuters'), {
        anchorStories: count('anchor-stories'),
        anchorSamples: count('anchor-samples'),
      })
    );
  }
  if (only.has('scale')) {
    const rows: ScaleRow[] = [];
    for (const size of sizes) {
      for (const method of SCALE_METHODS) {
        // 0.5 s a query at 10k, and minutes to build: at 100k the run would take most of an hour
        if (method === 'mlt' && size > 10_000) continue;
        if (stories && method !== 'engine') continue;
        const out = execFileSync(
          process.execPath,
          [
            '--expose-gc',
            '--max-old-space-size=16000',
            '--import',
            'tsx',
            path.join(__dirname, 'scale-worker.ts'),
            method,
            String(size),
          ],
          { encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'] }
        );
        rows.push(JSON.parse(out.trim().split('\n').pop()!));
        console.error(`scale: ${size} ${method} done`);
      }
    }
    if (stories) save('scale-stories', storiesTable(rows));
    else save('scale', scaleTable(rows));
  }
  if (only.has('http')) save('http', httpTable(await httpBench()));
  if (only.has('cache')) save('cache', cacheTable(await cacheBench()));
  if (only.has('topology')) {
    const db = arg('db');
    if (db !== undefined && db !== 'postgres' && db !== 'sqlite')
      throw new Error(`--db must be postgres or sqlite (got "${db}")`);
    const result = await topologyBench({
      stories: Number(arg('stories') ?? 20_000),
      sample: Number(arg('sample') ?? 2000),
      db: db as 'postgres' | 'sqlite' | undefined,
    });
    save('topology', topologyTable(result));
  }
  if (only.has('import')) {
    const dbs = (arg('db') ?? 'sqlite').split(',');
    const full = Number(arg('full') ?? 100_000);
    const heapMb = Number(arg('heap') ?? 0);
    const sample = Number(arg('sample') ?? 1000);
    save(
      'import',
      importTable(await importBench(dbs, sizes, { full, heapMb, sample }), full, heapMb, sample)
    );
  }
  if (only.has('rebuild')) {
    const size = Number(arg('stories') ?? 100_000);
    save(
      'rebuild',
      rebuildTable(
        await rebuildBench({ stories: size, workers: (arg('workers') ?? 'auto,0').split(',') }),
        size,
        os.availableParallelism()
      )
    );
  }
  if (only.has('workers')) {
    const size = Number(arg('stories') ?? 100_000);
    const out = execFileSync(
      process.execPath,
      [
        '--expose-gc',
        '--max-old-space-size=16000',
        '--import',
        'tsx',
        path.join(__dirname, 'workers.ts'),
        String(size),
        arg('lists') ?? '6000',
      ],
      { encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'] }
    );
    save('workers', workersTable(JSON.parse(out.trim().split('\n').pop()!)));
  }
  if (only.has('import-command')) {
    const dbs = (arg('db') ?? 'sqlite').split(',');
    save('import-command', importCommandTable(await importCommandBench(dbs, stories ?? 10_000)));
  }
  const document = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
  for (const section of SECTIONS) {
    const body = measured.get(section) ?? kept(document, section);
    if (body.length > 0)
      lines.push(`<!-- bench:${section} -->`, ...body, `<!-- /bench:${section} -->`, '');
  }
  writeFileSync(OUT, lines.join('\n'));
  console.log(lines.join('\n'));
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
