import type { Core } from '@strapi/strapi';

import type { RebuildStatus } from '../../../shared/contracts/related';
import { UID } from '../../../shared/contracts/uids';
import type { NewsroomConfig } from '../config';
import { NeighbourLists, RelatedIndex } from '../engine';
import {
  engineOptions,
  readSnapshot,
  snapshotFingerprint,
  storedListSize,
  writeSnapshot,
} from './index-snapshot';
import type { StoredList } from './index-store';
import { type Reindexed, reindexStories } from './index-writes';
import { key, POPULATE, type Row, SELECT, toStory } from './related-stories';
import { listOrRank, type Saved, saveWrites } from './stored-lists';

/** A batch of writes larger than this (and than a fifth of the index) rebuilds it instead. */
const REBUILD_FROM = 200;

/**
 * The related-story index of this process: loaded from the saved index at start-up when there
 * is a current one (else built from the articles and saved), kept fresh by every article write,
 * and saved as it changes so that other processes, and later starts, share it.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let index: RelatedIndex | undefined;
  let loading: Promise<RelatedIndex> | undefined;
  /** Stories written while a rebuild runs, re-read (and saved) once it is complete. */
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
  let status: RebuildStatus = { state: 'idle', phase: null, done: 0, total: 0, stories: 0 };
  /** Releases the callers waiting for a first index as soon as one serves (before it is saved). */
  let served: ((index: RelatedIndex) => void) | undefined;
  /** Each index's related lists: computed when first read, then kept up to date by writes. */
  const listsOf = new WeakMap<RelatedIndex, NeighbourLists>();

  const config = () => strapi.config.get('plugin::newsroom') as NewsroomConfig;
  const options = () => engineOptions(config());
  const listSize = () => storedListSize(config());
  const fingerprint = () => snapshotFingerprint(config());
  const store = () => strapi.plugin('newsroom').service('index-store');
  const sync = () => strapi.plugin('newsroom').service('index-sync');
  const progress = (next: Partial<RebuildStatus>, onProgress?: (s: RebuildStatus) => void) => {
    status = { ...status, ...next };
    onProgress?.(status);
  };

  const listsFor = (target: RelatedIndex) => {
    let lists = listsOf.get(target);
    if (!lists) listsOf.set(target, (lists = new NeighbourLists(listSize())));
    return lists;
  };

  const reindex = (target: RelatedIndex, documentIds: string[]) => {
    version += 1;
    return reindexStories(strapi, target, listsFor(target), documentIds);
  };

  const saveWrite = async (
    target: RelatedIndex,
    { stories, changes }: Reindexed,
    rows: boolean
  ) => {
    const current = (await store().current(fingerprint()))?.id as number | undefined;
    generation = current;
    if (current === undefined) return;
    await saveWrites(strapi, target, listsFor(target), current, saved, { stories, changes, rows });
  };

  /** Saves a built index under a new generation and makes it current. */
  const save = async (
    built: RelatedIndex,
    started: number,
    onProgress?: (s: RebuildStatus) => void
  ) => {
    saved = await writeSnapshot(
      strapi,
      built,
      listsOf.get(built),
      { fingerprint: fingerprint(), started },
      (done, total) =>
        progress(done === 0 ? { phase: 'saving', done, total } : { done }, onProgress)
    );
    generation = saved.generation;
    saveReportedUntil = Date.now() + 3 * config().syncIntervalMs + 5000;
  };

  /** The build under way (reading, analysing or saving), if any. */
  let building: Promise<RelatedIndex> | undefined;

  /** A full build from the articles, served as soon as built, then saved. */
  const build = (onProgress?: (s: RebuildStatus) => void) => {
    const task = buildOnce(onProgress);
    building = task;
    const done = () => {
      if (building === task) building = undefined;
    };
    task.then(done, done);
    return task;
  };

  const buildOnce = async (onProgress?: (s: RebuildStatus) => void) => {
    const started = Date.now();
    dirty = new Set();
    progress(
      { state: 'building', phase: 'reading', done: 0, total: 0, source: 'built', error: undefined },
      onProgress
    );
    status.startedAt = new Date(started).toISOString();
    await sync().mark();
    const fresh = new RelatedIndex(options());
    try {
      // In a fixed order, so that every database builds the same index from the same stories.
      const rows: Row[] = await strapi.db.query(UID.article).findMany({
        where: { publishedAt: { $notNull: true } },
        select: SELECT,
        populate: POPULATE,
        orderBy: { id: 'asc' },
      });
      await fresh.buildAsync(rows.map(toStory), ({ phase, done, total }) =>
        progress({ phase, done, total }, onProgress)
      );
      builtWith = fresh.size;
      index = fresh;
      version += 1;
      saved = undefined;
      served?.(fresh);
      await save(fresh, started, onProgress);
    } catch (error) {
      strapi.log.error(`[newsroom] related index build: ${error}`);
      progress({ state: 'failed', error: String(error) });
      dirty = undefined;
      throw error;
    }
    const touched = dirty;
    dirty = undefined;
    if (touched.size > 0) await saveWrite(fresh, await reindex(fresh, [...touched]), true);
    status = {
      state: 'idle',
      phase: null,
      done: fresh.size,
      total: fresh.size,
      stories: fresh.size,
      source: 'built',
      generation,
      startedAt: status.startedAt,
      builtAt: new Date().toISOString(),
      durationMs: Date.now() - started,
    };
    onProgress?.(status);
    return fresh;
  };

  /** Loads a saved generation instead of analysing every article again. */
  const load = async (state: { id: number; stories: number | null }) => {
    const started = Date.now();
    const total = state.stories ?? 0;
    progress({
      state: 'building',
      phase: 'loading',
      done: 0,
      total,
      source: 'loaded',
      error: undefined,
    });
    status.startedAt = new Date(started).toISOString();
    await sync().mark();
    const snapshot = await readSnapshot(strapi, state.id, config(), (done) => progress({ done }));
    const loaded = snapshot.index;
    listsOf.set(loaded, snapshot.lists);
    builtWith = snapshot.builtWith;
    index = loaded;
    version += 1;
    saved = snapshot.saved;
    generation = state.id;
    status = {
      state: 'idle',
      phase: null,
      done: loaded.size,
      total: loaded.size,
      stories: loaded.size,
      source: 'loaded',
      generation: state.id,
      startedAt: status.startedAt,
      builtAt: new Date().toISOString(),
      durationMs: Date.now() - started,
    };
    return loaded;
  };

  /** The saved index when there is a current one, else a build (which is then saved). */
  const loadOrBuild = async () => {
    const state = await store().current(fingerprint());
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

  /** Once the index has grown by a fifth since its build, it is rebuilt in the background. */
  const rebuildWhenGrown = (current: RelatedIndex) => {
    if (dirty || status.state === 'building' || current.size < 50) return;
    if (current.size <= builtWith * 1.2) return;
    loading = build();
    background(loading, 'rebuild');
  };

  const ready = (): Promise<RelatedIndex> =>
    index
      ? Promise.resolve(index)
      : (loading ??= new Promise((resolve, reject) => {
          served = resolve;
          loadOrBuild().then(resolve, reject);
        }));

  return {
    /** Loads or builds the index (once); later calls wait for the same one. */
    ready,

    /** Rebuilds the index from the articles, saves it and waits; `onProgress` sees each step. */
    async rebuild({ onProgress }: { onProgress?: (status: RebuildStatus) => void } = {}) {
      await ready().catch(() => undefined);
      loading = build(onProgress);
      await loading;
      return status;
    },

    /** Starts a full rebuild unless one is running; the current index serves meanwhile. */
    startRebuild(): RebuildStatus {
      if (status.state !== 'building') {
        const running = build();
        if (!index) loading = running;
        background(running, 'rebuild');
      }
      return status;
    },

    status: (): RebuildStatus => status,
    version: () => version,
    listSize,
    bump: () => (version += 1),
    /** The saved generation that stored related lists are read from (none before a save). */
    generation: () => generation,

    /**
     * Re-reads stories after writes: indexed while published, dropped otherwise, and the
     * related lists they change brought up to date. `save` writes the stories' rows to the
     * saved index (the process that made the writes does; the changed lists are written by
     * every process). A batch larger than a fifth of the index rebuilds it instead.
     */
    async refresh(documentIds: string | string[], { save: saveIt = true } = {}) {
      const ids = typeof documentIds === 'string' ? [documentIds] : documentIds;
      const current = await ready();
      if (saveIt && ids.length > Math.max(REBUILD_FROM, current.size / 5)) {
        // A build still saving (say, the first one at start-up) finishes first; then one
        // rebuild takes the whole batch, with term statistics and latent space to match.
        await building?.catch(() => undefined);
        loading = build();
        await loading;
        return 'rebuilt';
      }
      for (const id of ids) dirty?.add(id);
      const written = await reindex(current, ids);
      await saveWrite(current, written, saveIt || Date.now() < saveReportedUntil);
      rebuildWhenGrown(current);
      return 'refreshed';
    },

    /**
     * A story's stored related list: as saved, or (none saved yet) ranked now, kept in memory
     * to be maintained by later writes, and saved.
     */
    async storedList(documentId: string, locale: string): Promise<StoredList | null> {
      const current = await ready();
      if (generation === undefined) return null;
      return listOrRank(strapi, current, listsFor(current), generation, key(documentId, locale));
    },

    /**
     * Follows a newer saved generation (another process rebuilt): loads it in the background
     * so every process ranks in the same space.
     */
    async follow() {
      if (status.state === 'building' || !index) return;
      const state = await store().current(fingerprint());
      if (!state || state.id === generation) return;
      generation = state.id;
      if (state.id !== saved?.generation) await load(state);
    },
  };
};
