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

/**
 * The first of `base`, `base-2`, `base-3`, … that is not in `taken`. The suffix is kept within
 * `maxLength` by shortening the base, never by cutting the suffix.
 */
export const firstFreeSlug = (
  base: string,
  taken: Iterable<string>,
  maxLength = SLUG_MAX_LENGTH
): string => {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, maxLength - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
};
