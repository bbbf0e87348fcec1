import type { Core } from '@strapi/strapi';

import { exportStory, type ListChanges, type ListEntry, type RelatedIndex } from '../engine';
import type { NeighbourLists } from '../engine';
import type { StoredList } from './index-store';
import { documentIdOf, key } from './related-stories';

/** A list as stored (documentIds: a list holds stories of its own locale only). */
export const toStored = (list: ListEntry[]): StoredList =>
  list.map(([id, score]) => [documentIdOf(id), score]);

/** A stored list as the engine keeps it (story keys). */
export const fromStored = (list: StoredList, locale: string): ListEntry[] =>
  list.map(([documentId, score]) => [key(documentId, locale), score]);

/** Where this process's in-memory index stands against a saved generation. */
export type Saved = { generation: number; knownTerms: number };

export type Written = {
  /** documentId → the locales it is published in now. */
  stories: Map<string, string[]>;
  /** The lists the writes changed (`NeighbourLists.update`). */
  changes: ListChanges;
  /** Whether to write the stories' own rows (the process that made the writes does). */
  rows: boolean;
};

/**
 * Brings the saved index up to date after writes: the written stories' rows (one per published
 * locale, with its related list, or deleted), and every other stored list the writes changed.
 * Lists that only exist in memory elsewhere are not read: the changes are known in memory.
 */
export const saveWrites = async (
  strapi: Core.Strapi,
  index: RelatedIndex,
  lists: NeighbourLists,
  generation: number,
  saved: Saved | undefined,
  { stories, changes, rows }: Written
) => {
  const store = strapi.plugin('newsroom').service('index-store');
  const sameSpace = saved?.generation === generation;
  const own = new Set<string>();
  await strapi.db.transaction(async () => {
    for (const [documentId, published] of rows ? stories : []) {
      const keys = published.map((locale) => key(documentId, locale)).filter((k) => index.has(k));
      for (const storyKey of keys) {
        own.add(storyKey);
        const record = exportStory(index, storyKey, {
          knownTerms: sameSpace ? saved!.knownTerms : 0,
          withLatent: sameSpace,
        })!;
        const list = lists.get(storyKey);
        await store.putStory(generation, {
          key: storyKey,
          record,
          related: list ? toStored(list) : null,
        });
      }
      await store.dropStory(
        generation,
        documentId,
        keys.map((k) => k.slice(documentId.length + 1))
      );
    }
    for (const [storyKey, list] of changes) {
      if (own.has(storyKey) || list === null) continue;
      await store.putList(generation, storyKey, toStored(list));
    }
  });
};

/**
 * A story's stored related list: as saved (and then kept in memory, to be maintained by later
 * writes), or, none saved yet, ranked now and saved.
 */
export const listOrRank = async (
  strapi: Core.Strapi,
  index: RelatedIndex,
  lists: NeighbourLists,
  generation: number,
  storyKey: string
): Promise<StoredList | null> => {
  const store = strapi.plugin('newsroom').service('index-store');
  const stored: StoredList | null = await store.list(generation, storyKey);
  const story = index.get(storyKey);
  if (!story) return stored;
  if (stored) {
    if (!lists.get(storyKey)) lists.adopt(storyKey, fromStored(stored, story.locale));
    return stored;
  }
  const list = toStored(lists.get(storyKey) ?? lists.compute(index, storyKey)!);
  await store.putList(generation, storyKey, list);
  return list;
};
