/**
 * node bench/import-worker.js <importer|documents> <file.ndjson> [limit]
 * Boots the playground's Strapi (database from the environment) in this process and imports
 * the file: through the importer (`importer`), or with a plain Document Service create loop
 * (`documents`: each line's story created with `status: 'published'`, its authors and tags
 * created first, no importer). Prints { stories, seconds, rate, peakRssMb, baseRssMb (after
 * Strapi loaded, before the import), heapMb } as JSON.
 */
const path = require('node:path');
const fs = require('node:fs');
const readline = require('node:readline');

const [mode, file, limitArg] = process.argv.slice(2);
const appDir = path.join(__dirname, '..', 'playground');

const main = async () => {
  process.chdir(appDir);
  const { createStrapi } = require(require.resolve('@strapi/strapi', { paths: [appDir] }));
  const app = await createStrapi({ appDir, distDir: path.join(appDir, 'dist') }).load();
  app.log.level = 'error';
  const baseRss = process.memoryUsage().rss;
  let peak = baseRss;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 200);
  const started = Date.now();
  let stories = 0;
  let storiesPeak = 0;
  if (mode === 'importer') {
    const report = await app
      .plugin('newsroom')
      .service('importer')
      .importFile(file, {
        onProgress: (p) => {
          // The peak while the stories are written, before the run's index refresh
          storiesPeak = Math.max(peak, process.memoryUsage().rss);
          if (p.line % 1000 === 0)
            process.stderr.write(`${p.line} ${p.rate}/s ${Date.now() - started} ms\n`);
        },
      });
    process.stderr.write(`import done ${Date.now() - started} ms\n`);
    stories = report.created + report.updated + report.unchanged;
    if (report.failed)
      throw new Error(`${report.failed} lines failed: ${report.errors[0].message}`);
  } else {
    const limit = Number(limitArg);
    const ids = new Map();
    const idOf = async (uid, name) => {
      const key = `${uid}:${name}`;
      if (!ids.has(key)) {
        const found = await app.db.query(uid).findOne({ where: { name }, select: ['documentId'] });
        ids.set(
          key,
          found?.documentId ?? (await app.documents(uid).create({ data: { name } })).documentId
        );
      }
      return ids.get(key);
    };
    const lines = readline.createInterface({ input: fs.createReadStream(file) });
    for await (const line of lines) {
      if (stories >= limit) break;
      const r = JSON.parse(line);
      const authors = [];
      for (const name of r.authors ?? []) authors.push(await idOf('plugin::newsroom.author', name));
      const tags = [];
      for (const name of r.tags ?? []) tags.push(await idOf('plugin::newsroom.tag', name));
      await app.documents('plugin::newsroom.article').create({
        data: {
          title: r.title,
          lead: r.lead,
          body: (r.body ?? '')
            .split('\n\n')
            .filter(Boolean)
            .map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] })),
          externalId: `doc-${r.externalId}`,
          section: r.section,
          datePublished: r.publishedAt ?? null,
          authors,
          tags,
        },
        status: r.publishedAt ? 'published' : undefined,
      });
      stories += 1;
    }
    lines.close();
  }
  const seconds = (Date.now() - started) / 1000;
  clearInterval(sample);
  peak = Math.max(peak, process.memoryUsage().rss);
  process.stdout.write(
    `\n${JSON.stringify({
      stories,
      seconds,
      rate: stories / seconds,
      peakRssMb: peak / 2 ** 20,
      baseRssMb: baseRss / 2 ** 20,
      storiesPeakRssMb: storiesPeak / 2 ** 20,
      heapMb: process.memoryUsage().heapUsed / 2 ** 20,
    })}\n`
  );
  await app.destroy();
  process.exit(0);
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
