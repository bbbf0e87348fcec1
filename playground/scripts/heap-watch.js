/**
 * The import command's memory, kept bounded by design rather than by a heap cap:
 * - V8 lets garbage pile up to a few times what a batch and Strapi keep before it collects
 *   (a batch's records live long enough to reach the old generation), so once the heap has grown
 *   by `growth` since the last full collection, a full collection runs (between batches);
 * - when even then the heap is near V8's limit (a small `--max-old-space-size`, say), the import
 *   stops after its batch with an explanation, instead of V8's "heap out of memory" abort.
 */
const v8 = require('node:v8');
const vm = require('node:vm');

/** Share of V8's heap limit past which the import stops after its current batch. */
const HEAP_STOP = 0.9;
/** Garbage allowed on top of what the last full collection kept. */
const GROWTH = 64 * 2 ** 20;

const mb = (bytes) => Math.round(bytes / 2 ** 20);

/** V8's full collection: `--expose-gc` (the npm script gives it), else enabled here. */
const collector = () => {
  if (typeof globalThis.gc === 'function') return globalThis.gc;
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc');
};

const heapWatch = ({ growth = GROWTH } = {}) => {
  const gc = collector();
  const controller = new AbortController();
  let line = 0;
  let kept = v8.getHeapStatistics().used_heap_size;
  /** Called as lines are reported (after their batch is written). */
  const check = (at) => {
    line = at;
    if (controller.signal.aborted) return;
    const { used_heap_size: used, heap_size_limit: limit } = v8.getHeapStatistics();
    if (used < kept + growth && used < HEAP_STOP * limit) return;
    gc();
    kept = v8.getHeapStatistics().used_heap_size;
    if (kept >= HEAP_STOP * limit) controller.abort({ used: mb(kept), limit: mb(limit) });
  };
  const explain = () => {
    const { used, limit } = controller.signal.reason;
    return (
      `the import stopped after line ${line}: the JavaScript heap holds ${used} MB of its ` +
      `${limit} MB limit. The stories up to that line are imported; run the same command again ` +
      'to go on (stories already in are skipped), with a larger heap, e.g. ' +
      `NODE_OPTIONS=--max-old-space-size=${2 * limit}`
    );
  };
  return { signal: controller.signal, check, explain };
};

module.exports = { heapWatch };
