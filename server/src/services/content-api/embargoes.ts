import type { Core } from '@strapi/strapi';

import { embargoRepository } from '../../repositories/embargoes';

/** How long a read of the next lift time is reused (while that time has not passed). */
const REUSE_MS = 1000;

/**
 * When embargoes lift, for what keeps answers: an embargoed story is kept out of every read by
 * the published-only condition (published-only/rules.ts), taken at the time of each read; what
 * remembers an answer (the HTTP cache headers, the sitemaps and related lists kept in memory)
 * must not outlive the next lift, or the story would come out late.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let reused: { at: number; lift: number | null } | null = null;

  /** The time (ms) the next published story comes out of its embargo, or null when none. */
  const nextLift = async (): Promise<number | null> => {
    const now = Date.now();
    if (reused && now - reused.at < REUSE_MS && (reused.lift === null || reused.lift > now)) {
      return reused.lift;
    }
    const lift = await embargoRepository(strapi).nextLift(new Date(now));
    reused = { at: now, lift };
    return lift;
  };

  return {
    nextLift,

    /** Reads the next lift again at the next call (after a story was written). */
    forget() {
      reused = null;
    },

    /**
     * A stamp that changes when an embargo lifts (the next lift time moves on): a cached answer
     * kept with it is stale once the stamp differs.
     */
    async stamp(): Promise<string> {
      return String((await nextLift()) ?? '');
    },
  };
};
