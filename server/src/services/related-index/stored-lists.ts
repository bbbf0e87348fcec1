import type { Core } from '@strapi/strapi';

import type { RebuildStatus } from '../../../../shared/contracts/related';
import { pluginConfig } from '../../config';
import { snapshotFingerprint } from '../../config/engine';
import { indexStore, type StoredList } from '../../repositories/index-store';
import { storyKey } from '../../utils/story-key';

const MISS_REREAD_MS = 1000;

/** A stored list as read, and the text it was read from (what a cached answer is checked by). */
export type StoredRead = { list: StoredList | null; stamp: string };

/**
 * The stored related lists as a web instance (`indexer: false`) reads them: from the current
 * saved generation in the database, one row per story, without the index in memory. The
 * generation is read once and followed by the sync timer (`follow`), and read again when a
 * story's row is missing (an indexer may have just made a newer one current; at most once a
 * second).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const store = indexStore(strapi);
  let generation: number | undefined;
  let reading: Promise<number | undefined> | undefined;
  /** When the generation was last read (a missing row reads it again, at most once a second). */
  let readAt = 0;

  const current = async () => {
    readAt = Date.now();
    const state = await store.current(snapshotFingerprint(pluginConfig(strapi)));
    generation = state?.id;
    return generation;
  };
  const known = () => (generation !== undefined ? Promise.resolve(generation) : follow());
  const follow = () => {
    reading ??= current().finally(() => (reading = undefined));
    return reading;
  };

  return {
    /** Reads the current generation again; answers whether it changed. */
    async follow() {
      const before = generation;
      return (await follow()) !== before;
    },

    /** A published story's stored list (null: none stored yet, or no saved index yet). */
    async read(documentId: string, locale: string): Promise<StoredRead> {
      const key = storyKey(documentId, locale);
      let seen = await known();
      if (seen === undefined) return { list: null, stamp: '' };
      let text = await store.listText(seen, key);
      if (text === null && Date.now() - readAt > MISS_REREAD_MS) {
        const before = seen;
        seen = await follow();
        if (seen !== undefined && seen !== before) text = await store.listText(seen, key);
      }
      return { list: text ? (JSON.parse(text) as StoredList) : null, stamp: `${seen}:${text}` };
    },

    /** What `GET /newsroom/index/status` says on a web instance: no index in memory. */
    status(): RebuildStatus {
      return {
        state: 'idle',
        phase: null,
        done: 0,
        total: 0,
        stories: 0,
        role: 'web',
        generation,
      };
    },
  };
};
