import { UID } from '../../../shared/contracts/uids';
import { articleRepository } from '../repositories/articles';
import { writeLocale } from './locale';
import { stampDatePublished } from './rules/article';
import { isBlank, type DocumentMiddleware } from './types';

/**
 * `datePublished` is stamped on a story's first publication, whoever publishes: the `publish`
 * action (admin, editors' tools) and `create` / `update` with `status: 'published'` (the
 * Content API's `?status=published`, the importer, other plugins). A date already stored or
 * given with the write (an imported story's date) is kept. A story under an embargo
 * (`embargoUntil`) gets the embargo's end instead: readers first see it then.
 */
const articleDatePublished: DocumentMiddleware = {
  uid: UID.article,
  actions: ['publish', 'create', 'update'],
  async handle(strapi, { action, params }, next) {
    const articles = articleRepository(strapi);
    if (action === 'publish') {
      if (params.documentId) {
        // Stamp the draft first: publishing copies the draft into the published version.
        const locale = params.locale ?? (await writeLocale(strapi, undefined));
        await articles.stampDraftsPublished(params.documentId, locale);
      }
      return next();
    }

    if (params.status !== 'published') return next();
    const data = (params.data ??= {});
    if ('datePublished' in data && !isBlank(data.datePublished)) return next();
    if (action === 'update' && params.documentId) {
      const locale = await writeLocale(strapi, params.locale);
      const rows = await articles.datingOf(params.documentId, locale);
      const stored = rows.find((row) => row.datePublished !== null);
      if (stored) {
        if ('datePublished' in data) data.datePublished = stored.datePublished;
        return next();
      }
      // an embargo saved before, not changed by this write, dates the story as one given now
      const embargo = rows.find((row) => row.publishedAt === null)?.embargoUntil;
      if (!('embargoUntil' in data) && embargo) {
        data.datePublished = embargo;
        return next();
      }
    }
    stampDatePublished(data);
    return next();
  },
};

export default articleDatePublished;
