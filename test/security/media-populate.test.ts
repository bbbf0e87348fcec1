import { CALLERS, type SecurityApp, startSecurityApp } from './support/app';
import { gql } from './support/graphql';

/** Booting on a fresh PostgreSQL or MariaDB database takes a while on a busy machine. */
const BOOT_TIMEOUT = 300_000;
import { expectNothingHidden, HIDDEN_WORDS } from './support/leaks';
import { shareOneCover } from './support/media';

/**
 * Media fields under the published-only rule. One uploaded image is the cover of a published
 * story, of a never-published draft and of an unsaved edit, and the avatar of their author:
 * Upload's polymorphic `related` field of that image lists all of them, drafts included. The
 * plugin's routes and GraphQL types never reach it (400 naming the parameter; a refused field
 * on GraphQL), whatever the populate form, the route or the caller.
 */
describe('Security: media fields never lead to drafts', () => {
  let s: SecurityApp;
  let slug: string;
  beforeAll(async () => {
    s = await startSecurityApp();
    ({ slug } = await shareOneCover(s.app.strapi, s.fixtures));
  }, BOOT_TIMEOUT);
  afterAll(() => s?.app.stop());

  const refused = (f: SecurityApp['fixtures'], slugOf: string) => [
    '/api/newsroom/articles?populate[cover][populate][related]=true',
    '/api/newsroom/articles?populate=cover.related',
    '/api/newsroom/articles?populate[0]=title&populate[1]=cover.related',
    `/api/newsroom/articles?populate[cover][populate][related][on][plugin::newsroom.article][fields][0]=title`,
    '/api/newsroom/articles?status=draft&populate[cover][populate][related]=true',
    `/api/newsroom/articles/${f.published}?populate[cover][populate][related]=true`,
    `/api/newsroom/articles/${f.draft}?status=draft&populate=cover.related`,
    `/api/newsroom/articles/slug/${slugOf}?populate[cover][populate][related]=true`,
    `/api/newsroom/articles/slug/${slugOf}?populate=cover.related`,
    `/api/newsroom/articles/${f.published}/related-news?populate[cover][populate][related]=true`,
    `/api/newsroom/articles/${f.published}/related?populate[cover][populate][related]=true`,
    '/api/newsroom/authors?populate[avatar][populate][related]=true',
    `/api/newsroom/authors/${f.author}?populate=avatar.related`,
    '/api/newsroom/tags?populate[articles][populate][cover][populate][related]=true',
    `/api/newsroom/tags/${f.tag}?populate=articles.cover.related`,
    '/api/newsroom/related-news?populate[target][populate][cover][populate][related]=true',
    '/api/newsroom/articles?filters[cover][related][title][$contains]=x',
    '/api/newsroom/tags?populate[articles][filters][cover][related][title][$contains]=x',
    '/api/newsroom/articles?sort=cover.related.title',
    '/api/newsroom/authors?sort[avatar][related][title]=asc',
  ];

  describe.each(CALLERS)('as %s', (name) => {
    const get = (path: string) => s.callers[name].api.get(path);

    it('control: the cover and the avatar are the shared image', async () => {
      const article = await get(`/api/newsroom/articles/${s.fixtures.published}?populate=cover`);
      expect(article.status).toBe(200);
      expect(article.body.data.cover.url).toMatch(/\.png$/);
      const author = await get(`/api/newsroom/authors/${s.fixtures.author}?populate=avatar`);
      expect(author.body.data.avatar.url).toBe(article.body.data.cover.url);
    });

    it("Upload's related, named in any populate, filter or sort, on any route: 400 naming it", async () => {
      for (const path of refused(s.fixtures, slug)) {
        const { status, body } = await get(path);
        expectNothingHidden(body);
        // read-only tokens hold `find` and `findOne` only
        const forbidden =
          name === 'read-only API token' && /\/articles\/\w+\/related(-news)?\?/.test(path);
        expect({ path, status }).toEqual({ path, status: forbidden ? 403 : 400 });
        if (forbidden) continue;
        expect({ path, message: body.error.message }).toEqual({
          path,
          message: expect.stringMatching(/related|not a parameter/),
        });
      }
    });

    it.each([
      '/api/newsroom/articles?populate[cover][populate]=*',
      '/api/newsroom/articles?populate=cover.*',
      '/api/newsroom/articles?populate=*',
      `/api/newsroom/articles/slug/SLUG?populate[cover][populate]=*`,
      '/api/newsroom/authors?populate[avatar][populate]=*',
      '/api/newsroom/tags?populate[articles][populate][cover][populate]=*',
      '/api/newsroom/related-news?populate[article][populate][cover][populate]=*',
    ])('%s: the image without its related entries', async (template) => {
      const { status, body } = await get(template.replace('SLUG', slug));
      expect(status).toBe(200);
      expectNothingHidden(body);
      const text = JSON.stringify(body);
      expect(text).toMatch(/\.png"/);
      expect(text).not.toContain('"related"');
    });

    it('GraphQL: cover { related } and avatar { related } are refused, never a 500 or a draft', async () => {
      for (const query of [
        '{ newsroomArticles { title cover { url related { __typename ... on NewsroomArticle { title lead } } } } }',
        `{ newsroomArticle(documentId: "${s.fixtures.published}") { cover { related { __typename } } } }`,
        '{ newsroomAuthors { avatar { related { ... on NewsroomArticle { title lead } } } } }',
        '{ newsroomTags { articles { cover { related { ... on NewsroomArticle { title } } } } } }',
      ]) {
        const { status, body } = await gql(s.app.url, s.callers[name], query);
        expectNothingHidden(body);
        expect({ query, status }).toEqual({ query, status: 200 });
        const codes = (body.errors ?? []).map((e: { extensions: { code: string } }) => e);
        expect({ query, codes: codes.map((e: any) => e.extensions.code) }).toEqual({
          query,
          codes: expect.arrayContaining(['BAD_USER_INPUT']),
        });
        expect(JSON.stringify(body.errors)).not.toContain('INTERNAL_SERVER_ERROR');
        expect(body.errors[0].message).toMatch(/UploadFile\.related/);
      }
      const control = await gql(
        s.app.url,
        s.callers[name],
        '{ newsroomArticles { cover { url } } }'
      );
      expect(control.body.errors).toBeUndefined();
      expect(JSON.stringify(control.body)).toMatch(/\.png"/);
    });
  });

  it('the hidden words are in the database: the probes would see them if the rule let them', async () => {
    const rows = await s.app.strapi.db
      .query('plugin::newsroom.article')
      .findMany({ where: { publishedAt: null }, select: ['title'] });
    const titles = rows.map((r: { title: string }) => r.title).join(' ');
    for (const word of HIDDEN_WORDS) expect(titles).toContain(word);
  });
});
