import type { IndexEvent } from '../../repositories/index-events';

/** How long an id the cursor passed is looked for (a write's transaction still open). */
const GAP_WAIT_MS = 60_000;
/** Ids looked for at most; a longer run of missing ids is not a write still committing. */
const MAX_GAPS = 10_000;

/**
 * The ids an event-log cursor passed without reading. On PostgreSQL and MySQL an id is taken
 * when a row is inserted and seen when its transaction commits, so two processes writing at
 * once may commit ids out of order: a reader that saw id 102 has moved past 101, which may
 * still come (or never, after a rollback). Such ids are kept for `waitMs` and asked for again
 * on every poll; SQLite, one writer at a time, leaves none.
 */
export const eventGaps = (waitMs = GAP_WAIT_MS) => {
  const missing = new Map<number, number>();

  return {
    /** Notes the ids between `cursor` and the events read after it that were not there. */
    passed(cursor: number, read: IndexEvent[], now = Date.now()) {
      let expected = cursor + 1;
      for (const { id } of read) {
        if (id - expected <= MAX_GAPS - missing.size) {
          for (let gap = expected; gap < id; gap += 1) missing.set(gap, now);
        }
        expected = Math.max(expected, id + 1);
      }
    },

    /** The ids still looked for (those given up on after `waitMs` are dropped). */
    due(now = Date.now()): number[] {
      for (const [id, since] of missing) if (now - since > waitMs) missing.delete(id);
      return [...missing.keys()];
    },

    /** Events of looked-for ids that came: no longer looked for. */
    found(events: IndexEvent[]) {
      for (const { id } of events) missing.delete(id);
    },
  };
};
