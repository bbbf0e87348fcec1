/**
 * npm run bench — runs every method on the same data in one process and writes the table to
 * docs/BENCHMARKS.md with the machine, the command and the date.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { relevanceTextOnly } from './relevance';

const main = async () => {
  const started = new Date();
  const text = await relevanceTextOnly();
  const best = text.rows.filter((r) => !r.method.startsWith('newsroom'));
  const engine = text.rows.find((r) => r.method.startsWith('newsroom'))!;
  const lines = [
    '# Benchmarks',
    '',
    `Measured ${started.toISOString().slice(0, 10)} with \`npm run bench\` on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}.`,
    '',
    `## Relevance on the BBC corpus, text only (${text.stories} stories, no tags)`,
    '',
    "A suggestion is relevant when it is in the story's own category. Every method runs on the same",
    'stories in the same process; ratios are against the best baseline of the run.',
    '',
    '| method | precision@5 | precision@10 | build | per query |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...text.rows.map(
      (r) =>
        `| ${r.method} | ${r.p5.toFixed(4)} | ${r.p10.toFixed(4)} | ${(r.buildMs / 1000).toFixed(2)} s | ${r.queryMs.toFixed(2)} ms |`
    ),
    '',
    `The engine's precision@5 is ${(engine.p5 / Math.max(...best.map((r) => r.p5))).toFixed(3)}× the best baseline's.`,
    '',
  ];
  const out = path.join(__dirname, '..', 'docs', 'BENCHMARKS.md');
  writeFileSync(out, lines.join('\n'));
  console.log(lines.join('\n'));
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
