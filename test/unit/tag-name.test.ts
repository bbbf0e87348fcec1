import { mixedScriptWord, normalizeTagName, tagNameKey } from '../../server/src/utils/tag-name';

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

describe('tag names: invisible characters and mixed scripts', () => {
  it.each([
    ['zero-width space', 'Ukr\u200Baine'],
    ['zero-width non-joiner', 'Ukr\u200Caine'],
    ['zero-width joiner', 'Ukra\u200Dine'],
    ['word joiner', 'Ukr\u2060aine'],
    ['soft hyphen', 'Ukr\u00ADaine'],
    ['bidi override and pop', '\u202EUkraine\u202C'],
    ['bidi isolates', '\u2066Ukraine\u2069'],
    ['left-to-right and right-to-left marks', '\u200EUkraine\u200F'],
    ['byte order mark', '\uFEFFUkraine'],
  ])('drops a %s from the name and the key', (_, name) => {
    expect(normalizeTagName(name)).toBe('Ukraine');
    expect(tagNameKey(name)).toBe(tagNameKey('ukraine'));
  });

  it('folds case beyond lower case ("ß" = "SS")', () => {
    expect(tagNameKey('Straße')).toBe(tagNameKey('STRASSE'));
  });

  it('finds a word mixing scripts, naming the scripts', () => {
    expect(mixedScriptWord('Ukr\u0430ine – NATO')).toEqual({
      word: 'Ukr\u0430ine',
      scripts: ['Latin', 'Cyrillic'],
    });
    expect(mixedScriptWord('N\u0391TO')).toMatchObject({ scripts: ['Latin', 'Greek'] });
  });

  it('accepts words in one script each, digits and punctuation, and CJK writing', () => {
    expect(mixedScriptWord('Ukraine – НАТО')).toBeNull();
    expect(mixedScriptWord('COVID-19')).toBeNull();
    expect(mixedScriptWord('Україна')).toBeNull();
    expect(mixedScriptWord('東京オリンピック')).toBeNull();
    expect(mixedScriptWord('Café résumé')).toBeNull();
  });
});
