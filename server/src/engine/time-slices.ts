import { setImmediate as turn } from 'node:timers/promises';

/**
 * How long the thread that answers requests works on in one stretch before it lets them in:
 * a request waits for each of its own turns of the event loop (its query, its response…), so
 * this is paid about once per turn a request takes.
 */
export const TIME_SLICE_MS = 10;

/**
 * A clock for background work done on the thread that answers requests, one item at a time:
 * `pause()` after each item turns the event loop once `ms` have passed since the last turn,
 * and is free otherwise.
 */
export const timeSlices = (ms = TIME_SLICE_MS, now = () => performance.now()) => {
  let since = now();
  return {
    async pause() {
      if (now() - since < ms) return;
      await turn();
      since = now();
    },
  };
};
