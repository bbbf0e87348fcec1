import type { Core } from '@strapi/strapi';

import type { StoryMapTag } from '../../../shared/contracts/admin';
import { type LinkKind, UID } from '../../../shared/contracts/uids';
import { linkGraph } from './link-graph';
import type { StorySubquery } from './story-permissions';

export type MapStoryRow = {
  id: number;
  documentId: string;
  title: string;
  section: string | null;
  datePublished: Date | string | null;
  tags?: Array<{ name: string }>;
};
export type MapLinkRow = { link: number; source: string; target: string | null; kind: LinkKind };

export type MapSelection = {
  locale: string;
  /** Row id of the tag the stories must carry. */
  tagId?: number;
  /** Inclusive bounds on `datePublished`. */
  from?: Date;
  to?: Date;
  limit: number;
  /** Only these stories: a subquery of documentIds (the user's readable stories). */
  only?: StorySubquery | null;
};

/** The queries of the story map: a locale's published stories and the links touching them. */
export const storyMapRepository = (strapi: Core.Strapi) => {
  const sql = linkGraph(strapi);

  return {
    /** The row id of the tag with this documentId or slug, or null. */
    async tagRowId(documentIdOrSlug: string): Promise<number | null> {
      const found = await strapi.db.query(UID.tag).findOne({
        where: { $or: [{ documentId: documentIdOrSlug }, { slug: documentIdOrSlug }] },
        select: ['id'],
      });
      return found?.id ?? null;
    },

    /** The newest `limit` stories of the selection, and how many it holds in all. */
    async stories({ locale, tagId, from, to, limit, only }: MapSelection) {
      const selected = sql.published(locale);
      if (only) selected.whereIn(sql.article('documentId'), only);
      if (tagId !== undefined) sql.taggedWith(selected, tagId);
      if (from) selected.where(sql.article('datePublished'), '>=', from);
      if (to) selected.where(sql.article('datePublished'), '<=', to);
      const [{ total }] = await selected.clone().count({ total: '*' });
      const picked: Array<{ id: number }> = await sql
        .newestFirst(selected.clone().select('a.id as id'), sql.article('datePublished'), 'a.id')
        .limit(limit);
      const rows: MapStoryRow[] = await strapi.db.query(UID.article).findMany({
        where: { id: { $in: picked.map((row) => row.id) } },
        select: ['id', 'documentId', 'title', 'section', 'datePublished'],
        populate: { tags: { select: ['name'] } },
      });
      const byRowId = new Map(rows.map((row) => [row.id, row]));
      const ordered = picked.flatMap((row) => byRowId.get(row.id) ?? []);
      return { total: Number(total), rows: ordered };
    },

    /** Every link of the locale out of or into one of the stories. */
    async linksTouching(locale: string, documentIds: string[]): Promise<MapLinkRow[]> {
      if (documentIds.length === 0) return [];
      const touching = (column: string): Promise<MapLinkRow[]> =>
        sql
          .withOwners(locale)
          .whereIn(column, documentIds)
          .distinct(...sql.linkColumns);
      return [
        ...(await touching(sql.article('documentId', 's'))),
        ...(await touching(sql.link('targetDocumentId'))),
      ];
    },

    /** The tags on the locale's published stories (among `only`), most used first. */
    async tags(locale: string, limit: number, only?: StorySubquery | null): Promise<StoryMapTag[]> {
      const rows: Array<{
        documentId: string;
        name: string;
        slug: string | null;
        stories: unknown;
      }> = await sql.tagCounts(locale, limit, only);
      return rows.map((row) => ({
        documentId: row.documentId,
        name: row.name,
        slug: row.slug ?? null,
        stories: Number(row.stories),
      }));
    },
  };
};
