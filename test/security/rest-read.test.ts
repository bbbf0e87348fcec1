import { CALLERS, type SecurityApp, startSecurityApp } from './support/app';
import { PUBLISHED_WORD } from './support/fixtures';
import { expectNothingHidden, HIDDEN_WORDS, NO_SUCH_WORD } from './support/leaks';

/**
 * REST reads under /api/newsroom: published stories and readable links only, whatever the
 * query asks (`status`, `populate`, `filters` at any depth, `sort`, `fields`), for every caller.
 */
describe('Security: REST reads show published content only', () => {
  let s: SecurityApp;
  beforeAll(async () => {
    s = await startSecurityApp();
  });
  afterAll(() => s?.app.stop());

  describe.each(CALLERS)('as %s', (name) => {
    const get = (path: string) => s.callers[name].api.get(path);
    /** API tokens may ask for an article's draft at the root: a preview (preview.test.ts). */
    const previews = name.endsWith('API token');

    /** Total of a list route for a question about `word`: must not depend on hidden content. */
    const total = async (path: (word: string) => string) => {
      const counts: Record<string, number> = {};
      for (const word of [...HIDDEN_WORDS, NO_SUCH_WORD, PUBLISHED_WORD]) {
        const { status, body } = await get(path(word));
        expect(status).toBe(200);
        expectNothingHidden(body);
        counts[word] = body.meta.pagination.total;
      }
      return counts;
    };

    it.each([
      ['tag', (f: SecurityApp['fixtures']) => `/api/newsroom/tags/${f.tag}`],
      ['author', (f: SecurityApp['fixtures']) => `/api/newsroom/authors/${f.author}`],
    ])(
      '%s by documentId with populate=articles&status=draft: published stories only',
      async (_, path) => {
        const { status, body } = await get(`${path(s.fixtures)}?populate=articles&status=draft`);
        expect(status).toBe(200);
        expectNothingHidden(body);
        const ids = body.data.articles.map((a: { documentId: string }) => a.documentId).sort();
        expect(ids).toEqual([s.fixtures.published, s.fixtures.edited].sort());
      }
    );

    it('tag list with populate=articles&status=draft: published stories only', async () => {
      const { status, body } = await get('/api/newsroom/tags?populate=articles&status=draft');
      expect(status).toBe(200);
      expectNothingHidden(body);
      const tag = body.data.find((t: { documentId: string }) => t.documentId === s.fixtures.tag);
      expect(tag.articles).toHaveLength(2);
    });

    it('article by documentId with status=draft: 404 for a draft and published text for an edit, unless a token previews', async () => {
      const draft = await get(`/api/newsroom/articles/${s.fixtures.draft}?status=draft`);
      expect(draft.status).toBe(previews ? 200 : 404);
      const edited = await get(`/api/newsroom/articles/${s.fixtures.edited}?status=draft`);
      expect(edited.status).toBe(200);
      if (previews) return;
      expect(edited.body.data.title).toBe('Harbour works finish early');
      const list = await get('/api/newsroom/articles?status=draft&pagination[pageSize]=100');
      expectNothingHidden(list.body);
    });

    it.each([
      [
        'articles via tags.articles.title',
        (w: string) => `/api/newsroom/articles?filters[tags][articles][title][$contains]=${w}`,
      ],
      [
        'articles via authors.articles.lead',
        (w: string) => `/api/newsroom/articles?filters[authors][articles][lead][$contains]=${w}`,
      ],
      [
        'articles via relatedNews.target.title',
        (w: string) => `/api/newsroom/articles?filters[relatedNews][target][title][$contains]=${w}`,
      ],
      [
        'tags via articles.title',
        (w: string) => `/api/newsroom/tags?filters[articles][title][$contains]=${w}`,
      ],
      [
        'authors via articles.title',
        (w: string) => `/api/newsroom/authors?filters[articles][title][$contains]=${w}`,
      ],
      [
        'related-news via target.title',
        (w: string) => `/api/newsroom/related-news?filters[target][title][$contains]=${w}`,
      ],
      [
        'articles via localizations.title',
        (w: string) => `/api/newsroom/articles?filters[localizations][title][$contains]=${w}`,
      ],
      [
        'tags via $or nesting',
        (w: string) =>
          `/api/newsroom/tags?filters[$or][0][articles][title][$contains]=${w}&filters[$or][1][name][$eq]=${NO_SUCH_WORD}`,
      ],
      [
        'tags via $and in a relation',
        (w: string) =>
          `/api/newsroom/tags?filters[articles][$and][0][title][$contains]=${w}&filters[articles][$and][1][id][$notNull]=true`,
      ],
      [
        'tags four levels deep',
        (w: string) =>
          `/api/newsroom/tags?filters[articles][tags][articles][authors][articles][title][$contains]=${w}`,
      ],
    ])('filter oracle (%s): counts do not depend on hidden text', async (_, path) => {
      const counts = await total(path);
      for (const word of HIDDEN_WORDS) expect(counts[word]).toBe(counts[NO_SUCH_WORD]);
    });

    it('filter control: the same filters do match a published headline', async () => {
      const counts = await total(
        (w) => `/api/newsroom/tags?filters[articles][title][$contains]=${w}`
      );
      expect(counts[PUBLISHED_WORD]).toBeGreaterThan(counts[NO_SUCH_WORD]);
    });

    it('a relation filter to stories under $not answers 400', async () => {
      const { status, body } = await get(
        `/api/newsroom/tags?filters[$not][articles][title][$contains]=${HIDDEN_WORDS[0]}`
      );
      expect(status).toBe(400);
      expectNothingHidden(body);
    });

    it('populate filters at any depth do not see hidden text', async () => {
      for (const word of HIDDEN_WORDS) {
        const { status, body } = await get(
          `/api/newsroom/tags?populate[articles][filters][tags][articles][title][$contains]=${word}`
        );
        expect(status).toBe(200);
        expectNothingHidden(body);
        for (const tag of body.data) expect(tag.articles).toEqual([]);
      }
      const deep = await get(
        '/api/newsroom/tags?status=draft&populate[articles][populate][tags][populate][articles][populate][relatedNews][populate]=target'
      );
      expect(deep.status).toBe(200);
      expectNothingHidden(deep.body);
    });

    it('populated links at any depth leave out links to unpublished stories', async () => {
      for (const query of [
        `/api/newsroom/tags/${s.fixtures.tag}?populate[articles][populate]=*`,
        `/api/newsroom/tags/${s.fixtures.tag}?populate=articles.relatedNews`,
        `/api/newsroom/authors/${s.fixtures.author}?populate[articles][populate][relatedNews][populate]=target`,
      ]) {
        const { status, body } = await get(query);
        expect(status).toBe(200);
        expectNothingHidden(body);
        const story = body.data.articles.find(
          (a: { documentId: string }) => a.documentId === s.fixtures.published
        );
        expect(story.relatedNews.map((l: { documentId: string }) => l.documentId)).toEqual([
          s.fixtures.visibleLink,
        ]);
      }
      const links = await get('/api/newsroom/related-news?populate=*&status=draft');
      const ids = links.body.data.map((l: { documentId: string }) => l.documentId);
      expect(ids).toContain(s.fixtures.visibleLink);
      expect(ids).not.toContain(s.fixtures.hiddenLink);
      expect((await get(`/api/newsroom/related-news/${s.fixtures.hiddenLink}`)).status).toBe(404);
    });

    it.each([
      '/api/newsroom/tags?sort=articles.title:asc',
      '/api/newsroom/tags?sort[0][articles][title]=desc',
      '/api/newsroom/articles?sort[relatedNews][target][title]=asc',
      '/api/newsroom/authors?populate[articles][sort]=tags.articles.title',
      '/api/newsroom/articles?sort=status:asc',
    ])('sort through stories or links answers 400: %s', async (path) => {
      const { status, body } = await get(path);
      expect(status).toBe(400);
      expectNothingHidden(body);
    });

    it('publicationFilter and hasPublishedVersion cannot single out stories with unsaved edits', async () => {
      const all = await get('/api/newsroom/articles?pagination[pageSize]=100');
      for (const query of [
        'publicationFilter=modified',
        'publicationFilter=unmodified',
        'hasPublishedVersion=true',
      ]) {
        const { status, body } = await get(
          `/api/newsroom/articles?pagination[pageSize]=100&${query}`
        );
        expect(status).toBe(200);
        expect(body.meta.pagination.total).toBe(all.body.meta.pagination.total);
      }
    });

    it.each([
      ['filters', '/api/newsroom/authors?filters[email][$contains]=hidden'],
      [
        'filters through a relation',
        '/api/newsroom/articles?filters[authors][email][$contains]=hidden',
      ],
      ['filters on importHash', '/api/newsroom/articles?filters[importHash][$notNull]=true'],
      ['filters on nameKey', '/api/newsroom/tags?filters[nameKey][$contains]=security'],
      [
        'filters on targetDocumentId',
        `/api/newsroom/related-news?filters[targetDocumentId][$notNull]=true`,
      ],
      ['sort', '/api/newsroom/authors?sort=email:asc'],
      ['fields', '/api/newsroom/authors?fields[0]=email&fields[1]=name'],
      ['populate fields', '/api/newsroom/articles?populate[authors][fields][0]=email'],
    ])("private fields cannot be used in %s: 400 (Strapi's validator)", async (_, path) => {
      const { status, body } = await get(path);
      expect(status).toBe(400);
      expectNothingHidden(body);
    });

    it('populate=* everywhere returns no private field and no hidden story', async () => {
      for (const path of ['articles', 'authors', 'tags', 'related-news']) {
        // a token's status=draft on articles is a preview of the drafts themselves
        const draft = previews && path === 'articles' ? '' : '&status=draft';
        const { status, body } = await get(`/api/newsroom/${path}?populate=*${draft}`);
        expect(status).toBe(200);
        expectNothingHidden(body);
      }
    });
  });
});
