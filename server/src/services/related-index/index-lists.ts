import { setImmediate as turn } from 'node:timers/promises';

import type { Core } from '@strapi/strapi';

import { NeighbourLists, type RelatedIndex } from '../../engine';
import { fromStored, indexSnapshot, toStoredList } from '../../repositories/index-snapshot';
import type { StoredList } from '../../repositories/index-store';
import { getService } from '../../utils/get-service';

/** Lists ranked on the main thread between two turns of the event loop. */
const MAIN_THREAD_SLICE = 10;

/**
 * The related lists of each in-memory index: computed when first read, then kept up to date
 * by writes, and stored in the saved generation. The ranking happens here, in the service;
 * the snapshot repository only reads and writes the lists.
 */
export const indexLists = (strapi: Core.Strapi, listSize: () => number) => {
  const snapshot = indexSnapshot(strapi);
  const listsOf = new WeakMap<RelatedIndex, NeighbourLists>();

  const of = (index: RelatedIndex) => {
    let lists = listsOf.get(index);
    if (!lists) listsOf.set(index, (lists = new NeighbourLists(listSize())));
    return lists;
  };

  return {
    /** The index's related lists (an empty set to start with). */
    of,
    /** The lists an index has so far, if any (a build saves those it already knows). */
    known: (index: RelatedIndex) => listsOf.get(index),
    /** Adopts the lists read along with a saved index. */
    adopt: (index: RelatedIndex, lists: NeighbourLists) => listsOf.set(index, lists),

    /**
     * A story's stored related list: as saved (and then kept in memory, to be maintained by
     * later writes), or, none saved yet, ranked now and saved.
     */
    async stored(index: RelatedIndex, generation: number, key: string) {
      const stored = await snapshot.list(generation, key);
      const story = index.get(key);
      if (!story) return stored;
      const lists = of(index);
      if (stored) {
        if (!lists.get(key)) lists.adopt(key, fromStored(stored, story.locale));
        return stored;
      }
      const list = lists.get(key) ?? lists.compute(index, key)!;
      await snapshot.putList(generation, key, list);
      return toStoredList(list);
    },

    /**
     * The related lists of `keys` as kept in memory, ranked now for those that have none: in
     * the workers when they hold this index, else here, the event loop turning every
     * MAIN_THREAD_SLICE lists (a few milliseconds each on a large archive: a chunk of 200 in
     * one stretch kept requests waiting most of a second).
     */
    async ranked(index: RelatedIndex, keys: string[], version: () => number) {
      const lists = of(index);
      await getService(strapi, 'index-workers').rankMissing(index, lists, keys, version);
      const ranked: Array<readonly [string, StoredList | null]> = [];
      let computed = 0;
      for (const key of keys) {
        let list = lists.get(key);
        if (!list) {
          if (computed > 0 && computed % MAIN_THREAD_SLICE === 0) await turn();
          list = lists.compute(index, key);
          computed += 1;
        }
        ranked.push([key, list ? toStoredList(list) : null]);
      }
      return ranked;
    },
  };
};
