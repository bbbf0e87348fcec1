import type { Core } from '@strapi/strapi';

import type { StoryItem } from '../../../../shared/contracts/admin';
import { articleRepository } from '../../repositories/articles';
import { type HeadlineQuery, headlineSearch } from '../../repositories/headline-search';
import type { StoryAccess } from './story-access';

/** Finding a story to link by its headline. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Stories whose headline contains `q` (case-insensitive), as editors see them: published
   * ones newest first, then stories saved only as drafts, most recently edited first. Only the
   * stories the user may read in the Content Manager, filtered in the query (full pages).
   */
  async search(query: HeadlineQuery, access: StoryAccess): Promise<StoryItem[]> {
    const only = access.readableSubquery(query.locale);
    const ids = await headlineSearch(strapi, { ...query, only });
    const items = await articleRepository(strapi).storyItems(ids, query.locale);
    const found = ids.map((id) => items.get(id)).filter((item): item is StoryItem => Boolean(item));
    return access.showFields(found, query.locale);
  },
});
