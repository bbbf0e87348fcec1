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
