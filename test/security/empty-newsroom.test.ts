import { PUBLISHING_PATHS as P } from '../../shared/contracts/publishing';
import { UID } from '../../shared/contracts/uids';
import { http } from '../helpers/http';
import { getText, indexEntries } from '../helpers/publishing';
import { startApp, type TestApp } from '../helpers/strapi';
import { childrenNamed, parseStrictXml } from './support/strict-xml';

/**
 * Nothing to list is a normal state: a newsroom whose only story is older than the news
 * sitemap's 48 hours (a fresh demo, a quiet weekend), then one with no story at all, answers
 * 200 on every feed, sitemap and list route, with an empty, well-formed document; so does a
 * feed filtered by a section, tag or author that no published story has.
 */
const SITEMAP = 'http://www.sitemaps.org/schemas/sitemap/0.9';

describe('Security: an empty newsroom answers 200 everywhere', () => {
  let app: TestApp;
  const get = (path: string) => getText(app.url, path);
  const api = () => http(app.url);

  /** A urlset with no URL, with its namespaces declared. */
  const expectEmptyUrlset = async (path: string, namespace: [string, string]) => {
    const reply = await get(path);
    expect([path, reply.status]).toEqual([path, 200]);
    const root = parseStrictXml(reply.text);
    expect(root.name).toBe('urlset');
    expect(root.attributes).toMatchObject({ xmlns: SITEMAP, [namespace[0]]: namespace[1] });
    expect(root.children).toEqual([]);
  };
  const NEWS: [string, string] = ['xmlns:news', 'http://www.google.com/schemas/sitemap-news/0.9'];
  const XHTML: [string, string] = ['xmlns:xhtml', 'http://www.w3.org/1999/xhtml'];

  /** A feed with no item or entry, well-formed. */
  const expectEmptyFeed = async (path: string) => {
    const reply = await get(path);
    expect([path, reply.status]).toEqual([path, 200]);
    const root = parseStrictXml(reply.text);
    if (root.name === 'rss') {
      expect(childrenNamed(childrenNamed(root, 'channel')[0], 'item')).toEqual([]);
    } else {
      expect([root.name, childrenNamed(root, 'entry')]).toEqual(['feed', []]);
    }
  };

  beforeAll(async () => {
    app = await startApp();
  }, 300_000);
  afterAll(() => app?.stop());

  it('a newsroom with no story of the last 48 hours: the news sitemap is an empty urlset', async () => {
    const published = await api().get('/api/newsroom/articles');
    expect(published.body.data.length).toBeGreaterThan(0); // the demo story, older than 48 h
    await expectEmptyUrlset(P.newsSitemap, NEWS);
  });

  it('feeds filtered by a section, tag or author without published stories are empty', async () => {
    const docs = (uid: string) => app.strapi.documents(uid as never);
    const tag = (await docs(UID.tag).create({ data: { name: 'Quiet tag' } } as never)) as {
      slug?: string;
    };
    const author = (await docs(UID.author).create({ data: { name: 'Quiet Author' } } as never)) as {
      slug?: string;
    };
    for (const feed of [P.rss, P.atom]) {
      await expectEmptyFeed(`${feed}?section=no-such-section`);
      await expectEmptyFeed(`${feed}?tag=${tag.slug}`);
      await expectEmptyFeed(`${feed}?author=${author.slug}`);
    }
  });

  it('a newsroom without any story: every feed, sitemap and list answers 200, empty', async () => {
    const articles = (await app.strapi.db
      .query(UID.article)
      .findMany({ select: ['documentId'] })) as Array<{ documentId: string }>;
    for (const documentId of new Set(articles.map((a) => a.documentId))) {
      await app.strapi.documents(UID.article as never).delete({ documentId, locale: '*' } as never);
    }
    expect(await app.strapi.db.query(UID.article).count()).toBe(0);

    await expectEmptyUrlset(P.newsSitemap, NEWS);
    const index = await get(P.sitemapIndex);
    expect(index.status).toBe(200);
    expect(indexEntries(index.text)).toHaveLength(1);
    await expectEmptyUrlset(P.articleSitemap(1), XHTML);
    for (const feed of [P.rss, P.atom]) {
      await expectEmptyFeed(feed);
      await expectEmptyFeed(`${feed}?locale=uk`);
    }
    for (const list of ['articles', 'related-news']) {
      const reply = await api().get(`/api/newsroom/${list}`);
      expect([list, reply.status, reply.body.data]).toEqual([list, 200, []]);
    }
    for (const list of ['tags', 'authors']) {
      const reply = await api().get(`/api/newsroom/${list}?populate=articles`);
      expect([list, reply.status]).toEqual([list, 200]);
      for (const entry of reply.body.data) expect(entry.articles).toEqual([]);
    }
  });
});
