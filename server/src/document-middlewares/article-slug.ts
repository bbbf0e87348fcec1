import { UID } from '../../../shared/contracts/uids';
import { articleRepository } from '../repositories/articles';
import { writeLocale } from './locale';
import { trimTitle } from './rules/article';
import { isBlank, type DocumentMiddleware } from './types';
import { uniqueSlug } from './unique-slug';

/**
 * Article slugs come from the headline when none is given, made unique in the locale. A
 * headline change never changes the slug, and once the story has been published, clearing the
 * slug keeps the published one: readers' bookmarks and search engines hold it.
 */
const articleSlug: DocumentMiddleware = {
  uid: UID.article,
  actions: ['create', 'update'],
  async handle(strapi, { action, params }, next) {
    const data = action === 'create' ? (params.data ??= {}) : (params.data ?? {});
    trimTitle(data);
    const scope = async () => ({
      uid: UID.article,
      locale: await writeLocale(strapi, params.locale),
    });

    if (action === 'create') {
      if (isBlank(data.slug) && typeof data.title === 'string' && data.title !== '') {
        data.slug = await uniqueSlug(strapi, data.title, await scope(), 'article');
      }
      return next();
    }

    if ('slug' in data && isBlank(data.slug) && params.documentId) {
      const { uid, locale } = await scope();
      const current = await articleRepository(strapi).draftSlugFields(params.documentId, locale);
      if (current?.datePublished && current.slug) {
        data.slug = current.slug;
      } else {
        const title = typeof data.title === 'string' ? data.title : current?.title;
        if (title) {
          const where = { uid, locale, documentId: params.documentId };
          data.slug = await uniqueSlug(strapi, title, where, 'article');
        }
      }
    }
    return next();
  },
};

export default articleSlug;
