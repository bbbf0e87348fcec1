import {
  createNewsroomClient,
  type Article,
  type NewsroomClient,
  type RelatedItem,
} from '../../client/src';
import { startApp, type TestApp } from '../helpers/strapi';

/**
 * The typed client (`strapi-plugin-newsroom/client`) against the running playground: every
 * method, the shapes it answers, no private field; anonymous (the Public role) and with a
 * read-only API token.
 */
const UNIAN_SLUG = 'all-allies-agree-that-ukraine-will-become-a-member-of-nato';
const PRIVATE = ['email', 'importHash', 'nameKey', 'targetDocumentId'];

/** Every key at any depth of a JSON value. */
const keysOf = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap(keysOf)
    : value && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, inner]) => [key, ...keysOf(inner)])
      : [];

const expectNoPrivateField = (value: unknown) => {
  const keys = keysOf(value);
  for (const field of PRIVATE) expect(keys).not.toContain(field);
};

describe('typed client: strapi-plugin-newsroom/client on a running app', () => {
  let app: TestApp;
  let readOnlyToken: string;
  let story: Article;

  beforeAll(async () => {
    app = await startApp();
    ({ accessKey: readOnlyToken } = await app.strapi.service('admin::api-token').create({
      name: 'typed-client-read-only',
      type: 'read-only',
      lifespan: null,
    }));
  });
  afterAll(() => app?.stop());

  const clients = (): Array<[string, NewsroomClient]> => [
    ['anonymous', createNewsroomClient({ baseURL: `${app.url}/api` })],
    ['read-only token', createNewsroomClient({ baseURL: `${app.url}/api`, auth: readOnlyToken })],
  ];

  it.each(['anonymous', 'read-only token'])('reads articles (%s)', async (who) => {
    const client = clients().find(([name]) => name === who)![1];
    const list = await client.articles.find({
      filters: { slug: { $eq: UNIAN_SLUG } },
      populate: ['authors', 'tags', 'relatedNews'],
      locale: 'en',
    });
    expect(list.meta.pagination).toMatchObject({ page: 1, total: 1 });
    [story] = list.data;
    expect(story).toMatchObject({ slug: UNIAN_SLUG, locale: 'en', source: 'UNIAN' });
    expect(typeof story.documentId).toBe('string');
    expect(story.body?.[0].type).toBe('paragraph');
    expect(story.authors?.[0].name).toBe('UNIAN correspondent in Brussels');
    expect(story.tags?.map((tag) => tag.name)).toEqual(['Ukraine – NATO']);
    expectNoPrivateField(list);

    const one = await client.articles.findOne(story.documentId, { populate: ['authors'] });
    expect(one.data.documentId).toBe(story.documentId);
    expectNoPrivateField(one);
  });

  it.each(['anonymous', 'read-only token'])('reads authors, tags and links (%s)', async (who) => {
    const client = clients().find(([name]) => name === who)![1];
    const authors = await client.authors.find({ populate: ['articles'] });
    expect(authors.data.length).toBeGreaterThan(0);
    const author = await client.authors.findOne(authors.data[0].documentId);
    expect(author.data.name).toBe(authors.data[0].name);
    expectNoPrivateField([authors, author]);

    const tags = await client.tags.find({ filters: { slug: { $eq: 'ukraine-nato' } } });
    expect(tags.data.map((tag) => tag.name)).toEqual(['Ukraine – NATO']);
    const tag = await client.tags.findOne(tags.data[0].documentId, { populate: ['articles'] });
    expect(tag.data.articles?.length).toBeGreaterThan(0);
    expectNoPrivateField([tags, tag]);

    const links = await client.relatedNews.find({ populate: ['target'], locale: 'en' });
    expect(links.meta.pagination.total).toBeGreaterThan(0);
    expect(links.data[0].kind).toBe('read-also');
    const link = await client.relatedNews.findOne(links.data[0].documentId, { locale: 'en' });
    expect(link.data.documentId).toBe(links.data[0].documentId);
    expectNoPrivateField([links, link]);
  });

  it('reads a story by slug, its related stories and its links (anonymous)', async () => {
    const client = createNewsroomClient({ baseURL: `${app.url}/api` });
    const bySlug = await client.articles.bySlug(UNIAN_SLUG, { locale: 'en' });
    expect(bySlug.data.title).toBe('All allies agree that Ukraine will become a member of NATO');

    const related = await client.articles.related(bySlug.data.documentId, {
      limit: 3,
      locale: 'en',
    });
    expect(related.meta).toEqual({
      article: { documentId: bySlug.data.documentId },
      limit: 3,
      total: related.data.length,
    });
    expect(related.data.length).toBeGreaterThan(0);
    const first: RelatedItem = related.data[0];
    expect(first).toMatchObject({ kind: 'read-also', origin: 'import', locale: 'en' });

    const links = await client.articles.relatedNews(bySlug.data.documentId, { locale: 'en' });
    expect(links.meta).toEqual({ article: { documentId: bySlug.data.documentId }, total: 2 });
    expect(links.data[0].target?.documentId).toBe(first.documentId);
    expectNoPrivateField([bySlug, related, links]);

    const ninjs = await client.articles.ninjs(bySlug.data.documentId, { locale: 'en' });
    expect(ninjs.headlines[0].value).toBe(bySlug.data.title);
    expect(ninjs.associations?.[0]).toMatchObject({ rel: 'read-also', name: 'link-1' });
  });

  it("answers a missing story with the client's HTTPNotFoundError", async () => {
    const client = createNewsroomClient({ baseURL: `${app.url}/api` });
    await expect(client.articles.bySlug('no-such-story')).rejects.toMatchObject({
      name: 'HTTPNotFoundError',
    });
    await expect(client.articles.related('nosuchdocument')).rejects.toMatchObject({
      name: 'HTTPNotFoundError',
    });
  });

  it('sends the token: a wrong one is refused with HTTPAuthorizationError', async () => {
    const client = createNewsroomClient({ baseURL: `${app.url}/api`, auth: 'not-a-token' });
    await expect(client.tags.find()).rejects.toMatchObject({ name: 'HTTPAuthorizationError' });
  });
});
