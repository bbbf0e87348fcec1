import type { Core } from '@strapi/strapi';

import { UID } from '../../../shared/contracts/uids';
import { toDate } from '../distribution/types';

/** Reads of embargo times: when the next published story comes out of its embargo. */
export const embargoRepository = (strapi: Core.Strapi) => ({
  /** The earliest `embargoUntil` after `now` of a published story (ms), or null when none. */
  async nextLift(now: Date): Promise<number | null> {
    const row = (await strapi.db.query(UID.article).findOne({
      where: { publishedAt: { $notNull: true }, embargoUntil: { $gt: now } },
      select: ['embargoUntil'],
      orderBy: { embargoUntil: 'asc' },
    })) as { embargoUntil: unknown } | null;
    return toDate(row?.embargoUntil)?.getTime() ?? null;
  },
});
