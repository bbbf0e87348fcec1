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

/** A `where` clause fragment restricting a query to the locale(s) an action names. */
export const localeWhere = (locale: string | string[] | undefined): Record<string, unknown> => {
  if (locale === undefined || locale === '*') return {};
  if (Array.isArray(locale)) return { locale: { $in: locale } };
  return { locale };
};
