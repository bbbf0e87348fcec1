import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import { FEED_CONTENT_TYPES, type FeedFormat } from '../../distribution/feed';
import { getService } from '../../utils/get-service';
import { feedQuery } from '../validation/distribution';
import { inputReader } from '../validation/read-input';
import { reply } from './distribution-reply';

/**
 * GET /feeds/rss.xml and /feeds/atom.xml — the newest published stories of a locale
 * (Users & Permissions actions `plugin::newsroom.feed.rss`, `plugin::newsroom.feed.atom`).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const readInput = inputReader(strapi);
  const feed = (format: FeedFormat) => async (ctx: Context) => {
    const filter = await readInput(ctx, feedQuery, 'query');
    await reply(ctx, FEED_CONTENT_TYPES[format], () =>
      getService(strapi, 'feeds').feed(format, filter)
    );
  };
  return { rss: feed('rss'), atom: feed('atom') };
};
