#!/usr/bin/env node
/**
 * npm run import -- <file.ndjson | wordpress-export.xml>
 * Imports an archive of stories into the playground's database with the plugin's importer
 * (NDJSON, or a WordPress export, told apart by content), showing progress, then prints the
 * report. Exit code 1 when any line (or post) failed, or when the import stopped short of
 * memory (see heap-watch.js).
 */
const path = require('node:path');
const { ensureEnv } = require('./ensure-env');
const { heapWatch } = require('./heap-watch');
const { loadApp } = require('./load-app');

/** 75 → "1m15s", 3700 → "1h01m". */
const formatSeconds = (seconds) => {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = Math.floor(seconds % 60);
  if (h > 0) return `${h}h${String(m).padStart(2, '0')}m`;
  return m > 0 ? `${m}m${String(s).padStart(2, '0')}s` : `${s}s`;
};

const main = async () => {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: npm run import -- <file.ndjson | wordpress-export.xml>');
    process.exit(2);
  }
  const input = path.resolve(process.env.INIT_CWD || process.cwd(), file);
  ensureEnv();
  process.env.NEWSROOM_DEMO_CONTENT = process.env.NEWSROOM_DEMO_CONTENT || 'none';
  // A web instance: the import does not load the related index (its memory stays Strapi's and
  // the batch's); the running indexer, or the next one started, applies its stories from the
  // event log. NEWSROOM_INDEXER=true makes this process refresh the index itself at the end.
  process.env.NEWSROOM_INDEXER = process.env.NEWSROOM_INDEXER || 'false';
  const app = await loadApp();
  app.log.level = 'warn';
  const tty = process.stderr.isTTY;
  const heap = heapWatch();
  let shown = 0;
  let last = '';
  /** Lines told so far; then whether the links phase began. */
  let lineCount = 0;
  let linking = false;
  const report = await app
    .plugin('newsroom')
    .service('importer')
    .importFile(input, {
      signal: heap.signal,
      onProgress: (p) => {
        lineCount = p.line;
        heap.check(p.line);
        // NDJSON is read once: how far is the bytes read; a WordPress export knows its <item>s.
        const unit = p.totalLines === undefined ? 'line' : 'item';
        const total = p.totalLines === undefined ? '' : `/${p.totalLines}`;
        const percent = p.totalBytes ? ` (${Math.floor((100 * p.bytesRead) / p.totalBytes)}%)` : '';
        const eta = p.etaSeconds === undefined ? '' : `, ETA ${formatSeconds(p.etaSeconds)}`;
        last = `${unit} ${p.line}${total}${percent}: ${p.created} created, ${p.updated} updated, ${p.unchanged} unchanged, ${p.failed} failed (${p.rate}/s${eta})`;
        if (tty) process.stderr.write(`\r${last}`);
        else if (p.line - shown >= 250) {
          shown = p.line;
          process.stderr.write(`${last}\n`);
        }
      },
      // the last phase, once every story is in: the stories' line stays, the links follow
      onLinksProgress: ({ done, total }) => {
        heap.check(lineCount);
        if (!linking) {
          if (tty) process.stderr.write('\n');
          else if (shown !== lineCount) process.stderr.write(`${last}\n`);
          linking = true;
          shown = lineCount;
        }
        last = `links of ${done}/${total} stories`;
        if (tty) process.stderr.write(`\r${last}`);
        else if (done === total) process.stderr.write(`${last}\n`);
      },
    })
    .catch(async (error) => {
      if (!heap.signal.aborted) throw error;
      if (tty) process.stderr.write('\n');
      console.error(heap.explain());
      await app.destroy();
      process.exit(1);
    });
  if (tty) process.stderr.write('\n');
  else if (last && shown !== report.line) process.stderr.write(`${last}\n`);
  const unit = report.format === 'wxr' ? 'item' : 'line';
  const at = (entry) => `${unit} ${entry.line}${entry.externalId ? ` (${entry.externalId})` : ''}`;
  for (const error of report.errors) console.error(`${at(error)}: ${error.message}`);
  for (const warning of report.warnings)
    console.error(`${at(warning)} (warning): ${warning.message}`);
  const { created, updated, unchanged, failed, linksCreated, durationMs, skipped } = report;
  console.log(
    JSON.stringify({
      created,
      updated,
      unchanged,
      failed,
      linksCreated,
      ...(skipped ? { skipped } : {}),
      seconds: durationMs / 1000,
    })
  );
  await app.destroy();
  process.exit(failed > 0 ? 1 : 0);
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
