import type { Core } from '@strapi/strapi';

import type { NewsroomConfig } from '../config';
import {
  DEFAULT_ENGINE_OPTIONS,
  type EngineOptions,
  exportHeader,
  exportStories,
  indexFingerprint,
  NeighbourLists,
  RelatedIndex,
  restoreHeader,
  restoreStory,
} from '../engine';
import type { StoryRow } from './index-store';
import { fromStored, type Saved, toStored } from './stored-lists';

/** Stories written per batch while saving a build (the event loop turns between). */
const SAVE_BATCH = 1000;

/** The engine's options, as configured for the plugin. */
export const engineOptions = (config: NewsroomConfig): EngineOptions =>
  Object.fromEntries(
    Object.keys(DEFAULT_ENGINE_OPTIONS).map((name) => [name, config[name as keyof EngineOptions]])
  ) as EngineOptions;

/** Length of the stored related lists: the default page and room for links and exclusions. */
export const storedListSize = (config: NewsroomConfig) =>
  Math.min(config.maxLimit, config.defaultLimit + 15);

/** What a saved index must have been built with to be loaded by this configuration. */
export const snapshotFingerprint = (config: NewsroomConfig) =>
  indexFingerprint(engineOptions(config), { listSize: storedListSize(config) });

const store = (strapi: Core.Strapi) => strapi.plugin('newsroom').service('index-store');

/**
 * Saves a built index under a new generation, story rows in batches (with the related lists
 * known so far; the others are ranked when first read), and makes it current.
 */
export const writeSnapshot = async (
  strapi: Core.Strapi,
  built: RelatedIndex,
  lists: NeighbourLists | undefined,
  { fingerprint, started }: { fingerprint: string; started: number },
  onSaved: (done: number, total: number) => void
): Promise<Saved> => {
  const header = exportHeader(built, fingerprint);
  const total = built.size;
  onSaved(0, total);
  const next: number = await store(strapi).begin(header);
  let batch: StoryRow[] = [];
  let done = 0;
  const flush = async () => {
    await store(strapi).addStories(next, batch);
    done += batch.length;
    batch = [];
    onSaved(done, total);
  };
  for (const record of exportStories(built)) {
    const list = lists?.get(record.id);
    batch.push({ key: record.id, record, related: list ? toStored(list) : null });
    if (batch.length >= SAVE_BATCH) await flush();
  }
  await flush();
  await store(strapi).complete(next, { stories: total, durationMs: Date.now() - started });
  return { generation: next, knownTerms: header.terms.keys.length };
};

/** Reads a saved generation back into an index and its related lists, page by page. */
export const readSnapshot = async (
  strapi: Core.Strapi,
  generation: number,
  config: NewsroomConfig,
  onLoaded: (done: number) => void
) => {
  const index = new RelatedIndex(engineOptions(config));
  const lists = new NeighbourLists(storedListSize(config));
  const header = await store(strapi).header(generation);
  restoreHeader(index, header);
  for await (const page of store(strapi).pages(generation) as AsyncGenerator<StoryRow[]>) {
    for (const row of page) {
      restoreStory(index, row.record);
      if (row.related) lists.adopt(row.key, fromStored(row.related, row.record.locale));
    }
    onLoaded(index.size);
  }
  const saved: Saved = { generation, knownTerms: header.terms.keys.length };
  return { index, lists, saved, builtWith: header.stories as number };
};
