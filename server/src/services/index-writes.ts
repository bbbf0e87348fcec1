import type { Core } from '@strapi/strapi';

import { UID } from '../../../shared/contracts/uids';
import type { ListChanges, NeighbourLists, RelatedIndex } from '../engine';
import { key, POPULATE, type Row, SELECT, toStory } from './related-stories';

/** Articles re-read per query when many are refreshed at once. */
const READ_BATCH = 200;

/** What a reindex changed: documentId → its published locales now, and the changed lists. */
export type Reindexed = { stories: Map<string, string[]>; changes: ListChanges };

/**
 * Re-reads stories into `target` (indexed while published, dropped otherwise) and brings its
 * related lists up to date, all written stories at once.
 */
export const reindexStories = async (
  strapi: Core.Strapi,
  target: RelatedIndex,
  lists: NeighbourLists,
  documentIds: string[]
): Promise<Reindexed> => {
  const stories = new Map<string, string[]>(documentIds.map((id) => [id, []]));
  const written: string[] = [];
  const removed: string[] = [];
  for (let start = 0; start < documentIds.length; start += READ_BATCH) {
    const rows: Row[] = await strapi.db.query(UID.article).findMany({
      where: {
        documentId: { $in: documentIds.slice(start, start + READ_BATCH) },
        publishedAt: { $notNull: true },
      },
      select: SELECT,
      populate: POPULATE,
    });
    for (const row of rows) {
      target.upsert(toStory(row));
      stories.get(row.documentId)!.push(row.locale);
      written.push(key(row.documentId, row.locale));
    }
  }
  const locales = (await strapi.plugin('i18n').service('locales').find()) as Array<{
    code: string;
  }>;
  for (const [documentId, published] of stories) {
    for (const { code } of locales) {
      if (published.includes(code)) continue;
      target.remove(key(documentId, code));
      removed.push(key(documentId, code));
    }
  }
  return { stories, changes: lists.update(target, written, removed) };
};
