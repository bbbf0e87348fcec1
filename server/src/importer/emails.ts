/**
 * E-mail addresses are private: none becomes an author's public name (nor, through the name,
 * the author's slug). `local@domain` anywhere in a name, optionally in `<…>` or `(…)`.
 */
const EMAIL = /[<(]?\s*[^\s@<>()",;]+@[^\s@<>()",;]+\s*[>)]?/g;

/** Whether a name holds an e-mail address. */
export const hasEmail = (text: string): boolean => {
  EMAIL.lastIndex = 0;
  return EMAIL.test(text);
};

/** A name without its e-mail address(es) ("Iryna Koval <ik@x.ua>" → "Iryna Koval"). */
const withoutEmail = (text: string) =>
  text
    .replace(EMAIL, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:|–—-]+|[\s,;:|–—-]+$/g, '');

/**
 * The public name of an author given as `candidates` (best first: a display name, then a
 * login): the first that holds no e-mail address, else the first with its address taken out
 * when a name is left ("Iryna Koval <ik@x.ua>"), else `anonymous`. `reason` says, for the
 * warning, what was done; it never quotes the address.
 */
export const publicAuthorName = (
  candidates: Array<string | undefined>,
  anonymous: string
): { name: string; reason?: string } => {
  const given = candidates.map((c) => (c ?? '').trim()).filter(Boolean);
  const clean = given.find((name) => !hasEmail(name));
  if (clean !== undefined) {
    return clean === given[0]
      ? { name: clean }
      : { name: clean, reason: `an e-mail address is not a public name; "${clean}" is used` };
  }
  const named = given.map(withoutEmail).find((name) => /[\p{L}\p{N}]/u.test(name));
  if (named) {
    return { name: named, reason: `the e-mail address is left out of the name "${named}"` };
  }
  return {
    name: anonymous,
    reason: `an author known only by an e-mail address is named "${anonymous}"`,
  };
};
