import config, { defaultConfig } from '../../server/src/config';

describe('plugin configuration', () => {
  it('accepts the defaults and partial overrides', () => {
    expect(() => config.validator(defaultConfig)).not.toThrow();
    expect(() =>
      config.validator({ ...defaultConfig, halfLifeDays: 7, tagWeight: 1 })
    ).not.toThrow();
    expect(() =>
      config.validator({ ...defaultConfig, httpCache: { maxAge: 0, staleWhileRevalidate: 0 } })
    ).not.toThrow();
    expect(() => config.validator({ ...defaultConfig, indexer: false })).not.toThrow();
  });

  it('accepts a languages map of locales to known analysers', () => {
    expect(() =>
      config.validator({
        ...defaultConfig,
        languages: { en: 'en', 'en-GB': 'en', uk: 'uk', ru: 'ru', 'be-BY': 'none' },
      })
    ).not.toThrow();
  });

  it.each([
    [{ halfLifeDays: -1 }, /halfLifeDays must be greater than or equal to 0/],
    [{ recencyWeight: 2 }, /recencyWeight must be less than or equal to 1/],
    [{ fieldWeights: { title: 'big', lead: 1, body: 1 } }, /fieldWeights.title/],
    [{ defaultLimit: 0 }, /defaultLimit/],
    [{ colour: 'blue' }, /unknown option\(s\): colour/],
    [{ languages: { 'en-GB': 'english' } }, /languages\.en-GB: unknown analyser "english"/],
    [{ languages: { uk: 3 } }, /languages\.uk: unknown analyser 3/],
    [{ languages: 'en' }, /languages/],
    [{ httpCache: { maxAge: -1, staleWhileRevalidate: 0 } }, /httpCache.maxAge/],
    [{ httpCache: { maxAge: 60, staleWhileRevalidate: 1.5 } }, /httpCache.staleWhileRevalidate/],
    [{ httpCache: { maxAge: 60, staleWhileRevalidate: 0, etag: 'weak' } }, /unknown option/],
    [{ indexer: 'web' }, /indexer must be true \(this process holds the related index\) or false/],
  ])('stops start-up on %j with a message naming the option', (override, message) => {
    expect(() => config.validator({ ...defaultConfig, ...override })).toThrow(message);
    expect(() => config.validator({ ...defaultConfig, ...override })).toThrow(
      /^newsroom plugin config: /
    );
  });
});

describe('plugin configuration: site', () => {
  const withSite = (site: Record<string, unknown>) => ({
    ...defaultConfig,
    site: { ...defaultConfig.site, ...site },
  });

  it('accepts the defaults (no url) and a full site', () => {
    expect(() => config.validator(withSite({}))).not.toThrow();
    expect(() =>
      config.validator(
        withSite({
          url: 'https://news.example.com/edition',
          mediaUrl: 'https://cms.example.com',
          sitemapPageSize: 2,
          publication: {
            name: 'Demo',
            logo: 'https://x.test/l.png',
            languages: { en: 'en-GB', uk: 'uk' },
          },
        })
      )
    ).not.toThrow();
  });

  it.each([
    [{ url: 'news.example.com' }, /site\.url must be an absolute http\(s\) URL/],
    [{ url: 'https://x.test/?a=1' }, /site\.url/],
    [{ mediaUrl: 'ftp://x.test' }, /site\.mediaUrl/],
    [
      { paths: { ...defaultConfig.site.paths, article: '/news' } },
      /site\.paths\.article must contain :slug/,
    ],
    [
      { paths: { ...defaultConfig.site.paths, tag: 'tags/:slug' } },
      /site\.paths\.tag must start with/,
    ],
    [
      { paths: { ...defaultConfig.site.paths, sitemap: '/s.xml' } },
      /site\.paths\.sitemap must contain :page/,
    ],
    [{ localePrefix: 'sometimes' }, /site\.localePrefix/],
    [{ sitemapPageSize: 50_001 }, /sitemapPageSize/],
    [{ publication: { name: 'N', logo: '/logo.png' } }, /site\.publication\.logo/],
    [
      { publication: { name: 'N', languages: { uk: 'ukrainian language' } } },
      /site\.publication\.languages\.uk/,
    ],
    [{ colour: 'blue' }, /site has unknown option\(s\): colour/],
  ])('stops start-up on site %j with a message naming the option', (site, message) => {
    expect(() => config.validator(withSite(site))).toThrow(message);
  });
});
