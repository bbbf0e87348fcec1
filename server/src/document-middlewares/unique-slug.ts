import type { Core } from '@strapi/strapi';

import { firstFreeSlug, toSlug } from '../utils/slug';

type Scope = { uid: string; locale?: string; documentId?: string };

/**
 * A slug from `text` that no other document of the content type (in the same locale, when
 * the type is localized) uses yet. `fallback` is used when the text yields no slug at all.
 */
export const uniqueSlug = async (
  strapi: Core.Strapi,
  text: string,
  { uid, locale, documentId }: Scope,
  fallback: string
): Promise<string> => {
  const base = toSlug(text) || fallback;
  const where: Record<string, unknown> = { slug: { $startsWith: base } };
  if (locale) where.locale = locale;
  if (documentId) where.documentId = { $ne: documentId };
  const rows = await strapi.db.query(uid as never).findMany({ where, select: ['slug'] });
  return firstFreeSlug(
    base,
    rows.map((row: { slug: string }) => row.slug)
  );
};
