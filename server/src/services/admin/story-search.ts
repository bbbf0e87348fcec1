import type { Core } from '@strapi/strapi';

import type { StoryItem } from '../../../../shared/contracts/admin';
import { articleRepository } from '../../repositories/articles';
import { type HeadlineQuery, headlineSearch } from '../../repositories/headline-search';

/** Finding a story to link by its headline. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Stories whose headline contains `q` (case-insensitive), as editors see them: published
   * ones newest first, then stories saved only as drafts, most recently edited first.
   */
  async search(query: HeadlineQuery): Promise<StoryItem[]> {
    const ids = await headlineSearch(strapi, query);
    const items = await articleRepository(strapi).storyItems(ids, query.locale);
    return ids.map((id) => items.get(id)).filter((item): item is StoryItem => Boolean(item));
  },
});
