import Parser from 'rss-parser';

import { PUBLISHING_PATHS as P } from '../../shared/contracts/publishing';
import { UID } from '../../shared/contracts/uids';
import {
  expandJsonLd,
  getText,
  indexEntries,
  isWellFormed,
  SCHEMA,
  sitemapUrls,
} from '../helpers/publishing';
import { startApp, type TestApp } from '../helpers/strapi';

/**
 * Feeds, sitemaps and JSON-LD over HTTP, on a newsroom with a story published in English and
 * Ukrainian (tagged with a running story, bylined, with a cover), an older story (72 hours),
 * and a draft. The playground's site is http://localhost:3000; sitemap pages hold 2 URLs here.
 */
const SITE = 'http://localhost:3000';
const HOUR = 60 * 60 * 1000;

describe('Feeds, sitemaps and structured data', () => {
  let app: TestApp;
  const ids: Record<string, string> = {};
  const get = (path: string) => getText(app.url, path);
  const docs = (uid: string) => app.strapi.documents(uid as never);

  beforeAll(async () => {
    process.env.NEWSROOM_SITEMAP_PAGE_SIZE = '2';
    app = await startApp();
    const tag = await docs(UID.tag).create({
      data: { name: 'Grain corridor', runningStory: true },
    } as never);
    const author = await docs(UID.author).create({
      data: {
        name: 'Olena Probe',
        email: 'olena.private@newsroom.test',
        jobTitle: 'Correspondent',
      },
    } as never);
    const cover = await app.strapi.db.query('plugin::upload.file').create({
      data: {
        name: 'ships.jpg',
        hash: 'ships',
        ext: '.jpg',
        mime: 'image/jpeg',
        size: 10,
        url: '/uploads/ships.jpg',
        provider: 'local',
        width: 800,
        height: 600,
      },
    });
    const fresh = await docs(UID.article).create({
      data: {
        title: 'Ships leave Odesa <again> & again',
        lead: 'Cargo ships left the ports of Odesa.',
        section: 'World news',
        datePublished: new Date(Date.now() - HOUR).toISOString(),
        tags: [tag.documentId],
        authors: [author.documentId],
        cover: cover.id,
        coverCaption: 'Ships in the port',
        coverCredit: 'UNIAN photo',
        body: [
          { type: 'paragraph', children: [{ type: 'text', text: 'The grain corridor works.' }] },
        ],
      },
      status: 'published',
    } as never);
    ids.fresh = fresh.documentId;
    await docs(UID.article).update({
      documentId: fresh.documentId,
      locale: 'uk',
      data: {
        title: 'Судна виходять з Одеси',
        slug: 'sudna-z-odesy',
        lead: 'Українською.',
        tags: [tag.documentId],
      },
      status: 'published',
    } as never);
    const old = await docs(UID.article).create({
      data: {
        title: 'An older harbour story',
        datePublished: new Date(Date.now() - 72 * HOUR).toISOString(),
      },
      status: 'published',
    } as never);
    ids.old = old.documentId;
    const draft = await docs(UID.article).create({
      data: { title: 'Unpublished draft story' },
    } as never);
    ids.draft = draft.documentId;
    ids.tagSlug = (tag as unknown as { slug: string }).slug;
    ids.authorSlug = (author as unknown as { slug: string }).slug;
  });
  afterAll(() => app?.stop());

  const slugOf = async (documentId: string, locale = 'en') =>
    (
      (await app.strapi.db.query(UID.article).findOne({
        where: { documentId, locale, publishedAt: { $notNull: true } },
        select: ['slug'],
      })) as { slug: string }
    ).slug;

  describe('feeds', () => {
    const parser = new Parser();

    it('RSS 2.0: newest first, links on the site, stable guids, authors and categories', async () => {
      const reply = await get(P.rss);
      expect(reply.status).toBe(200);
      expect(reply.type).toBe('application/rss+xml; charset=utf-8');
      expect(isWellFormed(reply.text)).toBe(true);
      const feed = await parser.parseString(reply.text);
      expect(feed.title).toBe('Newsroom Demo');
      const titles = feed.items.map((i) => i.title);
      expect(titles.indexOf('Ships leave Odesa <again> & again')).toBeLessThan(
        titles.indexOf('An older harbour story')
      );
      expect(titles).not.toContain('Unpublished draft story');
      const item = feed.items.find((i) => i.title?.startsWith('Ships'))!;
      expect(item.link).toBe(`${SITE}/news/${await slugOf(ids.fresh)}`);
      expect(item.guid).toBe(`urn:newsroom:article:${ids.fresh}:en`);
      const categories = (item.categories ?? []).map((c: string | { _: string }) =>
        typeof c === 'string' ? c : c._
      );
      expect(categories).toEqual(expect.arrayContaining(['World news', 'Grain corridor']));
      expect(reply.text).toContain(`domain="${SITE}/tags/${ids.tagSlug}"`);
      expect((item as { author?: string }).author).toBe('Olena Probe');
      expect(reply.text).not.toContain('olena.private');
      expect(new Date(item.pubDate!).getTime()).toBeGreaterThan(Date.now() - 2 * HOUR);
    });

    it('Atom: the same stories, with author links and ids', async () => {
      const reply = await get(P.atom);
      expect(reply.status).toBe(200);
      expect(reply.type).toBe('application/atom+xml; charset=utf-8');
      expect(isWellFormed(reply.text)).toBe(true);
      const feed = await parser.parseString(reply.text);
      const item = feed.items.find((i) => i.title?.startsWith('Ships'))!;
      expect(item.id).toBe(`urn:newsroom:article:${ids.fresh}:en`);
      expect(item.link).toBe(`${SITE}/news/${await slugOf(ids.fresh)}`);
      expect(reply.text).toContain(`<uri>${SITE}/authors/${ids.authorSlug}</uri>`);
    });

    it('filters by tag, author, section and locale, and limits', async () => {
      const titles = async (query: string) =>
        (await parser.parseString((await get(`${P.rss}?${query}`)).text)).items.map((i) => i.title);
      expect(await titles(`tag=${ids.tagSlug}`)).toEqual(['Ships leave Odesa <again> & again']);
      expect(await titles(`author=${ids.authorSlug}`)).toEqual([
        'Ships leave Odesa <again> & again',
      ]);
      expect(await titles('section=world-news')).toEqual(['Ships leave Odesa <again> & again']);
      expect(await titles('section=World%20News')).toHaveLength(1);
      expect(await titles('limit=1')).toHaveLength(1);
      const uk = await parser.parseString((await get(`${P.atom}?locale=uk`)).text);
      // the newest Ukrainian story first, then the demo seed's (2023); no English one
      expect(uk.items[0].title).toBe('Судна виходять з Одеси');
      for (const item of uk.items) expect(item.title).toMatch(/^[^A-Za-z]+$/);
      expect(uk.items[0].link).toBe(
        `${SITE}/uk/news/${encodeURIComponent(await slugOf(ids.fresh, 'uk'))}`
      );
    });

    it.each([
      ['an unknown parameter', 'colour=red', 400],
      ['a limit over 100', 'limit=101', 400],
      ['an unknown locale', 'locale=xx', 400],
      ['an unknown tag', 'tag=no-such-tag', 404],
      ['an unknown author', 'author=no-such-author', 404],
    ])('refuses %s', async (_, query, status) => {
      expect((await get(`${P.rss}?${query}`)).status).toBe(status);
    });
  });

  describe('JSON-LD', () => {
    it('a published story is a schema.org NewsArticle, checked by JSON-LD expansion', async () => {
      const reply = await get(`${P.jsonLd(ids.fresh)}?articleBody=true`);
      expect(reply.status).toBe(200);
      expect(reply.type).toBe('application/ld+json; charset=utf-8');
      const doc = JSON.parse(reply.text);
      const [node] = await expandJsonLd(doc);
      expect(node['@type']).toEqual([SCHEMA('NewsArticle')]);
      for (const term of [
        'headline',
        'description',
        'datePublished',
        'dateModified',
        'author',
        'publisher',
        'image',
        'articleSection',
        'keywords',
        'inLanguage',
        'mainEntityOfPage',
        'url',
        'isPartOf',
        'articleBody',
      ]) {
        expect(node).toHaveProperty([SCHEMA(term)]);
      }
      const url = `${SITE}/news/${await slugOf(ids.fresh)}`;
      expect(doc).toMatchObject({
        headline: 'Ships leave Odesa <again> & again',
        url,
        inLanguage: 'en',
        author: [
          { '@type': 'Person', name: 'Olena Probe', url: `${SITE}/authors/${ids.authorSlug}` },
        ],
        publisher: { '@type': 'NewsMediaOrganization', name: 'Newsroom Demo' },
        image: {
          '@type': 'ImageObject',
          url: 'http://localhost:1337/uploads/ships.jpg',
          caption: 'Ships in the port',
          creditText: 'UNIAN photo',
        },
        isPartOf: {
          '@type': 'CreativeWorkSeries',
          name: 'Grain corridor',
          url: `${SITE}/tags/${ids.tagSlug}`,
        },
        keywords: ['Grain corridor'],
        articleBody: 'The grain corridor works.',
      });
      expect(reply.text).not.toContain('olena.private');
    });

    it('the service gives code the same object', async () => {
      const service = app.strapi.plugin('newsroom').service('structured-data');
      const doc = await service.jsonLd(ids.fresh, 'uk');
      expect(doc).toMatchObject({ '@type': 'NewsArticle', inLanguage: 'uk' });
      expect(doc.articleBody).toBeUndefined();
    });

    it('a draft, an unknown story or locale: 404 or 400', async () => {
      expect((await get(P.jsonLd(ids.draft))).status).toBe(404);
      expect((await get(P.jsonLd('nosuchdocument'))).status).toBe(404);
      expect((await get(`${P.jsonLd(ids.old)}?locale=uk`)).status).toBe(404);
      expect((await get(`${P.jsonLd(ids.fresh)}?locale=xx`)).status).toBe(400);
      expect((await get(`${P.jsonLd(ids.fresh)}?populate=*`)).status).toBe(400);
    });
  });

  describe('sitemaps', () => {
    it('the news sitemap lists the last 48 hours with publication, language, date and title', async () => {
      const reply = await get(P.newsSitemap);
      expect(reply.status).toBe(200);
      expect(reply.type).toMatch(/^application\/xml/);
      expect(isWellFormed(reply.text)).toBe(true);
      const urls = sitemapUrls(reply.text);
      const fresh = urls.find(
        (u) => u.loc === `${SITE}/news/${encodeURIComponent(slugOfCache.en)}`
      );
      expect(fresh?.news).toMatchObject({
        name: 'Newsroom Demo',
        language: 'en',
        title: 'Ships leave Odesa <again> & again',
      });
      expect(urls.find((u) => u.news?.language === 'uk')).toBeDefined();
      expect(urls.some((u) => u.news?.title === 'An older harbour story')).toBe(false);
      expect(reply.text).not.toContain('Unpublished draft');
    });

    const slugOfCache: Record<string, string> = {};
    beforeAll(async () => {
      slugOfCache.en = await slugOf(ids.fresh);
      slugOfCache.uk = await slugOf(ids.fresh, 'uk');
    });

    /** Every URL of every article sitemap the index lists. */
    const allPages = async () => {
      const index = await get(P.sitemapIndex);
      expect(index.status).toBe(200);
      expect(isWellFormed(index.text)).toBe(true);
      const entries = indexEntries(index.text);
      const urls = [];
      for (const [i, entry] of entries.entries()) {
        expect(entry.loc).toBe(`${SITE}/sitemaps/articles-${i + 1}.xml`);
        expect(entry.lastmod).toBeDefined();
        const page = await get(P.articleSitemap(i + 1));
        expect(page.status).toBe(200);
        expect(isWellFormed(page.text)).toBe(true);
        const pageUrls = sitemapUrls(page.text);
        expect(pageUrls.length).toBeLessThanOrEqual(2);
        urls.push(...pageUrls);
      }
      return { entries, urls };
    };

    it('the index pages every published story version, with lastmod and hreflang alternates', async () => {
      const published = await app.strapi.db
        .query(UID.article)
        .count({ where: { publishedAt: { $notNull: true } } });
      const { entries, urls } = await allPages();
      expect(entries).toHaveLength(Math.ceil(published / 2));
      expect(urls).toHaveLength(published);
      expect(new Set(urls.map((u) => u.loc)).size).toBe(published);
      for (const u of urls) expect(Date.parse(u.lastmod!)).not.toBeNaN();
      const en = `${SITE}/news/${encodeURIComponent(slugOfCache.en)}`;
      const uk = `${SITE}/uk/news/${encodeURIComponent(slugOfCache.uk)}`;
      const expected = [
        { hreflang: 'en', href: en },
        { hreflang: 'uk', href: uk },
        { hreflang: 'x-default', href: en },
      ];
      for (const loc of [en, uk]) {
        const entry = urls.find((u) => u.loc === loc)!;
        expect(entry.alternates).toEqual(expect.arrayContaining(expected));
        expect(entry.alternates).toHaveLength(3);
      }
      const oldSlug = await slugOf(ids.old);
      expect(urls.find((u) => u.loc.endsWith(`/${oldSlug}`))?.alternates).toEqual([]);
      expect(urls.some((u) => u.loc.includes('unpublished-draft'))).toBe(false);
    });

    it('a publish or an unpublish shows in the next answer (the cache follows writes)', async () => {
      const before = (await allPages()).urls.length;
      const story = await docs(UID.article).create({
        data: { title: 'Late breaking sitemap story' },
        status: 'published',
      } as never);
      expect((await allPages()).urls.length).toBe(before + 1);
      await docs(UID.article).unpublish({ documentId: story.documentId } as never);
      const after = await allPages();
      expect(after.urls.length).toBe(before);
      expect(after.urls.some((u) => u.loc.includes('late-breaking'))).toBe(false);
    });

    it.each([
      ['a page past the last', '/api/newsroom/sitemaps/articles-999.xml', 404],
      ['page 0', '/api/newsroom/sitemaps/articles-0.xml', 404],
      ['a page that is not a number', '/api/newsroom/sitemaps/articles-x.xml', 404],
      ['a parameter', `${P.sitemapIndex}?page=2`, 400],
      ['a parameter on the news sitemap', `${P.newsSitemap}?status=draft`, 400],
    ])('answers %s with the right status', async (_, path, status) => {
      expect((await get(path)).status).toBe(status);
    });
  });

  it('without site.url, every publishing route answers 503', async () => {
    const site = app.strapi.config.get('plugin::newsroom.site') as { url?: string };
    const url = site.url;
    delete site.url;
    try {
      for (const path of [P.rss, P.atom, P.newsSitemap, P.sitemapIndex, P.jsonLd(ids.fresh)]) {
        const reply = await get(path);
        expect([path, reply.status]).toEqual([path, 503]);
        expect(reply.text).toMatch(/site\.url/);
      }
    } finally {
      site.url = url;
    }
  });
});
