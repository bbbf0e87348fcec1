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
  ])('stops start-up on %j with a message naming the option', (override, message) => {
    expect(() => config.validator({ ...defaultConfig, ...override })).toThrow(message);
    expect(() => config.validator({ ...defaultConfig, ...override })).toThrow(
      /^newsroom plugin config: /
    );
  });
});
