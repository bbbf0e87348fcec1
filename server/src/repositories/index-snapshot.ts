import type { Core } from '@strapi/strapi';

import { engineOptions, storedListSize } from '../config/engine';
import type { NewsroomConfig } from '../config';
import {
  exportHeader,
  exportStories,
  exportStory,
  type ListChanges,
  type ListEntry,
  NeighbourLists,
  RelatedIndex,
  restoreHeader,
  restoreStory,
  timeSlices,
} from '../engine';
import { parseStoryKey, storyKey } from '../utils/story-key';
import { HEARTBEAT_MS, indexStore, type StoredList, type StoryRow } from './index-store';
import { inShortTransactions } from './short-transactions';

/** Stories written per batch while saving a build (the event loop turns between). */
const SAVE_BATCH = 1000;

/** Where a process's in-memory index stands against a saved generation. */
export type Saved = { generation: number; knownTerms: number };

/** A list as stored (documentIds: a list holds stories of its own locale only). */
export const toStoredList = (list: ListEntry[]): StoredList =>
  list.map(([id, score]) => [parseStoryKey(id).documentId, score]);

/** A stored list as the engine keeps it (story keys). */
export const fromStored = (list: StoredList, locale: string): ListEntry[] =>
  list.map(([documentId, score]) => [storyKey(documentId, locale), score]);

export type Written = {
  /** documentId → the locales it is published in now. */
  stories: Map<string, string[]>;
  /** The lists the writes changed (`NeighbourLists.update`). */
  changes: ListChanges;
  /** Whether to write the stories' own rows (the process that made the writes does). */
  rows: boolean;
};

/**
 * The engine's state in the hidden tables: whole builds saved and loaded as generations, and
 * the rows and related lists that later writes change.
 */
export const indexSnapshot = (strapi: Core.Strapi) => {
  const store = indexStore(strapi);

  return {
    /**
     * Saves a built index under a new generation, story rows in batches (with the related lists
     * known so far; the others are ranked when first read), and makes it current.
     */
    async save(
      built: RelatedIndex,
      lists: NeighbourLists | undefined,
      {
        fingerprint,
        started,
        eventCursor,
      }: { fingerprint: string; started: number; eventCursor: number },
      onSaved: (done: number, total: number) => void
    ): Promise<Saved> {
      const header = exportHeader(built, fingerprint);
      const total = built.size;
      onSaved(0, total);
      const next = await store.begin(header, eventCursor);
      // Other processes tell a live save from an abandoned one by this heartbeat.
      const beat = () => store.heartbeat(next).catch(() => undefined);
      const timer = setInterval(beat, HEARTBEAT_MS);
      timer.unref?.();
      try {
        let batch: StoryRow[] = [];
        let done = 0;
        const flush = async () => {
          await store.addStories(next, batch);
          await beat();
          done += batch.length;
          batch = [];
          onSaved(done, total);
        };
        // a batch of 1,000 took about 11 ms to export, more with a garbage collection in it:
        // requests get their turns within it, and first thing after a batch is written
        const slices = timeSlices();
        for (const record of exportStories(built)) {
          const list = lists?.get(record.id);
          batch.push({ key: record.id, record, related: list ? toStoredList(list) : null });
          if (batch.length >= SAVE_BATCH) await flush();
          await slices.pause();
        }
        await flush();
      } finally {
        clearInterval(timer);
      }
      await store.complete(next, { stories: total, durationMs: Date.now() - started });
      return { generation: next, knownTerms: header.terms.keys.length };
    },

    /** Reads a saved generation back into an index and its related lists, page by page. */
    async load(generation: number, config: NewsroomConfig, onLoaded: (done: number) => void) {
      const index = new RelatedIndex(engineOptions(config));
      const lists = new NeighbourLists(storedListSize(config));
      const header = await store.header(generation);
      restoreHeader(index, header);
      for await (const page of store.pages(generation)) {
        for (const row of page) {
          restoreStory(index, row.record);
          if (row.related) lists.adopt(row.key, fromStored(row.related, row.record.locale));
        }
        onLoaded(index.size);
      }
      const saved: Saved = { generation, knownTerms: header.terms.keys.length };
      return { index, lists, saved, builtWith: header.stories as number };
    },

    /**
     * Brings the saved index up to date after writes: the written stories' rows (one per
     * published locale, with its related list, or deleted), and every other stored list the
     * writes changed. Lists that only exist in memory elsewhere are not read: the changes are
     * known in memory.
     */
    async saveWrites(
      index: RelatedIndex,
      lists: NeighbourLists,
      generation: number,
      saved: Saved | undefined,
      { stories, changes, rows }: Written
    ) {
      const sameSpace = saved?.generation === generation;
      const own = new Set<string>();
      // short transactions: an indexer's save never holds the database against other writers
      await inShortTransactions(strapi, rows ? stories : [], async ([documentId, published]) => {
        const locales = published.filter((locale) => index.has(storyKey(documentId, locale)));
        for (const locale of locales) {
          const key = storyKey(documentId, locale);
          own.add(key);
          const record = exportStory(index, key, {
            knownTerms: sameSpace ? saved!.knownTerms : 0,
            withLatent: sameSpace,
          })!;
          const list = lists.get(key);
          await store.putStory(generation, {
            key,
            record,
            related: list ? toStoredList(list) : null,
          });
        }
        await store.dropStory(generation, documentId, locales);
      });
      const changed = [...changes].filter(([key, list]) => !own.has(key) && list !== null);
      await inShortTransactions(strapi, changed, ([key, list]) =>
        store.putList(generation, key, toStoredList(list!))
      );
    },

    /** A story's related list as stored in a generation, or null. */
    list: (generation: number, key: string): Promise<StoredList | null> =>
      store.list(generation, key),

    /** Stores a story's related list (as the engine keeps it) in a generation. */
    putList: (generation: number, key: string, list: ListEntry[]) =>
      store.putList(generation, key, toStoredList(list)),

    /** The newest complete generation saved with this fingerprint. */
    current: (fingerprint: string) => store.current(fingerprint),
    advanceEventCursor: (generation: number, eventCursor: number) =>
      store.advanceEventCursor(generation, eventCursor),

    /** Deletes abandoned saves (see `indexStore.dropAbandoned`). */
    dropAbandoned: () => store.dropAbandoned(),
  };
};
