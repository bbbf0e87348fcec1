/**
 * The body of an engine worker thread (bundled on its own as `dist/engine-worker/index.js`):
 * builds an index from the stories the main thread posts, or holds a copy of one to rank
 * related lists, and answers each request with its `id`. No database, no Strapi.
 */
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';

import { BuildPass } from '../build';
import { NeighbourLists } from '../neighbour-lists';
import { RelatedIndex } from '../related-index';
import { exportHeader, exportStory, restoreHeader, restoreStory } from '../snapshot';
import { WORKER_NICE, type WorkerMessage, type WorkerRequest } from './protocol';

// below the thread that answers requests (see WORKER_NICE)
if (process.platform === 'linux') {
  try {
    setPriority(0, WORKER_NICE);
  } catch {
    // a container may forbid it: the worker runs at the server's priority
  }
}

let index: RelatedIndex | undefined;
let pass: BuildPass | undefined;

const current = () => {
  if (!index) throw new Error('engine worker: no index (build or load first)');
  return index;
};

const MB = 1024 * 1024;

const handle = (id: number, request: WorkerRequest): unknown => {
  switch (request.type) {
    case 'build':
      index = new RelatedIndex(request.options);
      pass = new BuildPass(index);
      return null;
    case 'add':
      if (!pass) throw new Error('engine worker: no build under way');
      for (const story of request.stories) pass.add(story);
      return pass.count;
    case 'finish': {
      if (!pass) throw new Error('engine worker: no build under way');
      for (const progress of pass.finish()) parentPort!.postMessage({ id, progress });
      pass = undefined;
      return exportHeader(current(), request.fingerprint);
    }
    case 'export': {
      const { stories } = current();
      const records = [];
      let slot = request.from;
      for (; slot < stories.length && records.length < request.count; slot += 1) {
        const story = stories[slot];
        if (story) records.push(exportStory(current(), story.id)!);
      }
      return { records, next: slot < stories.length ? slot : null };
    }
    case 'load':
      index = new RelatedIndex(request.options);
      restoreHeader(index, request.header);
      return null;
    case 'restore':
      for (const id of request.removed ?? []) current().remove(id);
      for (const record of request.records) restoreStory(current(), record);
      return current().size;
    case 'rank': {
      // a list of its own per request: the worker keeps the index, not the lists
      const lists = new NeighbourLists(request.size);
      return request.keys.map((key) => [key, lists.compute(current(), key)] as const);
    }
    case 'memory': {
      const usage = process.memoryUsage();
      return { heapMb: usage.heapUsed / MB, externalMb: usage.external / MB };
    }
  }
};

parentPort?.on('message', ({ id, request }: { id: number; request: WorkerRequest }) => {
  let message: WorkerMessage;
  try {
    message = { id, ok: true, value: handle(id, request) };
  } catch (error) {
    message = { id, ok: false, error: String((error as Error)?.stack ?? error) };
  }
  parentPort!.postMessage(message);
});
