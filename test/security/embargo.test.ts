import { UID } from '../../shared/contracts/uids';
import { getText } from '../helpers/publishing';
import { type SecurityApp, startSecurityApp } from './support/app';
import { type Ids, type PathReply, readEveryPath } from './support/embargo-paths';

/**
 * A story published under an embargo (`embargoUntil` ahead) is kept out of every public path —
 * REST, GraphQL, links and related lists, feeds, sitemaps, JSON-LD — for every reader, while an
 * API token's draft preview shows it. When the time comes it is on all of them by itself: no
 * write, the engine's stored lists, the server's kept answers and the ETags follow.
 */
const EMBARGO_WORD = 'Thistlewickembargo';
/** How far ahead the embargo ends: room for every probe before it, on a loaded machine. */
const LEAD_MS = 40_000;
const READERS = ['anonymous (Public role)', 'Users & Permissions user'];
const PREVIEWERS = ['read-only API token', 'full-access API token'];
const LIST = '/api/newsroom/articles?pagination[pageSize]=100';

/** Every public path (support/embargo-paths.ts) by name. */
const PATHS = [
  'REST list',
  'REST findOne',
  'REST slug',
  'REST tag.articles',
  'REST author.articles',
  'REST relatedNews.target',
  'REST related-news list',
  'REST related-news of a story',
  'REST /related (editor link)',
  'REST /related (engine list)',
  'RSS',
  'Atom',
  'RSS of the tag',
  'news sitemap',
  'sitemaps',
  'JSON-LD',
  'GraphQL list',
  'GraphQL single',
  'GraphQL tag.articles',
  'GraphQL author.articles',
  'GraphQL relatedNews.target',
  'GraphQL related-news links',
  'GraphQL related articles',
];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Security: an embargoed story stays out of every public path until its time', () => {
  let s: SecurityApp;
  let ids: Ids;
  let lift: Date;
  let locale: string;
  let before: Record<string, Record<string, PathReply>>;
  let listBefore: { etag: string; cacheControl: string };
  let updatedAtBefore: unknown;

  const row = () =>
    s.app.strapi.db.query(UID.article).findOne({
      where: { documentId: ids.story, publishedAt: { $notNull: true } },
      select: ['updatedAt', 'datePublished', 'embargoUntil'],
    }) as Promise<{ updatedAt: unknown; datePublished: unknown; embargoUntil: unknown }>;

  const headersOf = async (path: string, extra: Record<string, string> = {}) => {
    const response = await fetch(`${s.app.url}${path}`, { headers: extra });
    await response.text();
    return {
      status: response.status,
      etag: response.headers.get('etag') ?? '',
      cacheControl: response.headers.get('cache-control') ?? '',
    };
  };

  beforeAll(async () => {
    s = await startSecurityApp();
    const { strapi } = s.app;
    const unian = (await s.callers[READERS[0]].api.get(LIST)).body.data.find(
      (a: { slug: string }) => a.slug.startsWith('all-allies-agree')
    );
    locale = unian.locale;
    lift = new Date(Date.now() + LEAD_MS);
    const documents = strapi.documents(UID.article as never);
    const created = await documents.create({
      data: {
        title: `NATO summit ${EMBARGO_WORD}: all allies agree Ukraine will become a member of NATO`,
        lead: 'All allies agree that Ukraine will become a member of NATO, Stoltenberg said.',
        tags: [s.fixtures.tag],
        authors: [s.fixtures.author],
        embargoUntil: lift.toISOString(),
      },
    } as never);
    await documents.publish({ documentId: created.documentId } as never);
    await strapi.documents(UID.relatedNews as never).create({
      data: { article: s.fixtures.published, target: created.documentId, kind: 'read-also' },
    } as never);
    const tag = await strapi.db.query(UID.tag).findOne({ where: { documentId: s.fixtures.tag } });
    const slug = (
      await strapi.db.query(UID.article).findOne({ where: { documentId: created.documentId } })
    ).slug as string;
    ids = {
      story: created.documentId,
      slug,
      tag: s.fixtures.tag,
      tagSlug: tag.slug,
      author: s.fixtures.author,
      linking: s.fixtures.published,
      similar: unian.documentId,
    };
    // the engine holds the story in the similar story's stored list: only the read keeps it out
    const index = strapi.plugin('newsroom').service('related-index');
    for (let tries = 0; tries < 100; tries += 1) {
      const list = (await index.storedList(ids.similar, locale)) as Array<[string, number]> | null;
      if (list?.some(([id]) => id === ids.story)) break;
      await sleep(100);
    }
    updatedAtBefore = (await row()).updatedAt;
    before = {};
    for (const name of READERS) {
      before[name] = await readEveryPath(s.app.url, s.callers[name], ids);
    }
    listBefore = await headersOf(LIST);
  }, 240_000);
  afterAll(() => s?.app.stop());

  it('the probes ran before the embargo ended, with the story in the engine list', async () => {
    expect(Date.now()).toBeLessThan(lift.getTime());
    const list = await s.app.strapi
      .plugin('newsroom')
      .service('related-index')
      .storedList(ids.similar, locale);
    expect((list as Array<[string, number]>).map(([id]) => id)).toContain(ids.story);
  });

  describe.each(READERS)('as %s, before the embargo ends', (name) => {
    it.each(PATHS)('%s: the story is absent', (path) => {
      const reply = before[name][path];
      expect(reply).toBeDefined();
      if (['REST findOne', 'REST slug', 'JSON-LD'].includes(path)) {
        // a 404 names what was asked for (the slug holds the word): no data is the proof
        expect(reply.status).toBe(404);
        expect(JSON.parse(reply.text).data ?? null).toBeNull();
        return;
      }
      expect(reply.status).toBe(200);
      expect(reply.text).not.toMatch(new RegExp(EMBARGO_WORD, 'i'));
      expect(reply.text).not.toContain(ids.story);
    });
  });

  it('readers asking for drafts get nothing; API tokens preview it with status=draft', async () => {
    for (const name of READERS) {
      const { api } = s.callers[name];
      expect((await api.get(`/api/newsroom/articles/${ids.story}?status=draft`)).status).toBe(404);
      expect((await api.get(`/api/newsroom/articles/slug/${ids.slug}?status=draft`)).status).toBe(
        404
      );
    }
    for (const name of PREVIEWERS) {
      const { api } = s.callers[name];
      expect((await api.get(`/api/newsroom/articles/${ids.story}`)).status).toBe(404);
      const draft = await api.get(`/api/newsroom/articles/${ids.story}?status=draft`);
      expect(draft.status).toBe(200);
      expect(draft.body.data.title).toContain(EMBARGO_WORD);
      expect(new Date(draft.body.data.embargoUntil).getTime()).toBe(lift.getTime());
      const bySlug = await api.get(`/api/newsroom/articles/slug/${ids.slug}?status=draft`);
      expect(bySlug.body.data?.documentId).toBe(ids.story);
    }
  });

  it('public answers are cached no longer than until the embargo ends', () => {
    const maxAge = Number(/max-age=(\d+)/.exec(listBefore.cacheControl)?.[1]);
    const swr = Number(/stale-while-revalidate=(\d+)/.exec(listBefore.cacheControl)?.[1]);
    expect(listBefore.etag).not.toBe('');
    expect((maxAge + swr) * 1000).toBeLessThanOrEqual(LEAD_MS);
  });

  it('a draft saved with an embargo and published by a Content API write is dated at its end', async () => {
    const api = s.callers[PREVIEWERS[1]].api;
    const until = '2031-05-01T07:00:00.000Z';
    const draft = await s.app.strapi.documents(UID.article as never).create({
      data: { title: 'A later story under a long embargo', embargoUntil: until },
    } as never);
    const put = await api.put(`/api/newsroom/articles/${draft.documentId}?status=published`, {
      data: { lead: 'Written, then published under its embargo.' },
    });
    expect(put.status).toBe(200);
    const rows = (await s.app.strapi.db.query(UID.article).findMany({
      where: { documentId: draft.documentId },
      select: ['datePublished', 'publishedAt'],
    })) as Array<{ datePublished: unknown; publishedAt: unknown }>;
    expect(rows.some((r) => r.publishedAt !== null)).toBe(true);
    for (const r of rows) expect(new Date(r.datePublished as string).toISOString()).toBe(until);
    expect(
      (await s.callers[READERS[0]].api.get(`/api/newsroom/articles/${draft.documentId}`)).status
    ).toBe(404);
  });

  it('a write with an embargo that is not a date answers 400 and writes nothing', async () => {
    const api = s.callers[PREVIEWERS[1]].api;
    const title = 'A story under an embargo that is no date';
    const bad = await api.post('/api/newsroom/articles', {
      data: { title, embargoUntil: 'next Tuesday' },
    });
    // Strapi's own date check answers; its message names the format, not the field
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/ISO date/);
    expect(await s.app.strapi.db.query(UID.article).count({ where: { title } })).toBe(0);
  });

  describe('once the embargo has ended, with no write', () => {
    let after: Record<string, Record<string, PathReply>>;
    beforeAll(async () => {
      await sleep(Math.max(0, lift.getTime() - Date.now()) + 1500);
      after = {};
      for (const name of READERS) {
        after[name] = await readEveryPath(s.app.url, s.callers[name], ids);
      }
    }, 240_000);

    it('nothing was written to the story', async () => {
      expect((await row()).updatedAt).toEqual(updatedAtBefore);
    });

    describe.each(READERS)('as %s', (name) => {
      it.each(PATHS)('%s: the story is there', (path) => {
        const reply = after[name][path];
        expect(reply.status).toBe(200);
        expect(reply.text).toMatch(new RegExp(EMBARGO_WORD, 'i'));
      });
    });

    it('the list has a new ETag; the old one no longer answers 304', async () => {
      const now = await headersOf(LIST);
      expect(now.etag).not.toBe('');
      expect(now.etag).not.toBe(listBefore.etag);
      expect((await headersOf(LIST, { 'if-none-match': listBefore.etag })).status).toBe(200);
      expect((await headersOf(LIST, { 'if-none-match': now.etag })).status).toBe(304);
    });

    it('JSON-LD dates the story at the end of its embargo', async () => {
      const reply = await getText(s.app.url, `/api/newsroom/articles/${ids.story}/jsonld`);
      const data = JSON.parse(reply.text) as { datePublished: string };
      expect(new Date(data.datePublished).getTime()).toBe(lift.getTime());
      expect(new Date((await row()).datePublished as string).getTime()).toBe(lift.getTime());
    });
  });
});
