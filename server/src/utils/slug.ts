import slugify from 'slugify';

/** The longest slug the schemas allow (`slug.maxLength` of article and author). */
export const SLUG_MAX_LENGTH = 200;

/**
 * URL slug of a headline or a name: transliterated (Cyrillic included), lower case, ASCII
 * letters, digits and hyphens only, cut at a word boundary when longer than `maxLength`.
 * Empty when the text has nothing to transliterate.
 */
export const toSlug = (text: string, maxLength = SLUG_MAX_LENGTH): string => {
  const full = slugify(text, { lower: true, strict: true, trim: true });
  if (full.length <= maxLength) return full;
  const cut = full.slice(0, maxLength);
  const lastBreak = cut.lastIndexOf('-');
  const whole = full[maxLength] === '-' || lastBreak <= 0 ? cut : cut.slice(0, lastBreak);
  return whole.replace(/-+$/, '');
};

/** The `n`th slug made from `base`: `base` itself, then `base-2`, `base-3`, … */
const numbered = (base: string, n: number, maxLength: number) => {
  if (n === 1) return base;
  const suffix = `-${n}`;
  return `${base.slice(0, maxLength - suffix.length).replace(/-+$/, '')}${suffix}`;
};

/**
 * `count` candidates from the `from`th on (1 is `base`, 2 is `base-2`, …). The suffix is kept
 * within `maxLength` by shortening the base, never by cutting the suffix.
 */
export const slugCandidates = (
  base: string,
  from: number,
  count: number,
  maxLength = SLUG_MAX_LENGTH
): string[] => Array.from({ length: count }, (_, i) => numbered(base, from + i, maxLength));

/** The first of `base`, `base-2`, `base-3`, … that is not in `taken`. */
export const firstFreeSlug = (
  base: string,
  taken: Iterable<string>,
  maxLength = SLUG_MAX_LENGTH
): string => {
  const used = new Set(taken);
  for (let n = 1; ; n += 1) {
    const candidate = numbered(base, n, maxLength);
    if (!used.has(candidate)) return candidate;
  }
};
