import type { Core } from '@strapi/strapi';

/** Existence checks that any of the plugin's content types needs, by documentId. */
export const documentRepository = (strapi: Core.Strapi, uid: string) => ({
  /** Whether a row of the document exists in `locale` (`*`: in any locale). */
  async exists(documentId: string, locale: string | string[] = '*'): Promise<boolean> {
    const where: Record<string, unknown> = { documentId };
    if (Array.isArray(locale)) where.locale = { $in: locale };
    else if (locale !== '*') where.locale = locale;
    return (await strapi.db.query(uid as never).count({ where })) > 0;
  },
});
