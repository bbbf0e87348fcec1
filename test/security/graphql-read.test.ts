import { CALLERS, type SecurityApp, startSecurityApp } from './support/app';
import { PUBLISHED_WORD } from './support/fixtures';
import { gql } from './support/graphql';
import { expectNothingHidden, HIDDEN_WORDS, NO_SUCH_WORD } from './support/leaks';

/**
 * GraphQL (/graphql) answers what REST answers: published stories only, links to unpublished
 * stories left out, filters that cannot see hidden text, and no trace of the internal types.
 */
describe('Security: GraphQL reads show published content only', () => {
  let s: SecurityApp;
  beforeAll(async () => {
    s = await startSecurityApp();
  });
  afterAll(() => s?.app.stop());

  it('has no query, mutation or type for the internal tables', async () => {
    const { status, body } = await gql(
      s.app.url,
      s.callers['full-access API token'],
      '{ __schema { types { name } queryType { fields { name } } mutationType { fields { name } } } }'
    );
    expect(status).toBe(200);
    const names = [
      ...body.data.__schema.types.map((t: { name: string }) => t.name),
      ...body.data.__schema.queryType.fields.map((f: { name: string }) => f.name),
      ...body.data.__schema.mutationType.fields.map((f: { name: string }) => f.name),
    ].join(' ');
    expect(names).toMatch(/newsroomArticles/);
    expect(names).not.toMatch(/IndexState|IndexChunk|IndexStor|IndexEvent|Dismissal/i);
    const query = await gql(
      s.app.url,
      s.callers['full-access API token'],
      '{ newsroomIndexStates { documentId } }'
    );
    expect(query.status).toBe(400);
  });

  describe.each(CALLERS)('as %s', (name) => {
    const ask = (query: string, variables?: Record<string, unknown>) =>
      gql(s.app.url, s.callers[name], query, variables);

    it('status: DRAFT on root queries answers published stories', async () => {
      for (const query of [
        '{ newsroomArticles(status: DRAFT, pagination: { limit: 100 }) { documentId title lead } }',
        `{ newsroomArticle(documentId: "${s.fixtures.draft}", status: DRAFT) { title } }`,
        `{ newsroomArticle(documentId: "${s.fixtures.edited}", status: DRAFT) { title lead } }`,
        '{ newsroomTags(status: DRAFT) { name articles { title lead } } }',
        '{ newsroomAuthors(status: DRAFT) { name articles { title lead } } }',
        // page sizes keep the query within the cost limit (graphql-cost.test.ts)
        '{ newsroomTags(status: DRAFT, pagination: { limit: 10 }) { articles(pagination: { limit: 10 }) { title tags(pagination: { limit: 10 }) { articles(pagination: { limit: 5 }) { title lead } } } } }',
        '{ newsroomRelatedNewsLinks(status: DRAFT) { target { title lead } article { title } } }',
        '{ newsroomArticles_connection(status: DRAFT) { pageInfo { total } nodes { title } } }',
      ]) {
        const { status, body } = await ask(query);
        expect({ query, status, errors: body.errors }).toEqual({
          query,
          status: 200,
          errors: undefined,
        });
        expectNothingHidden(body);
      }
      const one = await ask(
        `{ newsroomArticle(documentId: "${s.fixtures.draft}", status: DRAFT) { title } }`
      );
      expect(one.body.data.newsroomArticle).toBeNull();
      const tags = await ask(
        `{ newsroomTags(status: DRAFT, filters: { documentId: { eq: "${s.fixtures.tag}" } }) { articles { documentId } } }`
      );
      expect(tags.body.data.newsroomTags[0].articles).toHaveLength(2);
    });

    it('publicationFilter cannot single out stories with unsaved edits', async () => {
      const all = await ask('{ newsroomArticles_connection { pageInfo { total } } }');
      const modified = await ask(
        '{ newsroomArticles_connection(publicationFilter: MODIFIED) { pageInfo { total } } }'
      );
      expect(modified.status).toBe(200);
      expect(modified.body.data.newsroomArticles_connection.pageInfo.total).toBe(
        all.body.data.newsroomArticles_connection.pageInfo.total
      );
    });

    it.each([
      [
        'articles via tags.articles.title',
        'newsroomArticles_connection',
        '{ tags: { articles: { title: { contains: $w } } } }',
      ],
      [
        'articles via authors.articles.lead',
        'newsroomArticles_connection',
        '{ authors: { articles: { lead: { contains: $w } } } }',
      ],
      [
        'articles via relatedNews.target.title',
        'newsroomArticles_connection',
        '{ relatedNews: { target: { title: { contains: $w } } } }',
      ],
      [
        'tags via articles.title',
        'newsroomTags_connection',
        '{ articles: { title: { contains: $w } } }',
      ],
      [
        'authors via or nesting',
        'newsroomAuthors_connection',
        '{ or: [{ articles: { title: { contains: $w } } }, { name: { eq: "-" } }] }',
      ],
      [
        'related news via target.title',
        'newsroomRelatedNewsLinks_connection',
        '{ target: { title: { contains: $w } } }',
      ],
    ])('filter oracle (%s): counts do not depend on hidden text', async (_, root, filters) => {
      const counts: Record<string, number> = {};
      for (const w of [...HIDDEN_WORDS, NO_SUCH_WORD, PUBLISHED_WORD]) {
        const { status, body } = await ask(
          `query($w: String) { ${root}(filters: ${filters}) { pageInfo { total } } }`,
          { w }
        );
        expect(status).toBe(200);
        expect(body.errors).toBeUndefined();
        counts[w] = body.data[root].pageInfo.total;
      }
      for (const w of HIDDEN_WORDS) expect(counts[w]).toBe(counts[NO_SUCH_WORD]);
    });

    it('relation field filters do not see hidden text', async () => {
      for (const w of HIDDEN_WORDS) {
        const { body } = await ask(
          'query($w: String) { newsroomTags { articles(filters: { tags: { articles: { title: { contains: $w } } } }) { title } } }',
          { w }
        );
        expect(body.errors).toBeUndefined();
        for (const tag of body.data.newsroomTags) expect(tag.articles).toEqual([]);
      }
    });

    it('a relation filter to stories under not is refused', async () => {
      const { body } = await ask(
        'query($w: String) { newsroomTags(filters: { not: { articles: { title: { contains: $w } } } }) { name } }',
        { w: HIDDEN_WORDS[0] }
      );
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.data?.newsroomTags ?? null).toBeNull();
    });

    it('sort through stories is refused', async () => {
      const { body } = await ask('{ newsroomTags(sort: "articles.title:asc") { name } }');
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('links to unpublished stories are left out, as in REST', async () => {
      const story = await ask(
        `{ newsroomArticle(documentId: "${s.fixtures.published}") { relatedNews { documentId target { documentId } } } }`
      );
      expect(story.body.errors).toBeUndefined();
      expect(story.body.data.newsroomArticle.relatedNews).toEqual([
        { documentId: s.fixtures.visibleLink, target: { documentId: s.fixtures.edited } },
      ]);
      const links = await ask(
        '{ newsroomRelatedNewsLinks(status: DRAFT) { documentId target { title } } }'
      );
      const ids = links.body.data.newsroomRelatedNewsLinks.map(
        (l: { documentId: string }) => l.documentId
      );
      expect(ids).toContain(s.fixtures.visibleLink);
      expect(ids).not.toContain(s.fixtures.hiddenLink);
      for (const link of links.body.data.newsroomRelatedNewsLinks)
        expect(link.target).not.toBeNull();
      const hidden = await ask(
        `{ newsroomRelatedNews(documentId: "${s.fixtures.hiddenLink}") { documentId } }`
      );
      expect(hidden.body.data.newsroomRelatedNews).toBeNull();
      const nested = await ask('{ newsroomTags { articles { relatedNews { documentId } } } }');
      expectNothingHidden(nested.body);
      expect(JSON.stringify(nested.body)).not.toContain(s.fixtures.hiddenLink);
    });

    it('private fields are not in the schema', async () => {
      for (const query of [
        '{ newsroomAuthors { email } }',
        '{ newsroomArticles { importHash } }',
        '{ newsroomTags { nameKey } }',
        '{ newsroomRelatedNewsLinks { targetDocumentId } }',
        '{ newsroomAuthors(filters: { email: { contains: "hidden" } }) { name } }',
      ]) {
        const { status, body } = await ask(query);
        expect(status).toBe(400);
        expectNothingHidden(body.data ?? null);
      }
    });
  });
});
