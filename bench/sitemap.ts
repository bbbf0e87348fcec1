/**
 * npm run bench:sitemap [-- --stories=100000]
 * The article sitemaps at scale: the plugin's own sitemaps service, SQL and XML writers over a
 * SQLite file seeded through knex with `stories` published stories (a tenth of them also in
 * Ukrainian) and a draft row for each, as Strapi keeps them. Measures the cold build of the
 * index and of one full page (50,000 URLs), and warm answers (from the in-memory cache) per
 * second. Strapi itself is stood in for by the few things the service reads.
 */
import os from 'node:os';
import path from 'node:path';

import knexFactory from 'knex';

import { defaultConfig } from '../server/src/config';
import sitemapsService from '../server/src/services/distribution/sitemaps';

const arg = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const STORIES = Number(arg('stories') ?? 100_000);
const TABLE = 'newsroom_articles';

const seed = async (knex: ReturnType<typeof knexFactory>) => {
  await knex.schema.createTable(TABLE, (t) => {
    t.increments('id');
    t.string('document_id');
    t.string('locale');
    t.string('slug');
    t.string('title');
    t.bigInteger('updated_at');
    t.bigInteger('published_at');
    t.bigInteger('date_published');
    t.index(['document_id']);
  });
  const now = Date.now();
  const rows: Array<Record<string, unknown>> = [];
  for (let i = 0; i < STORIES; i += 1) {
    const documentId = `doc${i.toString(36).padStart(8, '0')}`;
    const when = now - (STORIES - i) * 60_000;
    const row = (locale: string, published: boolean) => ({
      document_id: documentId,
      locale,
      slug: `${locale}-story-${i}`,
      title: `Story ${i}`,
      updated_at: when,
      published_at: published ? when : null,
      date_published: when,
    });
    rows.push(row('en', false), row('en', true));
    if (i % 10 === 0) rows.push(row('uk', false), row('uk', true));
  }
  // SQLite takes at most 500 rows in one compound insert
  await knex.batchInsert(TABLE, rows, 400);
  return rows.filter((r) => r.published_at !== null).length;
};

/** The parts of Strapi the sitemaps service reads. */
const fakeStrapi = (knex: ReturnType<typeof knexFactory>) => {
  const config = {
    ...defaultConfig,
    site: { ...defaultConfig.site, url: 'https://news.example.com' },
  };
  const columns = ['id', 'documentId', 'locale', 'slug', 'updatedAt', 'publishedAt'];
  const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return {
    config: { get: () => config },
    db: {
      connection: knex,
      metadata: {
        get: () => ({
          tableName: TABLE,
          attributes: Object.fromEntries(columns.map((c) => [c, { columnName: snake(c) }])),
        }),
      },
    },
    plugin: (name: string) => ({
      service: () =>
        name === 'i18n' ? { getDefaultLocale: async () => 'en' } : { version: () => 0 },
    }),
  } as never;
};

const ms = async (run: () => Promise<unknown>) => {
  const start = performance.now();
  await run();
  return performance.now() - start;
};

const main = async () => {
  const filename = path.join(os.tmpdir(), `newsroom-sitemap-bench-${process.pid}.db`);
  const knex = knexFactory({
    client: 'better-sqlite3',
    connection: { filename },
    useNullAsDefault: true,
  });
  try {
    const published = await seed(knex);
    const service = sitemapsService({ strapi: fakeStrapi(knex) });
    const coldIndex = await ms(() => service.index());
    const page = await service.page(1);
    service.bump();
    const coldBoth = await ms(async () => {
      await service.index();
      await service.page(1);
    });
    const coldPage = coldBoth - (await ms(() => service.index()));
    const urls = (page ?? '').split('<url>').length - 1;
    let answers = 0;
    const until = performance.now() + 3000;
    while (performance.now() < until) {
      await service.page(1);
      answers += 1;
    }
    console.log(
      `| published rows | ${published.toLocaleString('en')} (${STORIES.toLocaleString('en')} stories) |`
    );
    console.log(`| cold: index (id scan) | ${coldIndex.toFixed(0)} ms |`);
    console.log(
      `| cold: index + page 1 (${urls.toLocaleString('en')} URLs, ${((page ?? '').length / 2 ** 20).toFixed(1)} MB) | ${coldBoth.toFixed(0)} ms (page alone ≈ ${coldPage.toFixed(0)} ms) |`
    );
    console.log(
      `| warm: page 1 from the cache | ${Math.round(answers / 3).toLocaleString('en')} answers/s |`
    );
  } finally {
    await knex.destroy();
    const fs = await import('node:fs/promises');
    await fs.rm(filename, { force: true });
  }
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
