import type { Core } from '@strapi/strapi';
import { validateYupSchema, type yup } from '@strapi/utils';
import type { Context } from 'koa';

import { fieldError } from '../../utils/validation';

type Source = 'query' | 'body';

/** The validated input, with `locale` resolved when the route takes one. */
export type Input<S extends yup.AnyObjectSchema> = yup.InferType<S> &
  ('locale' extends keyof S['fields'] ? { locale: string } : unknown);

const keysOf = (value: unknown) =>
  value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];

/** `?locale=`: a locale of the app; the default locale when absent. 400 otherwise. */
export const requestLocale = async (strapi: Core.Strapi, value: unknown): Promise<string> => {
  const locales = strapi.plugin('i18n').service('locales');
  if (value === undefined || value === '') return locales.getDefaultLocale();
  if (typeof value !== 'string' || !(await locales.findByCode(value))) {
    throw fieldError('locale', `"${String(value)}" is not a locale of this app`);
  }
  return value;
};

/**
 * The one way controllers read their input: `schema` describes the query or the body, and
 * the other one must be empty. An unknown key or a bad value answers 400 naming it. A query
 * is cast (its values are strings); a body is JSON and must already have the right types.
 */
export const inputReader =
  (strapi: Core.Strapi) =>
  async <S extends yup.AnyObjectSchema>(
    ctx: Context,
    schema: S,
    from: Source
  ): Promise<Input<S>> => {
    const given = (from === 'query' ? ctx.query : ctx.request.body) ?? {};
    const elsewhere = keysOf(from === 'query' ? ctx.request.body : ctx.query);
    const unknown = [...keysOf(given).filter((key) => !(key in schema.fields)), ...elsewhere];
    if (unknown.length > 0) throw fieldError(unknown[0], 'is not a parameter of this route');

    const input = await validateYupSchema(schema.noUnknown(), { strict: from === 'body' })(given);
    if (!('locale' in schema.fields)) return input;
    return { ...input, locale: await requestLocale(strapi, input.locale) };
  };
