import { Postings } from '../../server/src/engine/postings';
import { RelatedIndex } from '../../server/src/engine/related-index';

describe('postings', () => {
  it('reads a long list in impact order (strongest first), postings appended since after it', () => {
    const postings = new Postings();
    for (let slot = 0; slot < 2000; slot += 1) postings.add(7, slot, (slot % 100) / 100);
    const list = postings.list(7)!;
    expect(list.length).toBe(2000);
    expect(list.ordered).toBe(2000);
    const weights = Array.from(list.weights.subarray(0, list.length));
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    postings.add(7, 2000, 0.5);
    // a few appended postings stay after the ordered part until more come
    const again = postings.list(7)!;
    expect(again.ordered).toBe(2000);
    expect(again.slots[2000]).toBe(2000);
    expect(new Set(again.slots.subarray(0, again.length)).size).toBe(2001);
  });

  it('keeps the impact order of what is left when it drops removed stories', () => {
    const postings = new Postings();
    for (let slot = 0; slot < 4000; slot += 1) postings.add(1, slot, (slot % 50) / 50);
    postings.list(1);
    postings.removed(1500, () => true);
    postings.removed(1500, (slot) => slot % 2 === 0);
    const list = postings.list(1)!;
    expect(list.length).toBe(2000);
    expect(Array.from(list.slots.subarray(0, list.length)).every((s) => s % 2 === 0)).toBe(true);
    const weights = Array.from(list.weights.subarray(0, list.ordered));
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
  });
});

describe('build from a stream', () => {
  const stories = (count: number) =>
    Array.from({ length: count }, (_, i) => ({
      id: `s${i}`,
      locale: 'en',
      title: `Story ${i} about ${i % 2 ? 'football goals' : 'election votes'}`,
      body: `${i % 2 ? 'The striker scored twice' : 'The minister won the vote'} in round ${i % 7}.`,
      tags: [i % 3 ? 'news' : 'sport'],
      publishedAt: i * 1000,
    }));

  it('gives the same index from a generator as from an array', () => {
    const fromArray = new RelatedIndex();
    fromArray.build(stories(120));
    const fromGenerator = new RelatedIndex();
    fromGenerator.build(
      (function* () {
        yield* stories(120);
      })()
    );
    expect(fromGenerator.size).toBe(120);
    expect(fromGenerator.suggest('s3')).toEqual(fromArray.suggest('s3'));
    expect(fromGenerator.get('s4')!.tags.length).toBe(1);
  });
});
