import { validateYupSchema, yup } from '@strapi/utils';

import { LINK_KINDS } from '../../../shared/contracts/uids';
import { fieldError } from '../utils/validation';

/**
 * What the admin routes accept (shared/contracts/admin.ts), checked before anything is read or
 * written: an unknown key or a bad value answers 400 naming the field.
 */
const documentId = () => yup.string().trim().min(1).max(64);
const limit = (fallback: number, max: number) =>
  yup.number().integer().min(1).max(max).default(fallback);
const locale = yup.string();

export const schemas = {
  locale: yup.object({ locale }),

  createLink: yup.object({
    article: documentId().required(),
    locale,
    target: documentId(),
    externalUrl: yup.string(),
    title: yup.string(),
    kind: yup.string().oneOf([...LINK_KINDS]),
    origin: yup.string().oneOf(['editor', 'suggestion']),
    score: yup.number().min(0),
    reverse: yup.boolean(),
  }),

  updateLink: yup.object({
    locale,
    kind: yup.string().oneOf([...LINK_KINDS]),
    target: documentId(),
  }),

  reorder: yup.object({ locale, order: yup.array(documentId().required()).required() }),

  dismiss: yup.object({
    article: documentId().required(),
    target: documentId().required(),
    locale,
  }),

  search: yup.object({
    q: yup.string().max(300).default(''),
    locale,
    limit: limit(10, 50),
    exclude: documentId(),
  }),

  report: yup.object({ locale, limit: limit(10, 100) }),

  coverage: yup.object({
    locale,
    days: yup.number().integer().min(1).max(366).default(14),
    min: yup.number().integer().min(1).max(100).default(1),
  }),

  storyMap: yup.object({
    locale,
    tag: yup.string().min(1),
    from: yup.string(),
    to: yup.string(),
    limit: limit(300, 1000),
  }),
};

type Shape<S extends yup.AnyObjectSchema> = yup.InferType<S>;

/** A request body: strictly typed JSON, no unknown keys. */
export const readBody = async <S extends yup.AnyObjectSchema>(schema: S, body: unknown) =>
  (await validateYupSchema(schema.noUnknown())(body ?? {})) as Shape<S>;

/**
 * A query string: values are strings, cast to the schema's types. Casting drops unknown keys,
 * so they are refused first.
 */
export const readQuery = async <S extends yup.AnyObjectSchema>(schema: S, query: unknown) => {
  const unknown = Object.keys(query ?? {}).find((key) => !(key in schema.fields));
  if (unknown) throw fieldError(unknown, 'is not a parameter of this route');
  return (await validateYupSchema(schema.noUnknown(), { strict: false })(query ?? {})) as Shape<S>;
};

/**
 * A `from`/`to` bound: an ISO date (a whole UTC day) or date-time. `to` as a date includes its
 * whole day.
 */
export const readDateBound = (value: string | undefined, field: 'from' | 'to') => {
  if (value === undefined || value === '') return undefined;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const parsed = Date.parse(dateOnly ? `${value}T00:00:00.000Z` : value);
  if (Number.isNaN(parsed) || !/^\d{4}-\d{2}-\d{2}/.test(value)) {
    throw fieldError(field, `"${value}" is not an ISO date (YYYY-MM-DD) or date-time`);
  }
  const endOfDay = 24 * 60 * 60 * 1000 - 1;
  return new Date(dateOnly && field === 'to' ? parsed + endOfDay : parsed);
};
