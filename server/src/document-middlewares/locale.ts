import type { Core } from '@strapi/strapi';

/**
 * The one locale a write applies to: the requested one, or the default locale of the
 * i18n plugin (the Document Service does the same when no locale is given).
 */
export const writeLocale = async (
  strapi: Core.Strapi,
  locale: string | string[] | undefined
): Promise<string> => {
  if (typeof locale === 'string' && locale !== '*') return locale;
  return strapi.plugin('i18n').service('locales').getDefaultLocale();
};
