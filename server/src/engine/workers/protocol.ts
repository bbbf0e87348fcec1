import type { ListEntry } from '../neighbour-lists';
import type { IndexHeader, StoryRecord } from '../snapshot';
import type { BuildProgress, EngineOptions, StoryInput } from '../types';

/** What the main thread asks an engine worker (each request answered once, by its `id`). */
export type WorkerRequest =
  /** A new, empty build; then `add` pages of stories, then `finish`. */
  | { type: 'build'; options: EngineOptions }
  | { type: 'add'; stories: StoryInput[] }
  /** Finishes the build (progress on the way), answers the saved form's header. */
  | { type: 'finish'; fingerprint: string }
  /** The built or loaded index's story records `from` (a slot) on; `next` null at the end. */
  | { type: 'export'; from: number; count: number }
  /** A copy of an index, for ranking: its header, then its records in pages. */
  | { type: 'load'; options: EngineOptions; header: IndexHeader }
  | { type: 'restore'; records: StoryRecord[]; removed?: string[] }
  /** The related lists of these stories (null: not in the index), `size` entries at most. */
  | { type: 'rank'; keys: string[]; size: number }
  | { type: 'memory' };

export type WorkerMemory = {
  /** This worker's V8 heap in use, and the memory of its typed arrays and buffers. */
  heapMb: number;
  externalMb: number;
};

export type WorkerAnswers = {
  build: null;
  add: number;
  finish: IndexHeader;
  export: { records: StoryRecord[]; next: number | null };
  load: null;
  restore: number;
  rank: Array<readonly [string, ListEntry[] | null]>;
  memory: WorkerMemory;
};

export type WorkerMessage =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: string }
  | { id: number; progress: BuildProgress };

/**
 * The nice value of an engine worker thread: building and ranking are background work, and a
 * machine with as many workers as cores would otherwise share each core equally between them
 * and the thread that answers requests. On Linux the nice value belongs to the thread
 * (`setpriority` on the calling thread); elsewhere it would lower the whole server, so it is
 * left alone there.
 */
export const WORKER_NICE = 10;
