import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { siteContext } from './site';
import { buildFeed, type FeedFormat } from '../../distribution/feed';
import { type FeedFilter, distributionRepository } from '../../repositories/distribution';

/**
 * RSS 2.0 and Atom feeds of the newest published stories of a locale, for the whole site or
 * one tag, author or section. Not cached here: 50 rows are one indexed query (HTTP caching
 * in front of the route does the rest).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The feed's XML; NotFoundError for a tag or author slug that does not exist. */
  async feed(format: FeedFormat, filter: FeedFilter): Promise<string> {
    const { site, urls } = await siteContext(strapi);
    const repository = distributionRepository(strapi);
    const titles: string[] = [];
    for (const kind of ['tag', 'author'] as const) {
      const slug = filter[kind];
      if (!slug) continue;
      const name = await repository.nameBySlug(kind, slug);
      if (name === null)
        throw new errors.NotFoundError(`${kind}: no ${kind} has the slug "${slug}"`);
      titles.push(name);
    }
    if (filter.section) titles.push(filter.section);
    const articles = await repository.latest(filter);
    return buildFeed(format, articles, site, urls, {
      locale: filter.locale,
      subtitle: titles.length > 0 ? titles.join(', ') : undefined,
    });
  },
});
