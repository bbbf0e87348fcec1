import { RelatedIndex } from '../../server/src/engine/related-index';
import type { StoryInput } from '../../server/src/engine/types';

const DAY = 24 * 3600 * 1000;
const at = (day: number) => Date.UTC(2024, 0, 1) + day * DAY;

const stories: StoryInput[] = [
  {
    id: 'nato-1',
    locale: 'en',
    title: 'NATO allies pledge air defence for Ukraine',
    body: 'Alliance ministers in Brussels agreed new air defence systems for Ukraine.',
    tags: ['Ukraine – NATO'],
    authors: ['Iryna'],
    publishedAt: at(10),
  },
  {
    id: 'nato-2',
    locale: 'en',
    title: 'Ukraine NATO membership talks in Brussels',
    body: 'Alliance leaders discussed membership for Ukraine and air defence.',
    tags: ['Ukraine – NATO'],
    authors: ['Iryna'],
    publishedAt: at(7),
  },
  {
    id: 'nato-3',
    locale: 'en',
    title: 'Summit: alliance to back Ukraine',
    body: 'The summit of the alliance will back Ukraine membership.',
    tags: ['Ukraine – NATO', 'Summits'],
    publishedAt: at(12),
  },
  {
    id: 'football',
    locale: 'en',
    title: 'Dynamo Kyiv win the cup final',
    body: 'Football fans celebrated the cup final win in Kyiv.',
    tags: ['Football'],
    publishedAt: at(9),
  },
  {
    id: 'gas',
    locale: 'en',
    title: 'Gas prices fall in Europe',
    body: 'Gas storage is full and prices fall across Europe.',
    publishedAt: at(8),
  },
  {
    id: 'nato-uk',
    locale: 'uk',
    title: 'Союзники НАТО обіцяють Україні ППО',
    body: 'Міністри альянсу в Брюсселі погодили нові системи ППО для України.',
    tags: ['Україна – НАТО'],
    publishedAt: at(10),
  },
  {
    id: 'nato-copy',
    locale: 'en',
    title: 'NATO allies pledge air defence for Ukraine',
    body: 'Alliance ministers in Brussels agreed new air defence systems for Ukraine.',
    tags: ['Ukraine – NATO'],
    publishedAt: at(10),
  },
];

const build = () => {
  const index = new RelatedIndex({ halfLifeDays: 30 });
  index.build(stories);
  return index;
};

describe('RelatedIndex', () => {
  it('ranks stories on the same subject first, never the story itself or another locale', () => {
    const ids = build()
      .suggest('nato-1')
      .map((s) => s.id);
    expect(ids.slice(0, 2).sort()).toEqual(['nato-2', 'nato-3']);
    expect(ids).not.toContain('nato-1');
    expect(ids).not.toContain('nato-uk');
  });

  it('flags a re-filed copy as a near-duplicate instead of suggesting it', () => {
    const index = build();
    expect(index.suggest('nato-1').map((s) => s.id)).not.toContain('nato-copy');
    const withCopies = index.suggest('nato-1', { includeNearDuplicates: true });
    expect(withCopies.find((s) => s.id === 'nato-copy')).toMatchObject({ nearDuplicate: true });
  });

  it('explains a suggestion: shared tags, strongest shared terms, same author, date', () => {
    const nato2 = build()
      .suggest('nato-1')
      .find((s) => s.id === 'nato-2')!;
    expect(nato2.reasons).toEqual(
      expect.arrayContaining([
        { type: 'tags', tags: ['Ukraine – NATO'] },
        { type: 'author', authors: ['Iryna'] },
        { type: 'date', days: 3, direction: 'earlier' },
      ])
    );
    const terms = nato2.reasons.find((r) => r.type === 'terms');
    expect(terms && 'terms' in terms && terms.terms.length).toBeGreaterThan(0);
    expect(nato2.score).toBeGreaterThan(0);
  });

  it('leaves out excluded stories and, for background links, later ones', () => {
    const index = build();
    expect(index.suggest('nato-1', { exclude: ['nato-2'] }).map((s) => s.id)).not.toContain(
      'nato-2'
    );
    const earlier = index.suggest('nato-1', { onlyEarlier: true }).map((s) => s.id);
    expect(earlier).toContain('nato-2');
    expect(earlier).not.toContain('nato-3');
  });

  it('works in Ukrainian', () => {
    const index = build();
    index.upsert({
      id: 'nato-uk-2',
      locale: 'uk',
      title: 'Україна і НАТО: системи ППО',
      body: 'Альянс погодив системи ППО для України.',
      publishedAt: at(11),
    });
    expect(index.suggest('nato-uk').map((s) => s.id)).toEqual(['nato-uk-2']);
  });

  it('forgets removed stories and suggests for a story it does not hold', () => {
    const index = build();
    index.remove('nato-2');
    expect(index.suggest('nato-1').map((s) => s.id)).not.toContain('nato-2');
    const draft = index.suggestFor({
      id: 'draft',
      locale: 'en',
      title: 'Cup final tickets sold out',
      body: 'Football fans queue for tickets at the stadium.',
    });
    expect(draft[0].id).toBe('football');
  });

  it('weighs recency by the configured half-life', () => {
    // minScore 0 keeps the far story in the list, so its score is checked, not just absent
    const index = new RelatedIndex({
      halfLifeDays: 1,
      recencyWeight: 1,
      latentDimensions: 0,
      minScore: 0,
    });
    // the same text: without recency they would tie, and `far`, indexed first, would lead
    index.build([
      {
        id: 'a',
        locale: 'en',
        title: 'Budget vote',
        body: 'Parliament budget vote',
        publishedAt: at(100),
      },
      {
        id: 'far',
        locale: 'en',
        title: 'Budget vote',
        body: 'Parliament budget vote again',
        publishedAt: at(40),
      },
      {
        id: 'near',
        locale: 'en',
        title: 'Budget vote',
        body: 'Parliament budget vote again',
        publishedAt: at(99),
      },
    ]);
    const suggestions = index.suggest('a', { includeNearDuplicates: true });
    expect(suggestions.map((s) => s.id)).toEqual(['near', 'far']);
    const [near, far] = suggestions;
    expect(near.similarity).toBeGreaterThan(0.5);
    expect(far.similarity).toBe(near.similarity);
    // one day at a one-day half-life halves the score; sixty days leave next to nothing
    expect(near.score).toBeCloseTo(near.similarity / 2, 3);
    expect(far.score).toBeLessThan(near.score / 100);
  });
});

describe('RelatedIndex with the languages option', () => {
  it('matches word forms of a mapped locale through the chosen stemmer', () => {
    const index = new RelatedIndex({ languages: { ua: 'uk' }, latentDimensions: 0 });
    index.build([
      { id: 'a', locale: 'ua', title: 'Союзники України', body: 'Безпека України' },
      { id: 'b', locale: 'ua', title: 'Союзник Україна', body: 'Безпеки' },
    ]);
    expect(index.suggest('a', { includeNearDuplicates: true }).map((s) => s.id)).toEqual(['b']);
    const unmapped = new RelatedIndex({ latentDimensions: 0 });
    unmapped.build([
      { id: 'a', locale: 'ua', title: 'Союзники України', body: 'Безпека України' },
      { id: 'b', locale: 'ua', title: 'Союзник Україна', body: 'Безпеки' },
    ]);
    expect(unmapped.suggest('a')).toEqual([]);
  });
});
