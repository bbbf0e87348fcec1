import type { Core } from '@strapi/strapi';

/** The demo newsroom publishes in English (default) and Ukrainian. */
export const ensureLocales = async (strapi: Core.Strapi) => {
  const locales = strapi.plugin('i18n').service('locales');
  if (!(await locales.findByCode('uk'))) {
    await locales.create({ code: 'uk', name: 'Ukrainian (uk)' });
  }
};
