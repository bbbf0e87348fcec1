import { UID } from '../../../shared/contracts/uids';
import { fieldError } from '../utils/validation';
import type { ActionHandler, ActionHandlers } from './types';
import { localeWhere, writeLocale } from './locale';
import { uniqueSlug } from './unique-slug';

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/**
 * `relatedNews` is the inverse side of related-news.article: links are written as related-news
 * documents, where every rule is checked. Through the article they could be moved to another
 * story (making self-links) or cut loose, so an article write may not change them.
 */
const refuseLinkChanges = (value: unknown, action: string) => {
  if (value === undefined) return;
  const empty = (items: unknown) =>
    items === undefined || (Array.isArray(items) && items.length === 0);
  const { connect, disconnect, set } = (value ?? {}) as Record<string, unknown>;
  const untouched =
    (Array.isArray(value) && value.length === 0 && action === 'create') ||
    (value !== null &&
      !Array.isArray(value) &&
      typeof value === 'object' &&
      set === undefined &&
      empty(connect) &&
      empty(disconnect));
  if (!untouched) {
    throw fieldError(
      'relatedNews',
      'links are created and changed as related-news entries, not through the article'
    );
  }
};

/**
 * Articles: the slug comes from the headline when none is given, and stays as it is after
 * publication; `datePublished` is stamped on first publication; deleting an article deletes
 * the links it owns (links from other stories to it stay, shown to editors as broken and
 * hidden from readers).
 */
/** Runs the write, then brings the story's entry in the related-story index up to date. */
const thenReindex =
  (handler?: ActionHandler): ActionHandler =>
  async (strapi, context, next) => {
    const result = (await (handler ? handler(strapi, context, next) : next())) as {
      documentId?: string;
    } | null;
    const documentId = context.params.documentId ?? result?.documentId;
    if (documentId) {
      try {
        await strapi.plugin('newsroom').service('related').refresh(documentId);
      } catch (error) {
        strapi.log.error(`[newsroom] could not re-index story ${documentId}: ${error}`);
      }
    }
    return result;
  };

const writeHandlers: ActionHandlers = {
  async create(strapi, { params }, next) {
    const data = (params.data ??= {});
    refuseLinkChanges(data.relatedNews, 'create');
    if (typeof data.title === 'string') data.title = data.title.trim();
    if (isBlank(data.slug) && typeof data.title === 'string' && data.title !== '') {
      const locale = await writeLocale(strapi, params.locale);
      data.slug = await uniqueSlug(strapi, data.title, { uid: UID.article, locale }, 'article');
    }
    return next();
  },

  async update(strapi, { params }, next) {
    const data = params.data ?? {};
    refuseLinkChanges(data.relatedNews, 'update');
    if (typeof data.title === 'string') data.title = data.title.trim();
    if ('slug' in data && isBlank(data.slug) && params.documentId) {
      const locale = await writeLocale(strapi, params.locale);
      const current = await strapi.db.query(UID.article).findOne({
        where: { documentId: params.documentId, locale, publishedAt: null },
        select: ['title', 'slug', 'datePublished'],
      });
      if (current?.datePublished && current.slug) {
        // Published URLs are in readers' bookmarks and search engines: keep the slug.
        data.slug = current.slug;
      } else {
        const title = typeof data.title === 'string' ? data.title : current?.title;
        if (title) {
          data.slug = await uniqueSlug(
            strapi,
            title,
            { uid: UID.article, locale, documentId: params.documentId },
            'article'
          );
        }
      }
    }
    return next();
  },

  async publish(strapi, { params }, next) {
    if (params.documentId) {
      // Stamp the draft first: publishing copies the draft into the published version.
      await strapi.db.query(UID.article).updateMany({
        where: {
          documentId: params.documentId,
          publishedAt: null,
          datePublished: null,
          ...localeWhere(params.locale),
        },
        data: { datePublished: new Date() },
      });
    }
    return next();
  },

  async delete(strapi, { params }, next) {
    if (!params.documentId) return next();
    return strapi.db.transaction(async () => {
      const owned = await strapi.db.query(UID.relatedNews).findMany({
        where: { article: { documentId: params.documentId }, ...localeWhere(params.locale) },
        select: ['documentId', 'locale'],
      });
      for (const link of owned) {
        await strapi.documents(UID.relatedNews).delete({
          documentId: link.documentId,
          locale: link.locale,
        });
      }
      return next();
    });
  },
};

export const articleHandlers: ActionHandlers = Object.fromEntries(
  ['create', 'update', 'publish', 'unpublish', 'delete', 'discardDraft'].map((action) => [
    action,
    thenReindex(writeHandlers[action]),
  ])
);
