import { http } from '../helpers/http';
import { startApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const UNIAN_SLUG = 'all-allies-agree-that-ukraine-will-become-a-member-of-nato';

describe('Content API: what readers see', () => {
  let app: TestApp;
  let publicApi: ReturnType<typeof http>;

  beforeAll(async () => {
    app = await startApp();
    publicApi = http(app.url);
  });
  afterAll(() => app?.stop());

  it('serves the seeded UNIAN story by slug filter with its tag, authors and read-also links', async () => {
    const { status, body } = await publicApi.get(
      `/api/newsroom/articles?filters[slug][$eq]=${UNIAN_SLUG}&populate=*`
    );
    expect(status).toBe(200);
    expect(body.data).toHaveLength(1);
    const story = body.data[0];
    expect(story.title).toBe('All allies agree that Ukraine will become a member of NATO');
    expect(story.lead).toBe(
      'NATO assures that they will be on Ukraine’s side as long as necessary.'
    );
    expect(story.coverCaption).toBe('NATO has assured that it will support Ukraine');
    expect(story.coverCredit).toBe('UNIAN collage, photo');
    expect(story.source).toBe('UNIAN');
    expect(story.tags.map((t: { name: string }) => t.name)).toEqual(['Ukraine – NATO']);
    expect(story.authors).toHaveLength(1);
    expect(story.relatedNews.map((l: { kind: string }) => l.kind)).toEqual([
      'read-also',
      'read-also',
    ]);
    expect(story.body[0].type).toBe('paragraph');
    expect(story).not.toHaveProperty('importHash');
  });

  it('serves one article by slug and by documentId, and 404s an unknown one', async () => {
    const bySlug = await publicApi.get(`/api/newsroom/articles/slug/${UNIAN_SLUG}`);
    expect(bySlug.status).toBe(200);
    const byId = await publicApi.get(`/api/newsroom/articles/${bySlug.body.data.documentId}`);
    expect(byId.status).toBe(200);
    expect(byId.body.data.slug).toBe(UNIAN_SLUG);
    expect((await publicApi.get('/api/newsroom/articles/slug/no-such-story')).status).toBe(404);
    expect((await publicApi.get('/api/newsroom/articles/nosuchdocumentid')).status).toBe(404);
  });

  it('lists the links of a story in editor order with their targets', async () => {
    const story = (await publicApi.get(`/api/newsroom/articles/slug/${UNIAN_SLUG}`)).body.data;
    const { status, body } = await publicApi.get(
      `/api/newsroom/articles/${story.documentId}/related-news`
    );
    expect(status).toBe(200);
    expect(body.data.map((l: { position: number }) => l.position)).toEqual([0, 1]);
    expect(body.data[0].target.title).toBe('Zelensky arrived at the NATO headquarters in Brussels');
    expect(body.data[0].target.publishedAt).not.toBeNull();
    expect(body.data[1].target.title).toMatch(/^Russia was not elected/);
  });

  it('supports fields, sort and pagination the Strapi way', async () => {
    const { status, body } = await publicApi.get(
      '/api/newsroom/articles?fields[0]=title&sort=title:asc&pagination[pageSize]=2&pagination[page]=1'
    );
    expect(status).toBe(200);
    expect(body.meta.pagination).toMatchObject({ page: 1, pageSize: 2, total: 3, pageCount: 2 });
    expect(Object.keys(body.data[0]).sort()).toEqual(['documentId', 'id', 'title']);
    const titles = body.data.map((a: { title: string }) => a.title);
    expect([...titles].sort()).toEqual(titles);
  });

  it('lists tags and authors with their published articles, never an author e-mail', async () => {
    await app.strapi.documents('plugin::newsroom.author').create({
      data: { name: 'Olena Private', email: 'olena@example.com' },
    } as never);
    const authors = await publicApi.get('/api/newsroom/authors?populate=articles');
    expect(authors.status).toBe(200);
    expect(authors.body.data.length).toBeGreaterThanOrEqual(2);
    for (const author of authors.body.data) expect(author).not.toHaveProperty('email');
    const tags = await publicApi.get(
      '/api/newsroom/tags?filters[slug][$eq]=ukraine-nato&populate=articles'
    );
    expect(tags.body.data[0].articles.map((a: { title: string }) => a.title).sort()).toEqual([
      'All allies agree that Ukraine will become a member of NATO',
      'Zelensky arrived at the NATO headquarters in Brussels',
    ]);
    expect(tags.body.data[0]).not.toHaveProperty('nameKey');
  });

  it('shows a story only once published, and hides it again when unpublished', async () => {
    const documents = app.strapi.documents(ARTICLE);
    const draft = await documents.create({
      data: { title: 'Kyiv metro extends night service' },
    } as never);
    const path = `/api/newsroom/articles/${draft.documentId}`;
    expect((await publicApi.get(path)).status).toBe(404);
    expect((await publicApi.get(`${path}?status=draft`)).status).toBe(404);

    await documents.publish({ documentId: draft.documentId } as never);
    const published = await publicApi.get(path);
    expect(published.status).toBe(200);
    expect(published.body.data.slug).toBe('kyiv-metro-extends-night-service');
    expect(published.body.data.datePublished).not.toBeNull();

    await documents.unpublish({ documentId: draft.documentId } as never);
    expect((await publicApi.get(path)).status).toBe(404);
    const list = await publicApi.get(
      '/api/newsroom/articles?filters[documentId][$eq]=' + draft.documentId
    );
    expect(list.body.data).toHaveLength(0);
  });
});
