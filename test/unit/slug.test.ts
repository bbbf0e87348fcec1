import { firstFreeSlug, slugCandidates, toSlug } from '../../server/src/utils/slug';

describe('toSlug', () => {
  it('makes a lower-case, hyphenated ASCII slug of a headline', () => {
    expect(toSlug('All allies agree that Ukraine will become a member of NATO,')).toBe(
      'all-allies-agree-that-ukraine-will-become-a-member-of-nato'
    );
  });

  it('transliterates Ukrainian and Russian letters and drops punctuation and quotes', () => {
    expect(toSlug('Зеленський: «Україна і НАТО — союзники»')).toBe(
      'zelenskij-ukrayina-i-nato-soyuzniki'
    );
    expect(toSlug('Россия не избрана в Совет ООН')).toBe('rossiya-ne-izbrana-v-sovet-oon');
  });

  it('cuts long slugs at the limit without a trailing hyphen', () => {
    const slug = toSlug('word '.repeat(100), 23);
    expect(slug).toBe('word-word-word-word');
    expect(slug.length).toBeLessThanOrEqual(23);
  });

  it('is empty when nothing can be transliterated', () => {
    expect(toSlug('!!! ??? …')).toBe('');
  });
});

describe('firstFreeSlug', () => {
  it('keeps the base when it is free', () => {
    expect(firstFreeSlug('budget', ['budget-vote'])).toBe('budget');
  });

  it('adds the first free numeric suffix', () => {
    expect(firstFreeSlug('budget', ['budget', 'budget-2', 'budget-4'])).toBe('budget-3');
  });

  it('shortens the base, not the suffix, to stay within the limit', () => {
    expect(firstFreeSlug('abcdefghij', ['abcdefghij'], 10)).toBe('abcdefgh-2');
  });
});

describe('slugCandidates', () => {
  it('numbers candidates from the nth on, keeping the suffix within the length', () => {
    expect(slugCandidates('nato-summit', 1, 3)).toEqual([
      'nato-summit',
      'nato-summit-2',
      'nato-summit-3',
    ]);
    expect(slugCandidates('nato-summit', 33, 2)).toEqual(['nato-summit-33', 'nato-summit-34']);
    expect(slugCandidates('abcdef', 10, 1, 6)).toEqual(['abc-10']);
  });
});
