import { execFile } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { createTestDatabase } from '../test/helpers/database';
import { writeWireArchive } from './wire-stories';

/**
 * `npm run import -w playground -- FILE` as users run it (from the repository root, through
 * npm), on an archive of long wire stories (`wire-stories.ts`: 2–5 KB of text each) into an
 * empty database: its rate and the peak RSS of the import process, read from GNU time's
 * "Maximum resident set size" (`/usr/bin/time -v`: the largest process npm started).
 */
export type ImportCommandRow = {
  db: string;
  stories: number;
  fileMb: number;
  rate: number;
  peakRssMb: number;
};

const root = path.join(__dirname, '..');
const run = promisify(execFile);

export const importCommandBench = async (dbs: string[], stories: number) => {
  const file = path.join(os.tmpdir(), `newsroom-wire-${stories}-${process.pid}.ndjson`);
  await writeWireArchive(file, stories);
  const rows: ImportCommandRow[] = [];
  try {
    for (const db of dbs) {
      process.env.DATABASE_CLIENT = db;
      const database = await createTestDatabase();
      try {
        const { stdout, stderr } = await run(
          '/usr/bin/time',
          ['-v', 'npm', 'run', 'import', '-w', 'playground', '--', file],
          {
            cwd: root,
            env: { ...process.env, ...database.env, STRAPI_TELEMETRY_DISABLED: 'true' },
            maxBuffer: 1 << 26,
          }
        );
        const summary = JSON.parse(stdout.trim().split('\n').pop()!);
        const peak = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)![1]);
        rows.push({
          db,
          stories,
          fileMb: statSync(file).size / 2 ** 20,
          rate: summary.created / summary.seconds,
          peakRssMb: peak / 1024,
        });
        console.error(
          `import-command: ${db} ${rows[rows.length - 1].rate.toFixed(1)}/s, ${peak} kB`
        );
      } finally {
        await database.drop();
      }
    }
  } finally {
    rmSync(file, { force: true });
  }
  return rows;
};

export const importCommandTable = (rows: ImportCommandRow[]) => [
  '## The import command on long stories (`npm run import`, peak RSS)',
  '',
  '`npm run import -w playground -- FILE` run as the README gives it, on an archive of long',
  'wire stories generated from the BBC corpus (`bench/wire-stories.ts`: 2–5 KB of text each,',
  '1–3 authors among 400, 4–7 tags, one in four with `related` links) into an empty database.',
  'Peak RSS is the largest process of the command (`/usr/bin/time -v`); the rate is stories',
  "created a second from the command's summary. Reproduce with",
  '`npm run bench -- --only=import-command --db=sqlite,postgres,mysql --stories=10000`.',
  '',
  '| database | stories | file | rate | peak RSS |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.db} | ${r.stories.toLocaleString('en')} | ${r.fileMb.toFixed(1)} MB | ${r.rate.toFixed(1)} stories/s | ${r.peakRssMb.toFixed(0)} MB |`
  ),
  '',
];
