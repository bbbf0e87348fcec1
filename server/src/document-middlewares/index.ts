import type { Core } from '@strapi/strapi';

import articleBody from './article-body';
import articleCascadeDelete from './article-cascade-delete';
import articleEmbargoes from './article-embargoes';
import articleDatePublished from './article-date-published';
import articleLinkPlacement from './article-link-placement';
import articleLinksGuard from './article-links-guard';
import articleReindex from './article-reindex';
import articleSitemaps from './article-sitemaps';
import articleSlug from './article-slug';
import authorProfileLinks from './author-profile-links';
import { articleExists, authorExists, linkExists, tagExists } from './document-exists';
import { articleLinkLabels, linkLabel } from './link-label';
import linkNumbers from './link-numbers';
import linkPlacement from './link-placement';
import linkRules from './link-rules';
import linkTouch from './link-touch';
import { authorSlug, tagSlug } from './name-slugs';
import { articlePrivateFields, linkPrivateFields, tagPrivateFields } from './private-fields';
import tagIdentity from './tag-identity';
import type { DocumentContext, DocumentMiddleware, Next } from './types';
import { articleWriteLocale, linkWriteLocale } from './write-locale-guard';

/**
 * The plugin's write rules, one Document Service middleware per concern, so that whatever
 * writes (admin, Content API, importer, other plugins) the same rules hold. Order matters:
 * the first runs outermost (the re-index after an article write sees the write committed).
 * The guards come first: an unknown locale or document, or a private field, never reaches
 * the middlewares that compute or write anything.
 */
const MIDDLEWARES: DocumentMiddleware[] = [
  articleWriteLocale,
  linkWriteLocale,
  articleExists,
  authorExists,
  tagExists,
  linkExists,
  articlePrivateFields,
  tagPrivateFields,
  linkPrivateFields,
  articleReindex,
  articleSitemaps,
  articleEmbargoes,
  articleLinksGuard,
  articleBody,
  articleLinkPlacement,
  articleSlug,
  articleDatePublished,
  articleCascadeDelete,
  articleLinkLabels,
  authorProfileLinks,
  authorSlug,
  tagIdentity,
  tagSlug,
  linkNumbers,
  linkLabel,
  linkRules,
  linkPlacement,
  linkTouch,
];

export const registerDocumentMiddlewares = (strapi: Core.Strapi) => {
  for (const { uid, actions, handle } of MIDDLEWARES) {
    strapi.documents.use((context, next) => {
      const ctx = context as unknown as DocumentContext;
      if (ctx.uid !== uid || !actions.includes(ctx.action)) return next();
      return handle(strapi, ctx, next as Next) as ReturnType<typeof next>;
    });
  }
};
