import type { Core } from '@strapi/strapi';

import { NeighbourLists, type RelatedIndex } from '../../engine';
import { fromStored, indexSnapshot, toStoredList } from '../../repositories/index-snapshot';
import { getService } from '../../utils/get-service';

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

    /** The related lists of `keys` as kept in memory, ranked now for those that have none. */
    async ranked(index: RelatedIndex, keys: string[], version: () => number) {
      const lists = of(index);
      await getService(strapi, 'index-workers').rankMissing(index, lists, keys, version);
      return keys.map((key) => {
        const list = lists.get(key) ?? lists.compute(index, key);
        return [key, list ? toStoredList(list) : null] as const;
      });
    },
  };
};
