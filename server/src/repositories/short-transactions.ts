import type { Core } from '@strapi/strapi';

/**
 * How long one transaction of the index's background writes may hold the database. SQLite
 * has one writer: a long transaction makes every other process's write wait (and fail after
 * its busy timeout, 5 s with better-sqlite3), an import's included. better-sqlite3 is
 * synchronous, so it is also how long a request of this process may wait behind one: at
 * 100 ms, p95 of `/_health` during a rebuild of 100,000 stories was 110 ms.
 */
export const WRITE_SLICE_MS = 50;

const turn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Writes `items` with `write`, in as many transactions as it takes for none to last longer than
 * about `sliceMs` (an item started is finished; each transaction writes one item at least),
 * the event loop turning between them so that other work, and other processes, get a turn.
 * The items of one transaction are written together or not at all; the whole is not.
 */
export const inShortTransactions = async <T>(
  strapi: Core.Strapi,
  items: Iterable<T>,
  write: (item: T) => Promise<void>,
  sliceMs = WRITE_SLICE_MS
) => {
  const iterator = items[Symbol.iterator]();
  let next = iterator.next();
  while (!next.done) {
    await strapi.db.transaction(async () => {
      const started = Date.now();
      do {
        await write(next.value as T);
        next = iterator.next();
      } while (!next.done && Date.now() - started < sliceMs);
    });
    if (!next.done) await turn();
  }
};
