import { defaultSite } from '../../server/src/config/site';
import { buildFeed } from '../../server/src/distribution/feed';
import { inlineSafeJson } from '../../server/src/distribution/json-ld';
import { siteUrls, type SiteContext } from '../../server/src/distribution/site-urls';
import { articleSitemap, newsSitemap } from '../../server/src/distribution/sitemap';
import type { PublicArticle } from '../../server/src/distribution/types';
import { hostile, xmlClean } from '../security/support/hostile';
import {
  allElements,
  childrenNamed,
  childText,
  parseStrictXml,
} from '../security/support/strict-xml';

const site: SiteContext = {
  ...defaultSite,
  url: 'https://news.example.com',
  mediaUrl: 'https://cms.example.com',
  defaultLocale: 'en',
  publication: { name: hostile('Pub') },
};
const urls = siteUrls(site);

const story: PublicArticle = {
  documentId: 'doc1',
  locale: 'en',
  title: hostile('Title'),
  slug: 'title',
  lead: hostile('Lead'),
  section: hostile('Section'),
  datePublished: '2026-12-01T09:00:00.000Z',
  publishedAt: '2026-12-01T09:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
  cover: { url: '/uploads/cover.png' },
  authors: [{ name: hostile('Author'), slug: 'author' }],
  // a tag without a slug: its term is made from the name, lone surrogate included
  tags: [{ name: hostile('Tag'), slug: null }],
};

describe('feed writer', () => {
  it.each(['rss', 'atom'] as const)(
    '%s: strict XML for hostile texts, each text back as given less forbidden characters',
    (format) => {
      const xml = buildFeed(format, [story], site, urls, { locale: 'en', subtitle: '\u0001<rt>' });
      const root = parseStrictXml(xml);
      const names = allElements(root).map((e) => e.name);
      expect(names).not.toContain('x');
      expect(names).not.toContain('script');
      const feed = format === 'rss' ? childrenNamed(root, 'channel')[0] : root;
      expect(childText(feed, 'title')).toBe(`${xmlClean(site.publication.name)}: <rt>`);
      const [entry] = childrenNamed(feed, format === 'rss' ? 'item' : 'entry');
      expect(childText(entry, 'title')).toBe(xmlClean(story.title));
      expect(childText(entry, format === 'rss' ? 'description' : 'summary')).toBe(
        xmlClean(story.lead!)
      );
      expect(childrenNamed(entry, 'link')[0]).toBeDefined();
      const categories = childrenNamed(entry, 'category').map((c) =>
        format === 'rss' ? c.text : c.attributes.label
      );
      expect(categories).toEqual([xmlClean(story.section!), xmlClean(story.tags[0].name)]);
    }
  );

  it('an empty feed is a feed', () => {
    const root = parseStrictXml(buildFeed('atom', [], site, urls, { locale: 'en' }));
    expect([root.name, childrenNamed(root, 'entry')]).toEqual(['feed', []]);
  });
});

describe('sitemaps without entries', () => {
  it('the news sitemap and an article sitemap are empty urlsets with their namespaces', async () => {
    const news = parseStrictXml(await newsSitemap([], 'Pub'));
    expect(news).toMatchObject({ name: 'urlset', children: [] });
    expect(news.attributes['xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    const page = parseStrictXml(await articleSitemap([]));
    expect(page).toMatchObject({ name: 'urlset', children: [] });
    expect(page.attributes['xmlns:xhtml']).toBe('http://www.w3.org/1999/xhtml');
  });

  it('a news sitemap title is escaped and cleaned', async () => {
    const xml = await newsSitemap(
      [
        {
          url: 'https://news.example.com/a',
          title: story.title,
          published: new Date(),
          language: 'en',
        },
      ],
      hostile('Pub')
    );
    const [url] = childrenNamed(parseStrictXml(xml), 'url');
    expect(childText(childrenNamed(url, 'news:news')[0], 'news:title')).toBe(xmlClean(story.title));
  });
});

describe('inline-safe JSON', () => {
  it('has no <, >, &, U+2028 or U+2029, and parses to the same value', () => {
    const value = { headline: `</script><script>alert(1)</script> & \u2028\u2029 ${story.title}` };
    const text = inlineSafeJson(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
