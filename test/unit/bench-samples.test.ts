import { spread } from '../../bench/relevance-reuters';

describe('benchmark samples at even steps', () => {
  const all = Array.from({ length: 100 }, (_, i) => i);

  it('takes every step of the set, the k-th sample each step’s k-th item', () => {
    expect(spread(all, 4)).toEqual([0, 25, 50, 75]);
    expect(spread(all, 4, 2)).toEqual([2, 27, 52, 77]);
  });

  it('gives disjoint samples of one size for offsets 0, 1, 2…, and refuses an overlapping one', () => {
    const samples = [0, 1, 2].map((offset) => spread(all, 30, offset));
    expect(new Set(samples.flat()).size).toBe(90);
    expect(() => spread(all, 30, 3)).toThrow(/overlap/);
  });
});
