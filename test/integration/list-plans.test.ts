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
 * the news sitemap's two days went through every story, 1.9 s. The Content API's list by id
 * sorted the locale's published stories for its 10 (41 ms p50, at 100,000 stories).
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

  /** The reads of stories that `request` makes (`sortedOnly`: those sorted and limited). */
  const storyReads = async (request: () => Promise<{ status: number }>, sortedOnly = true) => {
    const seen: Query[] = [];
    const listen = (query: Query) => {
      if (
        /from `newsroom_articles`/.test(query.sql) &&
        (!sortedOnly || /order by .* limit/i.test(query.sql))
      ) {
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
    ['the Content API list by id', '/api/newsroom/articles?sort=id&pagination[pageSize]=10'],
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
    const reads = await storyReads(request);
    expect(reads.length).toBeGreaterThan(0);
    for (const read of reads) {
      const steps = await plan(read);
      expect([read.sql, steps]).toEqual([
        read.sql,
        expect.not.stringMatching(/TEMP B-TREE FOR ORDER BY/),
      ]);
    }
  });

  // The site's reads of one story go through the indexes on (…, locale, published_at).
  it.each([
    [
      'by document id',
      (documentId: string) => `/api/newsroom/articles/${documentId}`,
      'document_id',
    ],
    ['by slug', (_: string, slug: string) => `/api/newsroom/articles/slug/${slug}`, 'slug'],
  ])(
    'reads one story %s from its own index, not through the locale',
    async (_name, path, column) => {
      const [story] = (await knex('newsroom_articles')
        .select({ documentId: 'document_id', slug: 'slug' })
        .whereNotNull('published_at')
        .limit(1)) as Array<{ documentId: string; slug: string }>;
      const reads = await storyReads(
        () => fetch(`${app.url}${path(story.documentId, story.slug)}`),
        false
      );
      const lookups = reads.filter((read) => read.sql.includes(`\`t0\`.\`${column}\` = ?`));
      expect(lookups.length).toBeGreaterThan(0);
      for (const read of lookups) {
        expect([read.sql, await plan(read)]).toEqual([
          read.sql,
          expect.stringMatching(new RegExp(`USING (COVERING )?INDEX \\w+ \\(${column}=\\?`)),
        ]);
      }
    }
  );

  // The (locale) index reads a locale's stories in id order (the list by id above). Without
  // planner statistics SQLite also took it for Strapi's `findOne` of one story by document id
  // or slug (a publish, the slug's unique check of every write) and walked every story of the
  // locale, 400 ms a write at 100,000 stories: unless an index answers the whole equality in id
  // order too, (document_id, locale) and (slug, locale).
  it.each([
    ['documentId', 'document_id'],
    ['slug', 'slug'],
  ])(
    "finds one story by %s from its own index, as Strapi's findOne asks (publish, unique checks)",
    async (attribute, column) => {
      const { sql, bindings } = app.strapi.db.entityManager
        .createQueryBuilder('plugin::newsroom.article' as never)
        .init({
          where: { [attribute]: 'x', publishedAt: { $notNull: true }, locale: 'en' },
          select: ['id'],
          limit: 1,
        })
        .getKnexQuery()
        .toSQL();
      expect(await plan({ sql, bindings: bindings as unknown[] })).toMatch(
        new RegExp(`USING (COVERING )?INDEX \\w+ \\(${column}=\\?`)
      );
    }
  );
});
