import type { Core } from '@strapi/strapi';

import { UID } from '../../../shared/contracts/uids';
import { toDate } from '../distribution/types';

/** Rows read per query while scanning every published story. */
const SCAN_CHUNK = 10_000;

export type SitemapRow = {
  id: number;
  documentId: string;
  locale: string;
  slug: string | null;
  updatedAt: unknown;
};

type Row = { id: unknown; updatedAt: unknown; embargoUntil?: unknown };

/**
 * A row with `updatedAt` as a sitemap's `lastmod` takes it: the later of its last write and its
 * embargo's end (a story is new to readers when it comes out, though nothing was written then).
 */
const toChanged = <R extends Row>({ embargoUntil, ...row }: R) => {
  const lifted = toDate(embargoUntil);
  const updated = toDate(row.updatedAt);
  return {
    ...row,
    id: Number(row.id),
    updatedAt: lifted && (!updated || lifted > updated) ? lifted : row.updatedAt,
  };
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
    embargoUntil: column('embargoUntil'),
  };
  const table = () => strapi.db.connection(meta.tableName);
  /**
   * Published and out of embargo at the time of the read (the rule of published-only/rules.ts
   * in SQL). The time is bound as a Date, as Strapi writes the column, on every database.
   */
  const readable = (query: ReturnType<typeof table>, now: Date) =>
    query
      .whereNotNull(c.publishedAt)
      .andWhere((q) => q.whereNull(c.embargoUntil).orWhere(c.embargoUntil, '<=', now));

  return {
    /**
     * Every readable published row's id and `updatedAt`, in id order, a chunk at a time: `visit` sees
     * each chunk (the index needs only page bounds and their newest date).
     */
    async scanPublished(visit: (rows: Array<{ id: number; updatedAt: unknown }>) => void) {
      const now = new Date();
      let after = 0;
      for (;;) {
        const rows = await readable(
          table().select({ id: c.id, updatedAt: c.updatedAt, embargoUntil: c.embargoUntil }),
          now
        )
          .andWhere(c.id, '>', after)
          .orderBy(c.id, 'asc')
          .limit(SCAN_CHUNK);
        if (rows.length === 0) return;
        visit((rows as Row[]).map(toChanged));
        if (rows.length < SCAN_CHUNK) return;
        after = Number(rows[rows.length - 1].id);
      }
    },

    /**
     * The published rows with `from <= id < to` (a sitemap page) and, for their hreflang
     * alternates, every other published row of the same stories: one query.
     */
    async pageRows(from: number, to: number | null): Promise<SitemapRow[]> {
      const now = new Date();
      const inPage = readable(table().select(c.documentId), now).andWhere(c.id, '>=', from);
      if (to !== null) inPage.andWhere(c.id, '<', to);
      const rows = await readable(
        table().select({
          id: c.id,
          documentId: c.documentId,
          locale: c.locale,
          slug: c.slug,
          updatedAt: c.updatedAt,
          embargoUntil: c.embargoUntil,
        }),
        now
      )
        .whereIn(c.documentId, inPage)
        .orderBy(c.id, 'asc');
      return (rows as Array<SitemapRow & { embargoUntil: unknown }>).map(toChanged);
    },
  };
};
