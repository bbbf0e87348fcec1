import type { Core } from '@strapi/strapi';

import { fieldError } from '../utils/validation';

/** `?limit=`: a whole number from 1 to `max`; `fallback` when absent. 400 otherwise. */
export const readLimit = (value: unknown, fallback: number, max: number): number => {
  if (value === undefined || value === '') return fallback;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1 || limit > max) {
    throw fieldError('limit', `must be a whole number from 1 to ${max}`);
  }
  return limit;
};

/** `?locale=`: a locale of the app; the default locale when absent. 400 otherwise. */
export const requestLocale = async (strapi: Core.Strapi, value: unknown): Promise<string> => {
  const locales = strapi.plugin('i18n').service('locales');
  if (value === undefined || value === '') return locales.getDefaultLocale();
  if (typeof value !== 'string' || !(await locales.findByCode(value))) {
    throw fieldError('locale', `"${String(value)}" is not a locale of this app`);
  }
  return value;
};

/** A `true`/`false` query parameter; false when absent. 400 otherwise. */
export const readFlag = (value: unknown, name: string): boolean => {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw fieldError(name, 'must be true or false');
};
