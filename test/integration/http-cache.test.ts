import { startApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const LINK = 'plugin::newsroom.related-news';
const UNIAN_SLUG = 'all-allies-agree-that-ukraine-will-become-a-member-of-nato';

type Answer = { status: number; headers: Headers; text: string };

/**
 * HTTP caching of the Content API reads: validators and Cache-Control on every GET route, 304
 * for a matching If-None-Match, an ETag that changes with every kind of write that changes the
 * answer, and nothing private or draft kept by a shared cache.
 */
describe('HTTP caching of the Content API reads', () => {
  let app: TestApp;
  let unian: string;
  const ids: Record<string, string> = {};

  const get = async (path: string, headers: Record<string, string> = {}): Promise<Answer> => {
    const response = await fetch(`${app.url}/api/newsroom${path}`, { headers });
    return { status: response.status, headers: response.headers, text: await response.text() };
  };
  const etag = async (path: string) => (await get(path)).headers.get('etag');
  const documents = () => app.strapi.documents(ARTICLE as never);

  beforeAll(async () => {
    app = await startApp();
    unian = JSON.parse((await get(`/articles/slug/${UNIAN_SLUG}`)).text).data.documentId;
    for (const [name, title] of Object.entries({
      linked: 'Stoltenberg in Brussels: NATO will support Ukraine',
      other: 'NATO summit: allies back Ukraine membership',
    })) {
      const doc = await documents().create({ data: { title, lead: `${title}.` } } as never);
      await documents().publish({ documentId: doc.documentId } as never);
      ids[name] = doc.documentId;
    }
    const link = await app.strapi.documents(LINK as never).create({
      data: { article: unian, target: ids.linked, kind: 'background' },
    } as never);
    ids.link = link.documentId;
    const tag = await app.strapi
      .documents('plugin::newsroom.tag' as never)
      .findFirst({ fields: ['documentId'] } as never);
    const author = await app.strapi
      .documents('plugin::newsroom.author' as never)
      .findFirst({ fields: ['documentId'] } as never);
    ids.tag = tag!.documentId;
    ids.author = author!.documentId;
  });
  afterAll(() => app?.stop());

  const routes = () => [
    '/articles',
    '/articles?populate=*',
    `/articles/${unian}`,
    `/articles/slug/${UNIAN_SLUG}`,
    `/articles/${unian}/related-news`,
    `/articles/${unian}/related`,
    '/authors',
    `/authors/${ids.author}`,
    '/tags',
    `/tags/${ids.tag}`,
    '/related-news',
    `/related-news/${ids.link}`,
  ];

  it('answers every GET route with a strong ETag, public Cache-Control and Vary', async () => {
    for (const path of routes()) {
      const { status, headers } = await get(path);
      expect({ path, status }).toEqual({ path, status: 200 });
      expect({ path, etag: headers.get('etag') }).toEqual({
        path,
        etag: expect.stringMatching(/^"[A-Za-z0-9_-]{27}"$/),
      });
      expect(headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=300');
      expect(headers.get('vary')).toMatch(/Authorization/i);
    }
    expect((await get(`/articles/${unian}`)).headers.get('last-modified')).toMatch(/GMT$/);
  });

  it('answers 304 with no body to a matching If-None-Match, 200 to another', async () => {
    for (const path of routes()) {
      const first = await get(path);
      const tag = first.headers.get('etag')!;
      const again = await get(path, { 'if-none-match': tag });
      expect({ path, status: again.status, body: again.text }).toEqual({
        path,
        status: 304,
        body: '',
      });
      expect(again.headers.get('etag')).toBe(tag);
      expect(again.headers.get('cache-control')).toMatch(/^public/);
      expect((await get(path, { 'if-none-match': `W/${tag}, "other"` })).status).toBe(304);
      expect((await get(path, { 'if-none-match': '"other"' })).status).toBe(200);
    }
  });

  it('honours If-Modified-Since where Last-Modified covers the answer: one document, no populate', async () => {
    const one = await get(`/articles/${unian}`);
    const since = one.headers.get('last-modified')!;
    expect((await get(`/articles/${unian}`, { 'if-modified-since': since })).status).toBe(304);
    const past = new Date(Date.parse(since) - 1000).toUTCString();
    expect((await get(`/articles/${unian}`, { 'if-modified-since': past })).status).toBe(200);
    // a list can lose a story without any updatedAt growing: the date is not trusted there
    const list = await get('/articles');
    const listSince = list.headers.get('last-modified')!;
    expect((await get('/articles', { 'if-modified-since': listSince })).status).toBe(200);
    // If-None-Match wins over If-Modified-Since
    expect(
      (await get(`/articles/${unian}`, { 'if-modified-since': since, 'if-none-match': '"x"' }))
        .status
    ).toBe(200);
  });

  /** The ETags of `paths` now; then `write()`; then each must have changed. */
  const expectChange = async (paths: string[], write: () => Promise<unknown>) => {
    const before = await Promise.all(paths.map(etag));
    await write();
    const after = await Promise.all(paths.map(etag));
    paths.forEach((path, i) =>
      expect({ path, changed: after[i] !== before[i] }).toEqual({ path, changed: true })
    );
  };

  it('changes the ETag when the story is updated', async () => {
    await expectChange(
      [`/articles/${unian}`, `/articles/slug/${UNIAN_SLUG}`, '/articles'],
      async () => {
        await documents().update({
          documentId: unian,
          data: { lead: 'All allies agree, an updated lead.' },
        } as never);
        await documents().publish({ documentId: unian } as never);
      }
    );
  });

  it('changes the ETag when a linked story is updated', async () => {
    await expectChange(
      [
        `/articles/${unian}/related`,
        `/articles/${unian}/related-news`,
        `/related-news/${ids.link}?populate=target`,
      ],
      async () => {
        await documents().update({
          documentId: ids.linked,
          data: { title: 'Stoltenberg in Brussels: NATO will keep supporting Ukraine' },
        } as never);
        await documents().publish({ documentId: ids.linked } as never);
      }
    );
  });

  it('changes the ETag when a link is added', async () => {
    await expectChange(
      [
        `/articles/${unian}/related`,
        `/articles/${unian}/related-news`,
        '/related-news',
        `/articles/${unian}?populate=relatedNews`,
      ],
      () =>
        app.strapi.documents(LINK as never).create({
          data: {
            article: unian,
            externalUrl: 'https://www.nato.int/',
            title: 'NATO',
            kind: 'read-also',
          },
        } as never)
    );
  });

  it('changes the ETag when a linked story is unpublished', async () => {
    await expectChange(
      [`/articles/${unian}/related`, `/articles/${unian}/related-news`, '/related-news'],
      () => documents().unpublish({ documentId: ids.linked } as never)
    );
    expect((await get(`/related-news/${ids.link}`)).status).toBe(404);
  });

  it('changes the ETag when the related index changes the fill-ins', async () => {
    const path = `/articles/${unian}/related?limit=20`;
    const before = JSON.parse((await get(path)).text).data.map(
      (i: { documentId: string }) => i.documentId
    );
    let added = '';
    await expectChange([path], async () => {
      const doc = await documents().create({
        data: {
          title: 'Allies agree on Ukraine NATO membership, Stoltenberg says',
          lead: 'All NATO allies agree that Ukraine will become a member of the Alliance.',
        },
      } as never);
      added = doc.documentId;
      await documents().publish({ documentId: added } as never);
    });
    const after = JSON.parse((await get(path)).text).data.map(
      (i: { documentId: string }) => i.documentId
    );
    expect(before).not.toContain(added);
    expect(after).toContain(added);
  });

  it('keeps the ETag when nothing the answer shows has changed', async () => {
    const path = `/articles/${unian}/related`;
    const before = await etag(path);
    await app.strapi
      .documents('plugin::newsroom.tag' as never)
      .create({ data: { name: 'Weather' } } as never);
    expect(await etag(path)).toBe(before);
  });

  it('never lets a shared cache keep an authenticated or draft answer', async () => {
    const token = { authorization: `Bearer ${app.token}` };
    const published = await get(`/articles/${unian}`, token);
    expect(published.headers.get('cache-control')).toBe(
      'private, max-age=60, stale-while-revalidate=300'
    );
    const draft = await get(`/articles/${unian}?status=draft`, token);
    expect(draft.status).toBe(200);
    expect(draft.headers.get('cache-control')).toBe('private, no-store');
    expect(draft.headers.get('etag')).toBeNull();
    const list = await get('/articles?status=draft', token);
    expect(list.headers.get('cache-control')).toBe('private, no-store');
    // anonymous `status=draft` is pinned to published: a public answer, and no draft in it
    const anonymous = await get(`/articles/${unian}?status=draft`);
    expect(anonymous.headers.get('cache-control')).toMatch(/^public/);
    expect(anonymous.text).toBe((await get(`/articles/${unian}`)).text);
  });

  it('leaves errors without validators', async () => {
    const missing = await get('/articles/nosuchstory/related');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('etag')).toBeNull();
  });
});
