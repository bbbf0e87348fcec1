import type { Core } from '@strapi/strapi';

import type { StoryItem } from '../../../shared/contracts/admin';
import { UID } from '../../../shared/contracts/uids';
import { pick, SUMMARY_FIELDS } from './related-stories';

type ArticleRow = Record<string, unknown> & { documentId: string; publishedAt?: unknown };

/** A story as the admin lists it: its summary and whether a published version exists. */
export const toStoryItem = (row: ArticleRow): StoryItem => ({
  ...pick(row),
  status: row.publishedAt ? 'published' : 'draft',
});

/** The fields read to list a story in the admin. */
export const STORY_ITEM_FIELDS = [...SUMMARY_FIELDS, 'publishedAt'];

/**
 * Stories of one locale by documentId, as editors see them: the published version when there
 * is one, else the draft. Stories that do not exist in the locale are absent from the map.
 */
export const storyItems = async (
  strapi: Core.Strapi,
  documentIds: Array<string | null | undefined>,
  locale: string
): Promise<Map<string, StoryItem>> => {
  const ids = [...new Set(documentIds.filter((id): id is string => Boolean(id)))];
  const items = new Map<string, StoryItem>();
  if (ids.length === 0) return items;
  const rows: ArticleRow[] = await strapi.db.query(UID.article).findMany({
    where: { documentId: { $in: ids }, locale },
    select: STORY_ITEM_FIELDS,
  });
  for (const row of rows) {
    if (items.get(row.documentId)?.status !== 'published')
      items.set(row.documentId, toStoryItem(row));
  }
  return items;
};

/** Whether a story exists (saved as a draft or published) in a locale. */
export const storyExists = async (strapi: Core.Strapi, documentId: string, locale: string) =>
  (await strapi.db.query(UID.article).count({ where: { documentId, locale } })) > 0;
