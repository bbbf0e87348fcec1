import type { Knex } from 'knex';

import { adminClient, SUPER_ADMIN } from '../helpers/admin';
import { startApp, type TestApp } from '../helpers/strapi';

const onSqlite = (process.env.DATABASE_CLIENT ?? 'sqlite') === 'sqlite';

type Query = { sql: string; bindings: unknown[] };

/**
 * The newest stories, as a news site's front page, its feed and the Content Manager's article
 * list ask for them, read in order from an index (SQLite, the embedded default, has no planner
 * statistics to find another way): without one, each page sorted every story of the locale,
 * 0.5 s for the front page and 1.1 s for the Content Manager's list at 100,000 stories, and
 * the news sitemap's two days went through every story, 1.9 s.
 */
(onSqlite ? describe : describe.skip)('Lists of stories read from an index (SQLite)', () => {
  let app: TestApp;
  let knex: Knex;
  let admin: Awaited<ReturnType<typeof adminClient>>;

  beforeAll(async () => {
    app = await startApp();
    knex = app.strapi.db.connection;
    admin = await adminClient(app, SUPER_ADMIN.email, SUPER_ADMIN.password);
  });
  afterAll(() => app?.stop());

  /** The sorted, limited reads of stories that `request` makes. */
  const sortedReads = async (request: () => Promise<{ status: number }>) => {
    const seen: Query[] = [];
    const listen = (query: Query) => {
      if (/from `newsroom_articles`/.test(query.sql) && /order by .* limit/i.test(query.sql)) {
        seen.push(query);
      }
    };
    knex.on('query', listen);
    try {
      expect((await request()).status).toBe(200);
    } finally {
      knex.off('query', listen);
    }
    return seen;
  };

  const plan = async ({ sql, bindings }: Query) =>
    ((await knex.raw(`EXPLAIN QUERY PLAN ${sql}`, bindings as never)) as Array<{ detail: string }>)
      .map((step) => step.detail)
      .join(' | ');

  it.each([
    ['the front page', '/api/newsroom/articles?sort=datePublished:desc&pagination[pageSize]=10'],
    ['the RSS feed', '/api/newsroom/feeds/rss.xml'],
    ['the news sitemap (every locale)', '/api/newsroom/sitemaps/news.xml'],
    ["the Content Manager's article list", 'admin'],
  ])('reads %s in order, without sorting the archive', async (_name, path) => {
    const request =
      path === 'admin'
        ? () =>
            admin.get(
              '/content-manager/collection-types/plugin::newsroom.article?page=1&pageSize=20&sort=datePublished:DESC&locale=en'
            )
        : () => fetch(`${app.url}${path}`);
    const reads = await sortedReads(request);
    expect(reads.length).toBeGreaterThan(0);
    for (const read of reads) {
      const steps = await plan(read);
      expect([read.sql, steps]).toEqual([
        read.sql,
        expect.not.stringMatching(/TEMP B-TREE FOR ORDER BY/),
      ]);
    }
  });
});
