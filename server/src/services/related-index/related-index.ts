import { randomUUID } from 'node:crypto';

import type { Core } from '@strapi/strapi';

import type { RebuildStatus } from '../../../../shared/contracts/related';
import { isIndexer, pluginConfig } from '../../config';
import { snapshotFingerprint, storedListSize } from '../../config/engine';
import type { RelatedIndex } from '../../engine';
import { indexEvents } from '../../repositories/index-events';
import { indexSnapshot, type Saved } from '../../repositories/index-snapshot';
import type { StoredList } from '../../repositories/index-store';
import { getService } from '../../utils/get-service';
import { IndexerOnlyError } from '../../utils/indexer-only';
import { storyKey } from '../../utils/story-key';
import { indexLists } from './index-lists';
import { type OnProgress, rebuildProgress } from './rebuild-progress';
import { rereadStories } from './reread-stories';

/**
 * The related-story index of this process: loaded from the saved index at start-up when there
 * is a current one (else built from the articles and saved), changed by `apply` after writes,
 * and saved as it changes so that other processes, and later starts, share it.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let index: RelatedIndex | undefined;
  let loading: Promise<RelatedIndex> | undefined;
  /** The build under way (reading, analysing or saving), if any. */
  let building: Promise<RelatedIndex> | undefined;
  /** Stories written while a build runs, re-read (and saved) once it is complete. */
  let dirty: Set<string> | undefined;
  let builtWith = 0;
  /** Bumped on every change to the index: cached related lists older than it are stale. */
  let version = 0;
  /** The saved generation the in-memory index matches (its basis and term ids). */
  let saved: Saved | undefined;
  /** The current saved generation, where stored related lists are read and written. */
  let generation: number | undefined;
  /** After saving a build, also save the writes other processes report, for a while. */
  let saveReportedUntil = 0;
  /** The newest event of the event log this index reflects, and this process's name there. */
  let eventCursor = 0;
  const origin = randomUUID();
  /** Releases the callers waiting for a first index as soon as one serves (before it is saved). */
  let served: ((index: RelatedIndex) => void) | undefined;
  const config = () => pluginConfig(strapi);
  const fingerprint = () => snapshotFingerprint(config());
  const snapshot = indexSnapshot(strapi);
  /** Each index's related lists: computed when first read, then kept up to date by writes. */
  const lists = indexLists(strapi, () => storedListSize(config()));
  const tracker = rebuildProgress();
  const progress = tracker.step;
  const finished = (current: RelatedIndex, started: number, source: 'built' | 'loaded') =>
    tracker.finish(current.size, started, source, generation);
  /** A build or load reflects every event up to now: the sync skips the older ones. */
  const markEvents = async () => {
    eventCursor = Math.max(eventCursor, await indexEvents(strapi).newestId());
  };

  /**
   * Re-reads stories into `target` (indexed while published, dropped otherwise), brings the
   * related lists up to date, and saves the changes (`rows`: the stories' own rows too).
   */
  const reindex = async (target: RelatedIndex, documentIds: string[], rows: boolean) => {
    version += 1;
    const { stories, written, removed } = await rereadStories(strapi, target, documentIds);
    getService(strapi, 'index-workers').write(target, written, removed);
    const changes = lists.of(target).update(target, written, removed);
    generation = (await snapshot.current(fingerprint()))?.id;
    if (generation === undefined) return;
    const options = { stories, changes, rows };
    await snapshot.saveWrites(target, lists.of(target), generation, saved, options);
  };

  /** A full build from the articles, served as soon as built, then saved. */
  const build = (onProgress?: OnProgress) => {
    const task = buildOnce(onProgress);
    building = task;
    const done = () => {
      if (building === task) building = undefined;
    };
    task.then(done, done);
    return task;
  };

  const buildOnce = async (onProgress?: OnProgress) => {
    const started = Date.now();
    dirty = new Set();
    const reset = { done: 0, total: 0, source: 'built' as const, error: undefined };
    progress({ state: 'building', phase: 'reading', ...reset }, onProgress);
    tracker.start(started);
    await markEvents();
    // the build reads every story as it is now: it reflects every event up to here
    const builtAtEvent = eventCursor;
    let fresh: RelatedIndex;
    try {
      fresh = await getService(strapi, 'index-workers').build(({ phase, done, total }) =>
        progress({ phase, done, total }, onProgress)
      );
      builtWith = fresh.size;
      index = fresh;
      version += 1;
      saved = undefined;
      served?.(fresh);
      saved = await snapshot.save(
        fresh,
        lists.known(fresh),
        { fingerprint: fingerprint(), started, eventCursor: builtAtEvent },
        (done, total) =>
          progress(done === 0 ? { phase: 'saving', done, total } : { done }, onProgress)
      );
      generation = saved.generation;
      saveReportedUntil = Date.now() + 3 * config().syncIntervalMs + 5000;
    } catch (error) {
      strapi.log.error(`[newsroom] related index build: ${error}`);
      progress({ state: 'failed', error: String(error) });
      dirty = undefined;
      throw error;
    }
    const touched = dirty;
    dirty = undefined;
    if (touched.size > 0) await reindex(fresh, [...touched], true);
    finished(fresh, started, 'built');
    onProgress?.(tracker.get());
    return fresh;
  };

  /** Loads a saved generation instead of analysing every article again. */
  const load = async (state: {
    id: number;
    stories: number | null;
    eventCursor?: number | null;
  }) => {
    const started = Date.now();
    const total = state.stories ?? 0;
    const reset = { done: 0, total, source: 'loaded' as const, error: undefined };
    progress({ state: 'building', phase: 'loading', ...reset });
    tracker.start(started);
    // The writes reported after the saved generation's cursor (while no indexer ran, say, or
    // by a web instance or an import meanwhile) are replayed by the sync; older saves have none.
    if (typeof state.eventCursor === 'number') eventCursor = state.eventCursor;
    else await markEvents();
    const loaded = await snapshot.load(state.id, config(), (done) => progress({ done }));
    lists.adopt(loaded.index, loaded.lists);
    builtWith = loaded.builtWith;
    index = loaded.index;
    version += 1;
    saved = loaded.saved;
    generation = state.id;
    finished(loaded.index, started, 'loaded');
    return loaded.index;
  };

  /** The saved index when there is a current one, else a build (which is then saved). */
  const loadOrBuild = async () => {
    await getService(strapi, 'index-cleanup')
      .dropAbandoned()
      .catch((error) =>
        strapi.log.warn(`[newsroom] could not clean abandoned index saves: ${error}`)
      );
    const state = await snapshot.current(fingerprint());
    if (state) {
      try {
        return await load(state);
      } catch (error) {
        strapi.log.warn(`[newsroom] could not load the saved related index, rebuilding: ${error}`);
      }
    }
    return build();
  };

  const background = (task: Promise<unknown>, what: string) =>
    task.catch((error) => strapi.log.error(`[newsroom] related index ${what}: ${error}`));

  /** A web instance (`indexer: false`) never loads, builds or ranks: a 503 for the caller. */
  const indexerOnly = () => {
    if (!isIndexer(strapi)) throw new IndexerOnlyError();
  };

  const ready = (): Promise<RelatedIndex> => {
    if (index) return Promise.resolve(index);
    if (!isIndexer(strapi)) return Promise.reject(new IndexerOnlyError());
    return (loading ??= new Promise((resolve, reject) => {
      served = resolve;
      loadOrBuild().then(resolve, reject);
    }));
  };

  return {
    /** Loads or builds the index (once); later calls wait for the same one. */
    ready,

    /** Rebuilds the index from the articles, saves it and waits; `onProgress` sees each step. */
    async rebuild({ onProgress }: { onProgress?: OnProgress } = {}) {
      indexerOnly();
      await ready().catch(() => undefined);
      // the start-up build serves its index before saving it: two builds must not overlap
      await building?.catch(() => undefined);
      loading = build(onProgress);
      await loading;
      return tracker.get();
    },

    /** Rebuilds once a build still saving is done (a large batch of writes takes this way). */
    async rebuildAfterBuilding() {
      indexerOnly();
      await building?.catch(() => undefined);
      loading = build();
      await loading;
    },

    /** Starts a full rebuild unless one is running; the current index serves meanwhile. */
    startRebuild(): RebuildStatus {
      indexerOnly();
      if (tracker.get().state !== 'building') {
        const running = build();
        if (!index) loading = running;
        background(running, 'rebuild');
      }
      return tracker.get();
    },

    /** Where the last or running load or (re)build is; `stories`: the index's size now. */
    status: (): RebuildStatus => {
      const status = tracker.get();
      return index && status.state === 'idle' ? { ...status, stories: index.size } : status;
    },
    /** Changes whenever anything a related list depends on changes in this process. */
    version: () => version,
    bump: () => (version += 1),
    listSize: () => storedListSize(config()),
    origin,
    eventCursor: () => eventCursor,
    advanceEvents: (id: number) => (eventCursor = Math.max(eventCursor, id)),
    /** The saved generation now reflects every event up to this process's cursor. */
    async savedEvents() {
      if (generation !== undefined) await snapshot.advanceEventCursor(generation, eventCursor);
    },

    /**
     * Re-reads stories after writes: indexed while published, dropped otherwise, and the
     * related lists they change brought up to date and saved (`rows`: the stories' own rows
     * too, or, after a build, while other processes may not have saved theirs).
     */
    async apply(documentIds: string[], { rows }: { rows: boolean }) {
      const current = await ready();
      for (const id of documentIds) dirty?.add(id);
      await reindex(current, documentIds, rows || Date.now() < saveReportedUntil);
      // Once the index has grown by a fifth since its build, it is rebuilt in the background.
      if (dirty || tracker.get().state === 'building' || current.size < 50) return;
      if (current.size <= builtWith * 1.2) return;
      loading = build();
      background(loading, 'rebuild');
    },

    /**
     * A story's stored related list: as saved, or (none saved yet) ranked now, kept in memory
     * to be maintained by later writes, and saved.
     */
    async storedList(documentId: string, locale: string): Promise<StoredList | null> {
      const current = await ready();
      if (generation === undefined) return null;
      return lists.stored(current, generation, storyKey(documentId, locale));
    },

    /**
     * The related lists of `keys` (story keys) as kept in memory, ranked now for those that have
     * none (null: not in the index), with the generation they are stored in (none while a build
     * runs): for the list ranker, which stores every list a generation lacks.
     */
    async rankLists(keys: string[]) {
      // A build under way replaces the index and then the generation: lists ranked now would
      // be stored under the old generation, and ranked here rather than in the workers, whose
      // copies hold the old index. The ranker stops (another generation) and starts again on
      // the new one.
      if (tracker.get().state === 'building') return { generation: undefined, ranked: [] };
      const ranked = await lists.ranked(await ready(), keys, () => version);
      return { generation, ranked };
    },

    /**
     * Follows a newer saved generation (another process rebuilt): loads it in the background
     * so every process ranks in the same space.
     */
    async follow() {
      if (tracker.get().state === 'building' || !index) return;
      const state = await snapshot.current(fingerprint());
      if (!state || state.id === generation) return;
      generation = state.id;
      if (state.id !== saved?.generation) await load(state);
    },
  };
};
