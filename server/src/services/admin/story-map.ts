import type { Core } from '@strapi/strapi';

import type {
  StoryMapEdge,
  StoryMapNode,
  StoryMapResponse,
  StoryMapTag,
} from '../../../../shared/contracts/admin';
import { type LinkKind, UID } from '../../../../shared/contracts/uids';
import { fieldError } from '../../utils/validation';
import { linkGraph } from '../../repositories/link-graph';

const MAX_TAGS = 200;

export type StoryMapQuery = {
  locale: string;
  /** A tag's documentId or slug. */
  tag?: string;
  /** Inclusive bounds on `datePublished`. */
  from?: Date;
  to?: Date;
  limit: number;
};

type NodeRow = {
  id: number;
  documentId: string;
  title: string;
  section: string | null;
  datePublished: Date | string | null;
  tags?: Array<{ name: string }>;
};
type LinkRow = { link: number; source: string; target: string | null; kind: LinkKind };

/** The story map: published stories and the links between them, for one locale. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async draw({ locale, tag, from, to, limit }: StoryMapQuery): Promise<StoryMapResponse> {
    const sql = linkGraph(strapi);
    const selected = sql.published(locale);
    if (tag) {
      const found = await strapi.db.query(UID.tag).findOne({
        where: { $or: [{ documentId: tag }, { slug: tag }] },
        select: ['id'],
      });
      if (!found) throw fieldError('tag', `no tag has the documentId or slug "${tag}"`);
      sql.taggedWith(selected, found.id);
    }
    if (from) selected.where(sql.article('datePublished'), '>=', from);
    if (to) selected.where(sql.article('datePublished'), '<=', to);

    const [{ total }] = await selected.clone().count({ total: '*' });
    const picked: Array<{ id: number }> = await sql
      .newestFirst(selected.clone().select('a.id as id'), sql.article('datePublished'), 'a.id')
      .limit(limit);
    const rows: NodeRow[] = await strapi.db.query(UID.article).findMany({
      where: { id: { $in: picked.map((row) => row.id) } },
      select: ['id', 'documentId', 'title', 'section', 'datePublished'],
      populate: { tags: { select: ['name'] } },
    });
    const byRowId = new Map(rows.map((row) => [row.id, row]));
    const ordered = picked.map((row) => byRowId.get(row.id)).filter(Boolean) as NodeRow[];
    const ids = ordered.map((row) => row.documentId);

    // Every link touching a node: those between two nodes are the edges; the rest tell
    // whether a node has links at all.
    const touching = async (column: string): Promise<LinkRow[]> =>
      ids.length === 0
        ? []
        : sql
            .withOwners(locale)
            .whereIn(column, ids)
            .distinct(...sql.linkColumns);
    const links = [
      ...(await touching(sql.article('documentId', 's'))),
      ...(await touching(sql.link('targetDocumentId'))),
    ];
    const inMap = new Set(ids);
    const linked = new Set<string>();
    const seen = new Set<number>();
    const edges: StoryMapEdge[] = [];
    const degree = new Map<string, number>();
    for (const { link, source, target, kind } of links) {
      linked.add(source);
      if (target) linked.add(target);
      if (seen.has(Number(link))) continue;
      seen.add(Number(link));
      if (!target || !inMap.has(source) || !inMap.has(target)) continue;
      edges.push({ source, target, kind });
      degree.set(source, (degree.get(source) ?? 0) + 1);
      degree.set(target, (degree.get(target) ?? 0) + 1);
    }

    const nodes: StoryMapNode[] = ordered.map((row) => ({
      documentId: row.documentId,
      title: row.title,
      section: row.section ?? null,
      datePublished: row.datePublished ? new Date(row.datePublished).toISOString() : null,
      tags: (row.tags ?? []).map((t) => t.name),
      degree: degree.get(row.documentId) ?? 0,
      orphan: !linked.has(row.documentId),
    }));
    const tags: StoryMapTag[] = (await sql.tagCounts(locale, MAX_TAGS)).map(
      (row: { documentId: string; name: string; slug: string | null; stories: unknown }) => ({
        documentId: row.documentId,
        name: row.name,
        slug: row.slug ?? null,
        stories: Number(row.stories),
      })
    );
    return {
      data: { nodes, edges },
      meta: { total: Number(total), truncated: Number(total) > nodes.length, tags },
    };
  },
});
