import type { Core, UID } from '@strapi/strapi';

/**
 * Which of `candidates` other documents of a content type already use as their slug (in
 * `locale`, when given; `documentId`'s own rows left out). Looked up by equality
 * (`slug IN (…)`), which the slug index answers whatever the size of the archive.
 */
export const takenSlugs = async (
  strapi: Core.Strapi,
  uid: UID.ContentType,
  candidates: string[],
  { locale, documentId }: { locale?: string; documentId?: string }
): Promise<string[]> => {
  const where: Record<string, unknown> = { slug: { $in: candidates } };
  if (locale) where.locale = locale;
  if (documentId) where.documentId = { $ne: documentId };
  const rows: Array<{ slug: string }> = await strapi.db
    .query(uid)
    .findMany({ where, select: ['slug'] });
  return rows.map((row) => row.slug);
};
