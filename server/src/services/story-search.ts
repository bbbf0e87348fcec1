import type { Core } from '@strapi/strapi';

import type { StoryItem } from '../../../shared/contracts/admin';
import { linkQueries } from './link-queries';
import { storyItems } from './story-items';

/** `text` as a LIKE pattern matching it anywhere, with `!` escaping LIKE's wildcards. */
const containing = (text: string) => `%${text.toLowerCase().replace(/[!%_]/g, '!$&')}%`;

type SearchQuery = { q: string; locale: string; limit: number; exclude?: string };

/** Finding a story to link by its headline. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Stories whose headline contains `q` (case-insensitive): published ones newest first, then
   * stories saved only as drafts, most recently edited first.
   */
  async search({ q, locale, limit, exclude }: SearchQuery): Promise<StoryItem[]> {
    const sql = linkQueries(strapi);
    const documentId = sql.article('documentId');
    const matching = () => {
      const query = sql
        .stories(locale)
        .whereRaw(`LOWER(??) LIKE ? ESCAPE '!'`, [sql.article('title'), containing(q)])
        .select(`${documentId} as documentId`);
      return exclude ? query.whereNot(documentId, exclude) : query;
    };
    const published: Array<{ documentId: string }> = await sql
      .newestFirst(
        matching().whereNotNull(sql.article('publishedAt')),
        sql.article('datePublished'),
        'a.id'
      )
      .limit(limit);
    const drafts: Array<{ documentId: string }> =
      published.length < limit
        ? await matching()
            .whereNull(sql.article('publishedAt'))
            .whereNotExists(sql.publishedVersion(locale, documentId))
            .orderBy(sql.article('updatedAt'), 'desc')
            .orderBy('a.id', 'desc')
            .limit(limit - published.length)
        : [];
    const ids = [...published, ...drafts].map((row) => row.documentId);
    const items = await storyItems(strapi, ids, locale);
    return ids.map((id) => items.get(id)).filter((item): item is StoryItem => Boolean(item));
  },
});
