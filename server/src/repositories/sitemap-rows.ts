import type { Core } from '@strapi/strapi';

import { UID } from '../../../shared/contracts/uids';

/** Rows read per query while scanning every published story. */
const SCAN_CHUNK = 10_000;

export type SitemapRow = {
  id: number;
  documentId: string;
  locale: string;
  slug: string | null;
  updatedAt: unknown;
};

/**
 * Plain SQL over the articles table for the article sitemaps, fast at 100,000 stories: no
 * Document Service, no populate, only the columns a sitemap shows, read by keyset (`id`).
 */
export const sitemapRowRepository = (strapi: Core.Strapi) => {
  const meta = strapi.db.metadata.get(UID.article);
  const column = (attribute: string) =>
    (meta.attributes[attribute] as { columnName?: string }).columnName ?? attribute;
  const c = {
    id: column('id'),
    documentId: column('documentId'),
    locale: column('locale'),
    slug: column('slug'),
    updatedAt: column('updatedAt'),
    publishedAt: column('publishedAt'),
  };
  const table = () => strapi.db.connection(meta.tableName);

  return {
    /**
     * Every published row's id and `updatedAt`, in id order, a chunk at a time: `visit` sees
     * each chunk (the index needs only page bounds and their newest date).
     */
    async scanPublished(visit: (rows: Array<{ id: number; updatedAt: unknown }>) => void) {
      let after = 0;
      for (;;) {
        const rows = await table()
          .select({ id: c.id, updatedAt: c.updatedAt })
          .whereNotNull(c.publishedAt)
          .andWhere(c.id, '>', after)
          .orderBy(c.id, 'asc')
          .limit(SCAN_CHUNK);
        if (rows.length === 0) return;
        visit(rows.map((r: { id: unknown; updatedAt: unknown }) => ({ ...r, id: Number(r.id) })));
        if (rows.length < SCAN_CHUNK) return;
        after = Number(rows[rows.length - 1].id);
      }
    },

    /**
     * The published rows with `from <= id < to` (a sitemap page) and, for their hreflang
     * alternates, every other published row of the same stories: one query.
     */
    async pageRows(from: number, to: number | null): Promise<SitemapRow[]> {
      const inPage = table()
        .select(c.documentId)
        .whereNotNull(c.publishedAt)
        .andWhere(c.id, '>=', from);
      if (to !== null) inPage.andWhere(c.id, '<', to);
      const rows = await table()
        .select({
          id: c.id,
          documentId: c.documentId,
          locale: c.locale,
          slug: c.slug,
          updatedAt: c.updatedAt,
        })
        .whereNotNull(c.publishedAt)
        .whereIn(c.documentId, inPage)
        .orderBy(c.id, 'asc');
      return rows.map((r: SitemapRow) => ({ ...r, id: Number(r.id) }));
    },
  };
};
