/**
 * Tag names are compared the way an editor reads them: "Ukraine – NATO" and " ukraine – nato"
 * are one tag, and so are names that differ only by characters nobody sees. Names are stored
 * NFKC-normalised, without invisible characters (format and default-ignorable code points:
 * zero-width space and joiners, soft hyphen, bidi controls, BOM, variation selectors), trimmed
 * with inner runs of white space folded to one space; the comparison key is that form, case
 * folded in every script.
 */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

export const normalizeTagName = (name: string): string =>
  name.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();

/** Upper then lower case folds what lower case alone misses ("ß" = "SS", "ς" = "σ"). */
export const tagNameKey = (name: string): string =>
  normalizeTagName(name).toUpperCase().toLowerCase().normalize('NFKC');

/** Scripts told apart within a word; Chinese, Japanese and Korean writing mixes its scripts. */
const SCRIPTS: Array<[string, RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u],
  [
    'CJK',
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u,
  ],
  ['Cherokee', /\p{Script=Cherokee}/u],
];

const scriptOf = (letter: string): string =>
  SCRIPTS.find(([, test]) => test.test(letter))?.[0] ?? 'other';

/**
 * The first word of `name` whose letters come from more than one script ("Ukrаine" with a
 * Cyrillic "а"), with the scripts it mixes; null when every word is in one script. Digits,
 * punctuation and marks belong to no script and never count.
 */
export const mixedScriptWord = (name: string): { word: string; scripts: string[] } | null => {
  for (const word of name.match(/[\p{L}\p{M}]+/gu) ?? []) {
    const scripts = new Set<string>();
    for (const letter of word.match(/\p{L}/gu) ?? []) scripts.add(scriptOf(letter));
    if (scripts.size > 1) return { word, scripts: [...scripts] };
  }
  return null;
};
