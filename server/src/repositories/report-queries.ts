import type { Core } from '@strapi/strapi';

import { linkGraph, readDate } from './link-graph';

/** The row count before LIMIT, which every row of a page carries (0 without rows). */
const totalOf = (rows: Array<{ total: unknown }>) => Number(rows[0]?.total ?? 0);

/** The reports' queries over a locale's link graph, aggregated in the database. */
export const reportQueries = (strapi: Core.Strapi) => {
  const q = linkGraph(strapi);

  return {
    /** Published stories with no link out and none in, newest first: documentIds and total. */
    async unlinked(locale: string, limit: number) {
      const page = q.unlinked(locale).select(`${q.article('documentId')} as documentId`, q.total());
      const rows: Array<{ documentId: string; total: unknown }> = await q
        .newestFirst(page, q.article('datePublished'), 'a.id')
        .limit(limit);
      return { ids: rows.map((row) => row.documentId), total: totalOf(rows) };
    },

    /** Links to stories unpublished or deleted, newest story first: link row id and story. */
    async broken(locale: string, limit: number) {
      const dated = q.article('datePublished', 's');
      const rows: Array<{ link: unknown; source: string; total: unknown }> = await q
        .broken(locale)
        .select('l.id as link', `${q.article('documentId', 's')} as source`, q.total())
        .groupBy('l.id', q.article('documentId', 's'))
        .orderByRaw('CASE WHEN MAX(??) IS NULL THEN 1 ELSE 0 END', [dated])
        .orderByRaw('MAX(??) DESC', [dated])
        .orderBy('l.id', 'asc')
        .limit(limit);
      return {
        rows: rows.map((row) => ({ link: Number(row.link), source: row.source })),
        total: totalOf(rows),
      };
    },

    /** Published stories dated in [from, to): their date and links out and in. */
    async degrees(locale: string, from: Date, to: Date) {
      const rows: Array<{ datePublished: unknown; linksOut: unknown; linksIn: unknown }> = await q
        .published(locale)
        .where(q.article('datePublished'), '>=', from)
        .where(q.article('datePublished'), '<', to)
        .select(`${q.article('datePublished')} as datePublished`, ...q.degreeColumns(locale));
      return rows.map((row) => ({
        datePublished: readDate(row.datePublished)!,
        links: Number(row.linksOut) + Number(row.linksIn),
      }));
    },
  };
};
