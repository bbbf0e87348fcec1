import type { Core } from '@strapi/strapi';

import { exportStory, type RelatedIndex } from '../engine';
import type { StoredList } from './index-store';
import { documentIdOf } from './related-stories';

/** Stories whose stored list could now hold a story: its own best ones, this many times over. */
const NEIGHBOURHOOD_FACTOR = 1;

/** A story's stored related list: the engine's best stories for it, no exclusions. */
export const topList = (index: RelatedIndex, key: string, size: number): StoredList =>
  index.suggest(key, { limit: size, reasons: false }).map((s) => [documentIdOf(s.id), s.score]);

/**
 * Whether a stored list still holds the same stories in the same order. Scores drift a little
 * with every write (document frequencies), so a list is rewritten only when its order changes.
 */
const same = (a: StoredList | null, b: StoredList) =>
  a !== null && a.length === b.length && a.every(([id], i) => id === b[i][0]);

/** Where this process's in-memory index stands against a saved generation. */
export type Saved = { generation: number; knownTerms: number };

/**
 * Brings the saved index up to date after a story's write: its rows (one per published locale,
 * with its related list), and the stored lists of its neighbourhood — the stories whose list
 * holds it, and the stories it may now beat the last entry of.
 */
export const saveStoryWrite = async (
  strapi: Core.Strapi,
  index: RelatedIndex,
  generation: number,
  saved: Saved | undefined,
  { documentId, published, size }: { documentId: string; published: string[]; size: number }
) => {
  const store = strapi.plugin('newsroom').service('index-store');
  await strapi.db.transaction(async () => {
    const sameSpace = saved?.generation === generation;
    const keys = published.map((locale) => `${documentId}:${locale}`).filter((k) => index.has(k));
    for (const key of keys) {
      const record = exportStory(index, key, {
        knownTerms: sameSpace ? saved!.knownTerms : 0,
        withLatent: sameSpace,
      })!;
      await store.putStory(generation, { key, record, related: topList(index, key, size) });
    }
    await store.dropStory(
      generation,
      documentId,
      keys.map((key) => key.slice(documentId.length + 1))
    );
    const around = new Set<string>();
    for (const key of keys) {
      for (const s of index.suggest(key, { limit: size * NEIGHBOURHOOD_FACTOR, reasons: false }))
        around.add(s.id);
    }
    const stored: Map<string, StoredList | null> = await store.listsAround(
      generation,
      [...around],
      documentId
    );
    for (const [key, list] of stored) {
      if (keys.includes(key) || !index.has(key)) continue;
      const fresh = topList(index, key, size);
      if (!same(list, fresh)) await store.putList(generation, key, fresh);
    }
  });
};
