import type { Core } from '@strapi/strapi';

import { indexSnapshot } from '../../repositories/index-snapshot';
import { ABANDONED_MS, HEARTBEAT_MS } from '../../repositories/index-store';

/**
 * Saves of the related-story index that a process abandoned (killed while saving) are deleted
 * at start-up. A save whose heartbeat is recent may belong to a live process (another server on
 * the same database), so it is looked at again once it would have been abandoned.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** A second look at saves that were too fresh to call abandoned. */
  let recheck: NodeJS.Timeout | undefined;
  const snapshot = indexSnapshot(strapi);

  return {
    async dropAbandoned() {
      const { fresh } = await snapshot.dropAbandoned();
      if (fresh > 0 && !recheck) {
        recheck = setTimeout(() => {
          recheck = undefined;
          snapshot
            .dropAbandoned()
            .catch((error) => strapi.log.error(`[newsroom] index clean-up: ${error}`));
        }, ABANDONED_MS + HEARTBEAT_MS);
        recheck.unref?.();
      }
    },

    /** Stops the timer of a pending second look (when Strapi stops). */
    stop() {
      if (recheck) clearTimeout(recheck);
      recheck = undefined;
    },
  };
};
