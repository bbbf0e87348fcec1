#!/usr/bin/env node
/**
 * npm run import -- <file.ndjson>
 * Imports an archive of stories into the playground's database with the plugin's importer,
 * showing progress, then prints the report. Exit code 1 when any line failed.
 */
const path = require('node:path');
const { ensureEnv } = require('./ensure-env');

const main = async () => {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: npm run import -- <file.ndjson>');
    process.exit(2);
  }
  const input = path.resolve(process.env.INIT_CWD || process.cwd(), file);
  ensureEnv();
  process.env.NEWSROOM_DEMO_CONTENT = process.env.NEWSROOM_DEMO_CONTENT || 'none';
  const appDir = path.join(__dirname, '..');
  process.chdir(appDir); // Strapi reads .env from the working directory when it is loaded
  const { compileStrapi, createStrapi } = require('@strapi/strapi');
  const app = await createStrapi(await compileStrapi({ appDir })).load();
  app.log.level = 'warn';
  const tty = process.stderr.isTTY;
  let shown = 0;
  const report = await app
    .plugin('newsroom')
    .service('importer')
    .importFile(input, {
      onProgress: (p) => {
        const total = p.totalLines ?? '?';
        const line = `line ${p.line}/${total}: ${p.created} created, ${p.updated} updated, ${p.unchanged} unchanged, ${p.failed} failed`;
        if (tty) process.stderr.write(`\r${line}`);
        else if (p.line - shown >= 250 || p.line === p.totalLines) {
          shown = p.line;
          process.stderr.write(`${line}\n`);
        }
      },
    });
  if (tty) process.stderr.write('\n');
  for (const error of report.errors) console.error(`line ${error.line}: ${error.message}`);
  for (const warning of report.warnings)
    console.error(`line ${warning.line} (warning): ${warning.message}`);
  const { created, updated, unchanged, failed, linksCreated, durationMs } = report;
  console.log(
    JSON.stringify({
      created,
      updated,
      unchanged,
      failed,
      linksCreated,
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
