import { http } from '../helpers/http';
import { startApp, type TestApp } from '../helpers/strapi';

const UID = {
  article: 'plugin::newsroom.article',
  tag: 'plugin::newsroom.tag',
  link: 'plugin::newsroom.related-news',
} as const;

describe('Content API: bad input is refused with a 400 naming the field, and nothing is written', () => {
  let app: TestApp;
  let api: ReturnType<typeof http>;
  let from: string;
  let to: string;

  const counts = async () => ({
    articles: await app.strapi.db.query(UID.article).count({}),
    tags: await app.strapi.db.query(UID.tag).count({}),
    links: await app.strapi.db.query(UID.link).count({}),
  });

  /** Sends a write that must fail; checks the status, the message and that no row changed. */
  const refused = async (method: 'post' | 'put', path: string, data: unknown, field: RegExp) => {
    const before = await counts();
    const reply = await api[method](path, { data });
    expect(reply.status).toBe(400);
    expect(reply.body.error.message).toMatch(field);
    expect(await counts()).toEqual(before);
    return reply;
  };

  beforeAll(async () => {
    app = await startApp();
    api = http(app.url, app.token);
    const create = async (title: string) =>
      (await api.post('/api/newsroom/articles', { data: { title } })).body.data.documentId;
    from = await create('Parliament passes the budget');
    to = await create('What the budget means for pensions');
  });
  afterAll(() => app?.stop());

  it('creates a valid article (the baseline the refusals are measured against)', async () => {
    const reply = await api.post('/api/newsroom/articles', { data: { title: 'Valid story' } });
    expect(reply.status).toBe(201);
    expect(reply.body.data.slug).toBe('valid-story');
  });

  it('refuses unknown fields', async () => {
    await refused('post', '/api/newsroom/articles', { title: 'x', rating: 5 }, /rating/);
  });

  it('refuses wrong types', async () => {
    await refused('post', '/api/newsroom/articles', { title: 42 }, /title/);
    await refused(
      'post',
      '/api/newsroom/related-news',
      { article: from, target: to, position: 'first' },
      /position/
    );
    await refused(
      'post',
      '/api/newsroom/related-news',
      { article: from, target: to, kind: 'gossip' },
      /kind/
    );
  });

  it('refuses missing required fields', async () => {
    await refused('post', '/api/newsroom/articles', { lead: 'No headline' }, /title/);
    await refused('post', '/api/newsroom/tags', { description: 'nameless' }, /name/);
    await refused('post', '/api/newsroom/related-news', { target: to }, /article/);
  });

  it('refuses over-long strings', async () => {
    await refused('post', '/api/newsroom/articles', { title: 'x'.repeat(301) }, /title/);
    await refused('post', '/api/newsroom/tags', { name: 'y'.repeat(101) }, /name/);
  });

  it('refuses malformed URLs', async () => {
    await refused(
      'post',
      '/api/newsroom/articles',
      { title: 'x', canonicalUrl: 'not a url' },
      /canonicalUrl/
    );
    await refused(
      'post',
      '/api/newsroom/related-news',
      { article: from, externalUrl: 'ftp://x', title: 'x' },
      /externalUrl/
    );
  });

  it('refuses a tag that differs from an existing one only by case or spaces', async () => {
    const reply = await refused(
      'post',
      '/api/newsroom/tags',
      { name: '  ukraine – NATO ' },
      /name/
    );
    expect(reply.body.error.message).toContain('Ukraine – NATO');
  });

  it('refuses a self-link, a duplicate link, and a link with both or neither target', async () => {
    const first = await api.post('/api/newsroom/related-news', {
      data: { article: from, target: to },
    });
    expect(first.status).toBe(201);
    await refused(
      'post',
      '/api/newsroom/related-news',
      { article: from, target: from },
      /target.*itself/
    );
    await refused(
      'post',
      '/api/newsroom/related-news',
      { article: from, target: to },
      /target.*already links/
    );
    await refused(
      'post',
      '/api/newsroom/related-news',
      { article: from, target: to, externalUrl: 'https://example.org/x', title: 'x' },
      /target.*exactly one/
    );
    await refused(
      'post',
      '/api/newsroom/related-news',
      { article: from, kind: 'background' },
      /exactly one/
    );
    await refused(
      'post',
      '/api/newsroom/related-news',
      { article: from, externalUrl: 'https://example.org/report' },
      /title/
    );
    await refused(
      'post',
      '/api/newsroom/related-news',
      { article: from, target: 'nosuchdocument' },
      /target/
    );
  });

  it('refuses moving links through the article instead of the link', async () => {
    const link = await app.strapi.db.query(UID.link).findOne({ where: { targetDocumentId: to } });
    await refused(
      'put',
      `/api/newsroom/articles/${to}`,
      { relatedNews: [link.documentId] },
      /relatedNews/
    );
    await refused('put', `/api/newsroom/articles/${from}`, { relatedNews: [] }, /relatedNews/);
    const still = await app.strapi.db
      .query(UID.link)
      .findOne({ where: { documentId: link.documentId }, populate: { article: true } });
    expect(still.article.documentId).toBe(from);
  });

  it('refuses an update that would turn a link into a duplicate or a self-link', async () => {
    const other = (
      await api.post('/api/newsroom/articles', { data: { title: 'Pension reform delayed' } })
    ).body.data.documentId;
    const link = await api.post('/api/newsroom/related-news', {
      data: { article: from, target: other },
    });
    expect(link.status).toBe(201);
    const path = `/api/newsroom/related-news/${link.body.data.documentId}`;
    await refused('put', path, { target: to }, /already links/);
    await refused('put', path, { target: from }, /itself/);
    const stored = await app.strapi.db
      .query(UID.link)
      .findOne({ where: { documentId: link.body.data.documentId } });
    expect(stored.targetDocumentId).toBe(other);
  });
});
