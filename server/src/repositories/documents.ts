import type { Core, UID } from '@strapi/strapi';

/** A `where` fragment restricting a query to the locale(s) named (`*` or none: every locale). */
export const localeWhere = (locale: string | string[] | undefined): Record<string, unknown> => {
  if (locale === undefined || locale === '*') return {};
  if (Array.isArray(locale)) return { locale: { $in: locale } };
  return { locale };
};

/** Existence checks that any of the plugin's content types needs, by documentId. */
export const documentRepository = (strapi: Core.Strapi, uid: UID.ContentType) => ({
  /** Whether a row of the document exists in `locale` (`*`: in any locale). */
  async exists(documentId: string, locale: string | string[] = '*'): Promise<boolean> {
    return (
      (await strapi.db.query(uid).count({ where: { documentId, ...localeWhere(locale) } })) > 0
    );
  },
});
