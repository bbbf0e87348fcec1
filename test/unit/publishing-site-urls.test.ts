import { defaultSite } from '../../server/src/config/site';
import { fillPattern, newsLanguage, siteUrls } from '../../server/src/distribution/site-urls';

const site = (over: Partial<Parameters<typeof siteUrls>[0]> = {}) =>
  siteUrls({ ...defaultSite, url: 'https://news.example.com/', defaultLocale: 'en', ...over });

describe('site URLs', () => {
  it('fills the default patterns, the default locale without a prefix', () => {
    const urls = site();
    expect(urls.article('nato-summit', 'en')).toBe('https://news.example.com/news/nato-summit');
    expect(urls.tag('ukraine-nato', 'en')).toBe('https://news.example.com/tags/ukraine-nato');
    expect(urls.author('olena', 'en')).toBe('https://news.example.com/authors/olena');
    expect(urls.home()).toBe('https://news.example.com/');
    expect(urls.sitemap(3)).toBe('https://news.example.com/sitemaps/articles-3.xml');
  });

  it('prefixes other locales, or every locale, or none', () => {
    expect(site().article('x', 'uk')).toBe('https://news.example.com/uk/news/x');
    expect(site().home('uk')).toBe('https://news.example.com/uk/');
    expect(site({ localePrefix: 'always' }).article('x', 'en')).toBe(
      'https://news.example.com/en/news/x'
    );
    expect(site({ localePrefix: 'never' }).article('x', 'uk')).toBe(
      'https://news.example.com/news/x'
    );
  });

  it('puts the locale where a pattern says, and keeps a base path', () => {
    const urls = site({
      url: 'https://example.com/newsroom',
      paths: { ...defaultSite.paths, article: '/:locale/stories/:slug' },
    });
    expect(urls.article('x', 'uk')).toBe('https://example.com/newsroom/uk/stories/x');
    expect(urls.article('x', 'en')).toBe('https://example.com/newsroom/en/stories/x');
  });

  it('URL-encodes slugs (Cyrillic, spaces, slashes, query characters)', () => {
    const urls = site();
    expect(urls.article('привіт', 'en')).toBe(
      'https://news.example.com/news/%D0%BF%D1%80%D0%B8%D0%B2%D1%96%D1%82'
    );
    expect(urls.article('a b/c?d#e&f', 'en')).toBe(
      'https://news.example.com/news/a%20b%2Fc%3Fd%23e%26f'
    );
    expect(fillPattern('/x/:slug/:other', { slug: '../' })).toBe('/x/..%2F/:other');
  });

  it('resolves media against mediaUrl, keeps absolute ones, and gives none without a base', () => {
    expect(site({ mediaUrl: 'https://cms.example.com/' }).media('/uploads/a.jpg')).toBe(
      'https://cms.example.com/uploads/a.jpg'
    );
    expect(site().media('https://cdn.example.com/a.jpg')).toBe('https://cdn.example.com/a.jpg');
    expect(site().media('/uploads/a.jpg')).toBeUndefined();
    expect(site().media(null)).toBeUndefined();
  });

  it('maps locales to languages, and languages to Google News codes', () => {
    const urls = site({ publication: { name: 'N', languages: { 'uk-UA': 'uk' } } });
    expect(urls.language('uk-UA')).toBe('uk');
    expect(urls.language('fr')).toBe('fr');
    expect(newsLanguage('en-GB')).toBe('en');
    expect(newsLanguage('zh-Hant-TW')).toBe('zh-tw');
    expect(newsLanguage('zh-CN')).toBe('zh-cn');
  });
});
