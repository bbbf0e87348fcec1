import { RelatedIndex, type StoryInput } from '../../server/src/engine';
import { bbcStories } from '../helpers/bbc-stories';

const DAY = 24 * 3600 * 1000;
const NOW = Date.UTC(2026, 10, 20);

/** Scores that mean something: similarity first, recency a bounded tie-breaker. */
describe('related-story scores', () => {
  const background = bbcStories(300).map((s) => ({ ...s, tags: [], authors: [] }));
  const nato: StoryInput = {
    id: 'nato',
    locale: 'en',
    title: 'All allies agree that Ukraine will become a member of NATO',
    lead: 'NATO assures that they will be on Ukraine’s side as long as necessary.',
    body: 'All member countries of NATO agree that Ukraine will become a member of the Alliance in the future, Secretary General Jens Stoltenberg said at the NATO headquarters in Brussels.',
    publishedAt: NOW - 1148 * DAY,
  };
  const abbas: StoryInput = {
    id: 'abbas',
    locale: 'en',
    title: "Abbas 'will not tolerate' attacks",
    lead: 'The Palestinian leader said he would not tolerate attacks on Israelis by militants.',
    body: 'Mahmoud Abbas told militant groups that violence would harm the Palestinian cause and the ceasefire.',
    publishedAt: NOW,
  };
  const draft: StoryInput = {
    id: 'draft',
    locale: 'en',
    title: 'NATO allies promise Ukraine membership',
    lead: 'Allies at NATO said Ukraine will become a member of the Alliance.',
    publishedAt: NOW,
  };
  const index = new RelatedIndex();
  index.build([...background, nato, abbas]);

  it('ranks a similar story years older above an unrelated one of the same day', () => {
    const found = index.suggestFor(draft, { limit: 5 });
    expect(found[0].id).toBe('nato');
    const unrelated = found.find((s) => s.id === 'abbas');
    if (unrelated) expect(unrelated.score).toBeLessThan(found[0].score / 2);
  });

  it('keeps the recency effect within recencyWeight, and none for background suggestions', () => {
    const timeless = new RelatedIndex({ halfLifeDays: 0 });
    timeless.build([...background, nato, abbas]);
    const score = (i: RelatedIndex, options = {}) =>
      i.suggestFor(draft, { limit: 5, ...options }).find((s) => s.id === 'nato')!.score;
    const plain = score(timeless);
    const aged = score(index);
    expect(aged).toBeLessThan(plain);
    expect(aged).toBeGreaterThanOrEqual(plain * (1 - index.options.recencyWeight) - 1e-4);
    expect(score(index, { onlyEarlier: true })).toBe(plain);
  });

  it('scores near 1 only near-duplicates', () => {
    const tops = background.slice(0, 100).map((s) => index.suggest(s.id, { limit: 1 })[0].score);
    tops.sort((a, b) => a - b);
    expect(tops[tops.length / 2]).toBeLessThan(0.7);
    expect(tops.filter((score) => score >= 0.9).length).toBeLessThanOrEqual(2);
    const copy = { ...nato, id: 'copy', body: `${nato.body} Updated.` };
    const withCopy = new RelatedIndex();
    withCopy.build([...background, nato, copy]);
    const [first] = withCopy.suggest('nato', { limit: 1, includeNearDuplicates: true });
    expect(first).toMatchObject({ id: 'copy', nearDuplicate: true });
    expect(first.score).toBeGreaterThan(0.9);
  });
});
