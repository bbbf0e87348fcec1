/**
 * Tag names are compared the way an editor reads them: "Ukraine – NATO" and " ukraine – nato"
 * are one tag. Names are stored trimmed with inner runs of white space folded to one space;
 * the comparison key is that form, Unicode-normalised (NFKC) and lower-cased in every script.
 */
export const normalizeTagName = (name: string): string =>
  name.normalize('NFKC').replace(/\s+/gu, ' ').trim();

export const tagNameKey = (name: string): string => normalizeTagName(name).toLowerCase();
