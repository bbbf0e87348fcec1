import { RelatedIndex, type StoryInput } from '../../server/src/engine';
import { bbcStories } from '../helpers/bbc-stories';

/**
 * Stories are only compared within their locale, and every statistic (idf, tag rarity, latent
 * space) is counted per locale: a locale's suggestions and scores do not move when another
 * locale grows tenfold.
 */
describe('per-locale statistics', () => {
  const corpus = bbcStories(1320);
  const small: StoryInput[] = corpus
    .slice(0, 120)
    .map((s, i) => ({ ...s, id: `uk-${i}`, locale: 'uk', tags: [i % 2 ? 'politics' : 'sport'] }));
  const large: StoryInput[] = corpus
    .slice(120)
    .map((s, i) => ({ ...s, id: `en-${i}`, locale: 'en', tags: ['politics'] }));

  /** The small locale's stories with the large one's interleaved (ten of them after each). */
  const mixed = small.flatMap((story, i) => [story, ...large.slice(10 * i, 10 * i + 10)]);

  const suggestions = (index: RelatedIndex) =>
    small.slice(0, 40).map((s) => index.suggest(s.id, { limit: 8 }));

  it('gives the same suggestions and scores with or without 10x stories of another locale', () => {
    const alone = new RelatedIndex();
    alone.build(small);
    const together = new RelatedIndex();
    together.build(mixed);
    expect(together.size).toBe(small.length * 11);
    expect(together.latentOf('uk')).toBeDefined();
    expect(together.latentOf('en')).toBeDefined();
    const expected = suggestions(alone);
    expect(expected.flat().length).toBeGreaterThan(100);
    expect(suggestions(together)).toEqual(expected);
  });

  it('keeps them when the other locale stories arrive one by one after the build', () => {
    const alone = new RelatedIndex();
    alone.build(small);
    const expected = suggestions(alone);
    const grown = new RelatedIndex();
    grown.build(small);
    for (const story of large) grown.upsert(story);
    expect(suggestions(grown)).toEqual(expected);
  });

  it('counts idf among the stories of the locale alone', () => {
    const index = new RelatedIndex();
    index.build(mixed);
    expect(index.localeSize('uk')).toBe(small.length);
    expect(index.localeSize('en')).toBe(large.length);
    index.remove('uk-0');
    expect(index.localeSize('uk')).toBe(small.length - 1);
  });
});
