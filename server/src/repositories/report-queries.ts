import type { Core } from '@strapi/strapi';

import { linkGraph, readDate } from './link-graph';
import type { StorySubquery } from './story-permissions';

/** The row count before LIMIT, which every row of a page carries (0 without rows). */
const totalOf = (rows: Array<{ total: unknown }>) => Number(rows[0]?.total ?? 0);

/**
 * The reports' queries over a locale's link graph, aggregated in the database; `only` (a
 * subquery of documentIds: the stories the user may read) keeps the stories reported on.
 */
export const reportQueries = (strapi: Core.Strapi) => {
  const q = linkGraph(strapi);

  return {
    /** Published stories with no link out and none in, newest first: documentIds and total. */
    async unlinked(locale: string, limit: number, only?: StorySubquery | null) {
      const page = q.unlinked(locale).select(`${q.article('documentId')} as documentId`, q.total());
      if (only) page.whereIn(q.article('documentId'), only);
      const rows: Array<{ documentId: string; total: unknown }> = await q
        .newestFirst(page, q.article('datePublished'), 'a.id')
        .limit(limit);
      return { ids: rows.map((row) => row.documentId), total: totalOf(rows) };
    },

    /** Links to stories unpublished or deleted, newest story first: link row id and story. */
    async broken(locale: string, limit: number, only?: StorySubquery | null) {
      const dated = q.article('datePublished', 's');
      const broken = q.broken(locale);
      if (only) broken.whereIn(q.article('documentId', 's'), only);
      const rows: Array<{ link: unknown; source: string; total: unknown }> = await broken
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

    /** Published stories still under an embargo at `now` (readers cannot see them yet). */
    async embargoed(locale: string, now: Date, only?: StorySubquery | null) {
      const published = q.published(locale).where(q.article('embargoUntil'), '>', now);
      if (only) published.whereIn(q.article('documentId'), only);
      const [row] = await published.count({ total: '*' });
      return Number((row as { total?: unknown } | undefined)?.total ?? 0);
    },

    /** Published stories dated in [from, to): their date and links out and in. */
    async degrees(locale: string, from: Date, to: Date, only?: StorySubquery | null) {
      const published = q.published(locale);
      if (only) published.whereIn(q.article('documentId'), only);
      const rows: Array<{ datePublished: unknown; linksOut: unknown; linksIn: unknown }> =
        await published
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
