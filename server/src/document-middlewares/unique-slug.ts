import type { Core, UID } from '@strapi/strapi';

import { takenSlugs } from '../repositories/slugs';
import { SLUG_MAX_LENGTH, slugCandidates, toSlug } from '../utils/slug';

type Scope = { uid: UID.ContentType; locale?: string; documentId?: string };

/** Candidates looked up per base and query: `base`, `base-2`, … `base-32`, then the next 32. */
const PROBE = 32;
/** Values bound in one `IN (…)` list, well under every database's limit. */
const IN_LIST = 2000;

/**
 * Slugs from `texts`, in order, that no other document of the content type (in the same
 * locale, when the type is localized) uses yet and that differ from each other and from
 * `reserved`. `fallback` is used for a text that yields no slug at all. Used for one write (the
 * document middlewares) and for a batch of new documents (the importer's bulk path): the
 * same slugs as writing the texts one after the other.
 *
 * The candidates are looked up by equality (`slug IN (…)`, see `takenSlugs`); a
 * `LIKE 'base%'` scan read every row on every create.
 */
export const uniqueSlugs = async (
  strapi: Core.Strapi,
  texts: string[],
  { uid, locale, documentId }: Scope,
  fallback: string,
  reserved: Iterable<string> = []
): Promise<string[]> => {
  // the content type's own bound (tags: 120), so that a long name never makes a slug it refuses
  const slug = strapi.getModel(uid)?.attributes.slug;
  const maxLength = (slug && 'maxLength' in slug ? slug.maxLength : undefined) ?? SLUG_MAX_LENGTH;
  const bases = texts.map((text) => toSlug(text, maxLength) || fallback);
  const need = new Map<string, number>();
  for (const base of bases) need.set(base, (need.get(base) ?? 0) + 1);
  const taken = new Set<string>(reserved);
  const probed = new Map<string, number>();
  const free = new Map<string, string[]>();

  /** Looks up the next PROBE candidates of each base and keeps the free ones. */
  const probe = async (toProbe: string[]) => {
    const candidates = toProbe.flatMap((base) =>
      slugCandidates(base, (probed.get(base) ?? 0) + 1, PROBE, maxLength)
    );
    for (let i = 0; i < candidates.length; i += IN_LIST) {
      const batch = candidates.slice(i, i + IN_LIST);
      for (const slug of await takenSlugs(strapi, uid, batch, { locale, documentId })) {
        taken.add(slug);
      }
    }
    for (const base of toProbe) {
      const from = (probed.get(base) ?? 0) + 1;
      probed.set(base, from + PROBE - 1);
      const list = free.get(base) ?? [];
      for (const candidate of slugCandidates(base, from, PROBE, maxLength)) {
        if (!taken.has(candidate)) list.push(candidate);
      }
      free.set(base, list);
    }
  };

  // Probe again the bases that still lack free candidates, all of them in one round.
  let short = [...need.keys()];
  while (short.length > 0) {
    await probe(short);
    short = short.filter((base) => free.get(base)!.length < need.get(base)!);
  }
  // A candidate of one base can be another's (`a-2` from `a` and from `a-2`): first come first.
  const used = new Set<string>();
  const slugs: string[] = [];
  for (const base of bases) {
    const list = free.get(base)!;
    let slug = list.shift();
    while (slug === undefined || used.has(slug)) {
      if (list.length === 0) await probe([base]);
      slug = list.shift();
    }
    used.add(slug);
    slugs.push(slug);
  }
  return slugs;
};

/**
 * A slug from `text` that no other document of the content type (in the same locale, when
 * the type is localized) uses yet. `fallback` is used when the text yields no slug at all.
 */
export const uniqueSlug = async (
  strapi: Core.Strapi,
  text: string,
  scope: Scope,
  fallback: string
): Promise<string> => (await uniqueSlugs(strapi, [text], scope, fallback))[0];
