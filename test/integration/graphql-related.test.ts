import { http } from '../helpers/http';
import { startApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const UNIAN_SLUG = 'all-allies-agree-that-ukraine-will-become-a-member-of-nato';

const QUERY = `query Related($documentId: ID!, $limit: Int, $locale: I18NLocaleCode) {
  newsroomRelatedArticles(documentId: $documentId, limit: $limit, locale: $locale) {
    kind origin score externalUrl linkTitle afterBlock
    article { documentId title slug authors { name } tags { name } }
  }
}`;

/** GraphQL `newsroomRelatedArticles` answers what REST `/articles/:id/related` answers. */
describe('GraphQL newsroomRelatedArticles', () => {
  let app: TestApp;
  let unian: string;
  let draft: string;

  const gql = async (variables: Record<string, unknown>, token?: string) => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: QUERY, variables }),
    });
    return (await response.json()) as any;
  };

  beforeAll(async () => {
    app = await startApp();
    const readers = http(app.url);
    unian = (await readers.get(`/api/newsroom/articles/slug/${UNIAN_SLUG}`)).body.data.documentId;
    draft = (
      await app.strapi
        .documents(ARTICLE as never)
        .create({ data: { title: 'Allies agree on a NATO draft' } } as never)
    ).documentId;
    // an editor's links: one outside, one to a story that is only a draft (hidden from readers)
    for (const data of [
      { externalUrl: 'https://www.nato.int/', title: 'NATO' },
      { target: draft },
    ]) {
      await app.strapi
        .documents('plugin::newsroom.related-news' as never)
        .create({ data: { article: unian, kind: 'read-also', ...data } } as never);
    }
  });
  afterAll(() => app?.stop());

  it('lists what REST lists, in the same order, with the published articles', async () => {
    const rest = (await http(app.url).get(`/api/newsroom/articles/${unian}/related?limit=8`)).body
      .data;
    const { data, errors } = await gql({ documentId: unian, limit: 8 });
    expect(errors).toBeUndefined();
    const items = data.newsroomRelatedArticles;
    expect(
      items.map((i: any) => [
        i.kind,
        i.origin,
        i.score,
        i.article?.documentId ?? null,
        i.externalUrl ?? null,
        i.afterBlock,
      ])
    ).toEqual(
      rest.map((i: any) => [
        i.kind,
        i.origin,
        i.score,
        i.documentId,
        i.externalUrl ?? null,
        i.afterBlock ?? null,
      ])
    );
    // the UNIAN story's "Read also" links follow its fourth paragraph, as on the page
    expect(
      items.filter((i: any) => i.kind === 'read-also').map((i: any) => i.afterBlock)
    ).toContain(3);
    const external = items.find((i: any) => i.externalUrl);
    expect(external).toMatchObject({
      externalUrl: 'https://www.nato.int/',
      linkTitle: 'NATO',
      article: null,
    });
    // the link to a draft is stored, and neither REST nor GraphQL shows it
    expect(JSON.stringify(data)).not.toContain('NATO draft');
    expect(items.some((i: any) => i.article?.documentId === draft)).toBe(false);
    const story = items.find((i: any) => i.article);
    expect(Array.isArray(story.article.authors)).toBe(true);
    expect(Array.isArray(story.article.tags)).toBe(true);
  });

  it('uses the default limit and refuses a bad one with BAD_USER_INPUT naming limit', async () => {
    const { data } = await gql({ documentId: unian });
    expect(data.newsroomRelatedArticles.length).toBeLessThanOrEqual(5);
    for (const limit of [0, 51]) {
      const { errors } = await gql({ documentId: unian, limit });
      expect(errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(errors[0].message).toMatch(/limit/);
    }
    const locale = await gql({ documentId: unian, locale: 'xx' });
    expect(locale.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('answers an empty list for a story that is not published or does not exist', async () => {
    expect((await gql({ documentId: draft })).data.newsroomRelatedArticles).toEqual([]);
    expect((await gql({ documentId: 'nosuchstory' })).data.newsroomRelatedArticles).toEqual([]);
  });

  it('needs plugin::newsroom.article.related, as REST', async () => {
    const { accessKey } = await app.strapi.service('admin::api-token').create({
      name: 'graphql-related-read-only',
      type: 'read-only',
      lifespan: null,
    });
    const { errors } = await gql({ documentId: unian }, accessKey);
    expect(errors[0].extensions.code).toBe('FORBIDDEN');
    const rest = await http(app.url, accessKey).get(`/api/newsroom/articles/${unian}/related`);
    expect(rest.status).toBe(403);
  });
});
