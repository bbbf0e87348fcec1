import { UID } from '../../../shared/contracts/uids';

/**
 * Every admin URL the plugin links to is built here (routes inside the admin, relative to its
 * base path, for react-router).
 */
export const editViewPath = (documentId: string, locale?: string | null) => {
  const path = `/content-manager/collection-types/${UID.article}/${encodeURIComponent(documentId)}`;
  return locale ? `${path}?plugins[i18n][locale]=${encodeURIComponent(locale)}` : path;
};

/** The plugin's own page (the story map), as the admin menu takes it (relative). */
export const pluginPath = (pluginId: string) => `plugins/${pluginId}`;

/**
 * The site path of a story, for links placed in the text: `/news/{slug}` unless the admin is
 * built with `STRAPI_ADMIN_NEWSROOM_ARTICLE_PATH` set (Strapi passes `STRAPI_ADMIN_*`
 * variables to the admin bundle), e.g. `/{locale}/stories/{slug}` or
 * `https://example.com/a/{documentId}`. Placeholders: `{slug}` (the documentId when the story
 * has no slug), `{documentId}`, `{locale}`.
 */
export const DEFAULT_ARTICLE_PATH = '/news/{slug}';

const configuredArticlePath = (): string => {
  try {
    return process.env.STRAPI_ADMIN_NEWSROOM_ARTICLE_PATH || DEFAULT_ARTICLE_PATH;
  } catch {
    // No `process` (an admin bundle built without Strapi's define): the default.
    return DEFAULT_ARTICLE_PATH;
  }
};

export const articleSitePath = (
  story: { documentId: string; slug: string | null },
  locale?: string,
  pattern: string = configuredArticlePath()
) =>
  pattern.replace(/\{(slug|documentId|locale)\}/g, (_match, key: string) => {
    if (key === 'locale') return encodeURIComponent(locale ?? '');
    return encodeURIComponent(key === 'slug' ? (story.slug ?? story.documentId) : story.documentId);
  });
