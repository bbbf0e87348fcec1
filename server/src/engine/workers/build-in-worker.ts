import { RelatedIndex } from '../related-index';
import { restoreHeader, restoreStory } from '../snapshot';
import { timeSlices } from '../time-slices';
import type { BuildProgress, EngineOptions, StoryInput } from '../types';
import { EngineWorker } from './engine-worker';

/** Records taken back from the worker per message. */
const EXPORT_PAGE = 500;

export type WorkerBuildProgress = Omit<BuildProgress, 'phase'> & {
  phase: BuildProgress['phase'] | 'loading';
};

/**
 * A full build in a worker thread, so the calling thread keeps serving: each page of stories
 * (read by the caller, from its database) is posted to the worker, which analyses it at once
 * and keeps only term counts; the worker then indexes and decomposes, and the built index
 * comes back as saved-form records (`snapshot.ts`), page by page, into an index on this
 * thread, equal to the worker's (the same header, the same records in the same order).
 */
export const buildInWorker = async (
  options: EngineOptions,
  pages: AsyncIterable<StoryInput[]>,
  { total = 0, onProgress }: { total?: number; onProgress?: (p: WorkerBuildProgress) => void }
): Promise<RelatedIndex> => {
  const worker = new EngineWorker();
  try {
    await worker.call({ type: 'build', options });
    let sent = 0;
    let analysing: Promise<number> | undefined;
    onProgress?.({ phase: 'analysing', done: 0, total });
    for await (const stories of pages) {
      // the worker analyses one page while the next is read; at most one waits in its queue
      if (analysing) onProgress?.({ phase: 'analysing', done: await analysing, total });
      sent += stories.length;
      analysing = worker.call({ type: 'add', stories });
    }
    if (analysing) await analysing;
    const header = await worker.call({ type: 'finish', fingerprint: '' }, (progress) =>
      onProgress?.(progress)
    );
    const index = new RelatedIndex(options);
    restoreHeader(index, header);
    onProgress?.({ phase: 'loading', done: 0, total: sent });
    // a page took 35–50 ms to restore (0.07–0.1 ms a record): requests get turns within it
    const slices = timeSlices();
    for (let from: number | null = 0; from !== null;) {
      const page = await worker.call({ type: 'export', from, count: EXPORT_PAGE });
      for (const record of page.records) {
        restoreStory(index, record);
        await slices.pause();
      }
      onProgress?.({ phase: 'loading', done: index.size, total: sent });
      from = page.next;
    }
    return index;
  } finally {
    await worker.terminate();
  }
};
