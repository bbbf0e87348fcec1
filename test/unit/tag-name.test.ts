import { normalizeTagName, tagNameKey } from '../../server/src/utils/tag-name';

describe('tag names', () => {
  it('trims and folds inner white space, keeping case and punctuation', () => {
    expect(normalizeTagName('  Ukraine   –\tNATO ')).toBe('Ukraine – NATO');
  });

  it('gives one key to names that differ only by case or spaces', () => {
    expect(tagNameKey('Ukraine – NATO')).toBe(tagNameKey(' ukraine – nato'));
    expect(tagNameKey('УКРАЇНА – НАТО')).toBe(tagNameKey('україна – нато'));
  });

  it('normalises Unicode compatibility forms (NFKC) before comparing', () => {
    // "ﬁ" ligature and full-width letters read the same as their plain forms
    expect(tagNameKey('ﬁnance')).toBe(tagNameKey('finance'));
    expect(tagNameKey('ＮＡＴＯ')).toBe(tagNameKey('nato'));
  });

  it('keeps different names apart', () => {
    expect(tagNameKey('Ukraine – NATO')).not.toBe(tagNameKey('Ukraine – EU'));
  });
});
