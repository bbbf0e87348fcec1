import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { compileStrapi } from '@strapi/strapi';

import { createTestDatabase, type TestDatabase } from '../test/helpers/database';
import { appSecrets } from '../test/helpers/secrets';
import { writeArchive } from './import-data';

/**
 * Import throughput: the playground's Strapi in a child process per measurement
 * (`import-worker.js`), importing a generated archive (`import-data.ts`) with the importer,
 * into an empty database and into one already holding `full` stories; and, in the same run
 * on the same archive, a plain Document Service create loop on a sample (the loop runs at a
 * few dozen stories a second: 100,000 would take hours).
 */
export type ImportRow = {
  db: string;
  stories: number;
  into: 'empty' | 'full';
  rate: number;
  peakRssMb: number;
  baseRssMb: number;
  loopRate: number;
  loopSample: number;
};

const appDir = path.join(__dirname, '..', 'playground');
const worker = path.join(__dirname, 'import-worker.js');
const run = promisify(execFile);

type Result = {
  stories: number;
  seconds: number;
  rate: number;
  peakRssMb: number;
  baseRssMb: number;
};

const measure = async (
  database: TestDatabase,
  mode: 'importer' | 'documents',
  file: string,
  limit = 0,
  heapMb = 0
): Promise<Result> => {
  // `--heap`: the importer's V8 heap capped (`npm run import` itself sets no cap)
  const flags = heapMb && mode === 'importer' ? [`--max-old-space-size=${heapMb}`] : [];
  const { stdout } = await run(process.execPath, [...flags, worker, mode, file, String(limit)], {
    cwd: appDir,
    env: {
      ...process.env,
      ...database.env,
      ...appSecrets(),
      NODE_ENV: 'production',
      LOG_LEVEL: 'error',
      STRAPI_TELEMETRY_DISABLED: 'true',
      NEWSROOM_DEMO_CONTENT: 'none',
      // as `npm run import` runs: a web instance, its stories reported to the indexers
      NEWSROOM_INDEXER: 'false',
    },
    maxBuffer: 1 << 24,
  });
  return JSON.parse(stdout.trim().split('\n').pop()!);
};

export const importBench = async (
  dbs: string[],
  sizes: number[],
  { full = 100_000, sample = 1000, heapMb = 0 } = {}
): Promise<ImportRow[]> => {
  await compileStrapi({ appDir });
  const files = new Map<string, string>();
  const archive = async (size: number, prefix: string) => {
    const file = path.join(os.tmpdir(), `newsroom-import-${prefix}${size}-${process.pid}.ndjson`);
    if (!files.has(file)) await writeArchive(file, size, `${prefix}${size}-`, size + prefix.length);
    files.set(file, file);
    return file;
  };
  const rows: ImportRow[] = [];
  const sorted = [...sizes].sort((a, b) => a - b);
  try {
    for (const db of dbs) {
      process.env.DATABASE_CLIENT = db;
      const log = (what: string) => console.error(`import: ${db} ${what}`);
      const measured = new Map<string, Result>();
      let fullDb: TestDatabase | null = null;
      for (const size of sorted) {
        const database = await createTestDatabase();
        measured.set(
          `empty:${size}`,
          await measure(database, 'importer', await archive(size, 'e'), 0, heapMb)
        );
        log(`${size} into empty: ${measured.get(`empty:${size}`)!.rate.toFixed(1)}/s`);
        if (size === full) fullDb = database;
        else await database.drop();
      }
      const loopEmpty = await createTestDatabase();
      const loopFile = await archive(Math.max(sample, sorted[0]), 'e');
      const emptyLoop = await measure(loopEmpty, 'documents', loopFile, sample);
      await loopEmpty.drop();
      log(`loop into empty: ${emptyLoop.rate.toFixed(1)}/s`);
      if (!fullDb) {
        // Filling the full database is itself a measurement: `full` stories into an empty one.
        fullDb = await createTestDatabase();
        measured.set(
          `empty:${full}`,
          await measure(fullDb, 'importer', await archive(full, 'e'), 0, heapMb)
        );
        log(`${full} into empty: ${measured.get(`empty:${full}`)!.rate.toFixed(1)}/s`);
      }
      for (const size of sorted) {
        measured.set(
          `full:${size}`,
          await measure(fullDb, 'importer', await archive(size, 'f'), 0, heapMb)
        );
        log(`${size} into full: ${measured.get(`full:${size}`)!.rate.toFixed(1)}/s`);
      }
      const fullLoop = await measure(fullDb, 'documents', await archive(sample, 'loop'), sample);
      log(`loop into full: ${fullLoop.rate.toFixed(1)}/s`);
      await fullDb.drop();
      for (const into of ['empty', 'full'] as const) {
        for (const size of [...new Set([...sorted, full])].sort((a, b) => a - b)) {
          const result = measured.get(`${into}:${size}`);
          if (!result) continue;
          const loop = into === 'empty' ? emptyLoop : fullLoop;
          rows.push({
            db,
            stories: size,
            into,
            rate: result.rate,
            peakRssMb: result.peakRssMb,
            baseRssMb: result.baseRssMb,
            loopRate: loop.rate,
            loopSample: loop.stories,
          });
        }
      }
    }
  } finally {
    for (const file of files.values()) rmSync(file, { force: true });
  }
  return rows;
};

const f = (value: number, digits = 1) => value.toFixed(digits);

export const importTable = (rows: ImportRow[], full = 100_000, heapMb = 0, sample = 1000) => [
  '## Import throughput (NDJSON, playground, one process per measurement)',
  '',
  'Stories generated from the BBC corpus (`bench/import-data.ts`: 1–2 authors among 300, 3–5',
  'tags, one story in ten a draft, one in three with 1–2 `related` links). The importer (batches',
  'of 500 new stories per transaction, links in batches; run as `npm run import` runs, a web',
  'instance whose stories reach the indexers as events) into an empty database and into one',
  `already holding ${full.toLocaleString('en')}`,
  'stories, against a plain Document Service create loop (`status: published`, authors and tags',
  'created first, no links) in the same run: the loop on a sample only (at its rate the full',
  'archive would take hours). RSS is the importing process: once Strapi loaded, and its peak',
  'during the import' +
    (heapMb ? `, its V8 heap capped at ${heapMb} MB (\`--heap\`).` : '.') +
    ' Reproduce with',
  `\`npm run bench -- --only=import --db=${[...new Set(rows.map((r) => r.db))].join(',')} --sizes=${[
    ...new Set(rows.filter((r) => r.stories !== full || r.into === 'full').map((r) => r.stories)),
  ].join(',')} --full=${full} --sample=${sample}\`.`,
  '',
  '| database | stories | into | importer | Document Service loop (sample) | importer / loop | importer RSS: loaded / peak |',
  '| --- | ---: | --- | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.db} | ${r.stories.toLocaleString('en')} | ${r.into} | ${f(r.rate)} stories/s | ${f(r.loopRate)} stories/s (${r.loopSample.toLocaleString('en')}) | **${f(r.rate / r.loopRate)}×** | ${f(r.baseRssMb, 0)} / ${f(r.peakRssMb, 0)} MB |`
  ),
  '',
];
