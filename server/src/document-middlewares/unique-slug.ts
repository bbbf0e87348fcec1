import type { Core } from '@strapi/strapi';

import { slugCandidates, toSlug } from '../utils/slug';

type Scope = { uid: string; locale?: string; documentId?: string };

/** Candidates looked up per query: `base`, `base-2`, … `base-32`, then the next 32. */
const PROBE = 32;

/**
 * A slug from `text` that no other document of the content type (in the same locale, when
 * the type is localized) uses yet. `fallback` is used when the text yields no slug at all.
 *
 * The candidates are looked up by equality (`slug IN (…)`), which the slug index answers
 * whatever the size of the archive; a `LIKE 'base%'` scan read every row on every create.
 */
export const uniqueSlug = async (
  strapi: Core.Strapi,
  text: string,
  { uid, locale, documentId }: Scope,
  fallback: string
): Promise<string> => {
  const base = toSlug(text) || fallback;
  for (let from = 1; ; from += PROBE) {
    const candidates = slugCandidates(base, from, PROBE);
    const where: Record<string, unknown> = { slug: { $in: candidates } };
    if (locale) where.locale = locale;
    if (documentId) where.documentId = { $ne: documentId };
    const rows = await strapi.db.query(uid as never).findMany({ where, select: ['slug'] });
    const taken = new Set(rows.map((row: { slug: string }) => row.slug));
    const free = candidates.find((candidate) => !taken.has(candidate));
    if (free) return free;
  }
};
