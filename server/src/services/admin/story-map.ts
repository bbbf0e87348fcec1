import type { Core } from '@strapi/strapi';

import type {
  StoryMapEdge,
  StoryMapNode,
  StoryMapResponse,
} from '../../../../shared/contracts/admin';
import { storyMapRepository } from '../../repositories/story-map';
import { fieldError } from '../../utils/validation';
import type { StoryAccess } from './story-access';

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

/**
 * The story map: published stories and the links between them, for one locale; only the stories
 * the user may read in the Content Manager, as they may read them.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async draw(
    { locale, tag, from, to, limit }: StoryMapQuery,
    access: StoryAccess
  ): Promise<StoryMapResponse> {
    const only = access.readableSubquery(locale);
    const map = storyMapRepository(strapi);
    let tagId: number | undefined;
    if (tag) {
      const found = await map.tagRowId(tag);
      if (found === null) throw fieldError('tag', `no tag has the documentId or slug "${tag}"`);
      tagId = found;
    }
    const { total, rows } = await map.stories({ locale, tagId, from, to, limit, only });
    const ids = rows.map((row) => row.documentId);

    // Every link touching a node: those between two nodes are the edges; the rest tell
    // whether a node has links at all.
    const inMap = new Set(ids);
    const linked = new Set<string>();
    const seen = new Set<number>();
    const edges: StoryMapEdge[] = [];
    const degree = new Map<string, number>();
    for (const { link, source, target, kind } of await map.linksTouching(locale, ids)) {
      linked.add(source);
      if (target) linked.add(target);
      if (seen.has(Number(link))) continue;
      seen.add(Number(link));
      if (!target || !inMap.has(source) || !inMap.has(target)) continue;
      edges.push({ source, target, kind });
      degree.set(source, (degree.get(source) ?? 0) + 1);
      degree.set(target, (degree.get(target) ?? 0) + 1);
    }

    const nodes: StoryMapNode[] = (await access.showFields(rows, locale)).map((row) => ({
      documentId: row.documentId,
      title: row.title,
      section: row.section ?? null,
      datePublished: row.datePublished ? new Date(row.datePublished).toISOString() : null,
      tags: (row.tags ?? []).map((t) => t.name),
      degree: degree.get(row.documentId) ?? 0,
      orphan: !linked.has(row.documentId),
    }));
    return {
      data: { nodes, edges },
      meta: {
        total,
        truncated: total > nodes.length,
        tags: await map.tags(locale, MAX_TAGS, only),
      },
    };
  },
});
