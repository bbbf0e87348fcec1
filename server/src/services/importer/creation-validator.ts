import type { Core, UID } from '@strapi/strapi';
import { contentTypes, validateYupSchema, yup } from '@strapi/utils';

import { blocksSchema } from './blocks-schema';

type Attribute = {
  type: string;
  required?: boolean;
  unique?: boolean;
  minLength?: number;
  maxLength?: number;
  min?: number | string;
  max?: number | string;
  regex?: string;
  enum?: string[];
  default?: unknown;
  repeatable?: boolean;
  conditions?: unknown;
};
type Data = Record<string, unknown>;
type Validate = (data: Data) => Promise<Data>;

/** A number from a schema's `min` / `max`, as Strapi reads one. */
const toNumber = (value: unknown) => {
  if (value === undefined || value === null) return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
};

/**
 * The schema of a string-like attribute, as Strapi's entity validator builds it
 * (`stringValidator`, without the unique test: a unique value present goes to Strapi's).
 */
const stringSchema = (attr: Attribute, isDraft: boolean) => {
  let schema = yup.string().transform((_value: unknown, original: unknown) => original);
  if (attr.minLength && Number.isInteger(attr.minLength) && !isDraft)
    schema = schema.min(attr.minLength);
  if (attr.type === 'string')
    schema = schema.max(Number.isInteger(attr.maxLength) ? attr.maxLength! : 255);
  else if (attr.maxLength && Number.isInteger(attr.maxLength)) schema = schema.max(attr.maxLength);
  if (attr.regex !== undefined && !isDraft)
    schema = schema.matches(new RegExp(attr.regex), { excludeEmptyString: !attr.required });
  return schema;
};

/** The attribute types compiled here, each built as Strapi's `Validators` build it. */
const SCALARS: Record<string, (attr: Attribute, isDraft: boolean) => yup.AnySchema> = {
  string: stringSchema,
  text: stringSchema,
  uid: (attr, isDraft) =>
    isDraft
      ? stringSchema(attr, isDraft)
      : stringSchema(attr, isDraft).matches(
          attr.regex ? new RegExp(attr.regex) : /^[A-Za-z0-9-_.~]*$/
        ),
  enumeration: (attr) =>
    yup.string().oneOf([...(Array.isArray(attr.enum) ? attr.enum : [attr.enum]), null]),
  integer: (attr, isDraft) => {
    let schema = yup.number().integer();
    const min = toNumber(attr.min);
    const max = toNumber(attr.max);
    if (min !== undefined && !isDraft) schema = schema.min(Math.trunc(min));
    if (max !== undefined) schema = schema.max(Math.trunc(max));
    return schema;
  },
  float: (attr, isDraft) => {
    let schema = yup
      .number()
      .test(
        'is-finite-number',
        '${path} must be a finite number',
        (value) => value == null || (typeof value === 'number' && Number.isFinite(value))
      );
    const min = toNumber(attr.min);
    const max = toNumber(attr.max);
    if (min !== undefined && !isDraft) schema = schema.min(min);
    if (max !== undefined) schema = schema.max(max);
    return schema;
  },
  datetime: () => yup.mixed(),
  blocks: () => blocksSchema(),
};

/** Attributes a value of which the compiled schema does not check: their data goes to Strapi's. */
const OTHERS = new Set(['relation', 'media', 'component', 'dynamiczone']);

/**
 * The checks of Strapi's entity validator on a creation (`strapi.entityValidator
 * .validateEntityCreation`), built once per content type and draft state instead of on every
 * call. Strapi builds a yup schema from the model for each entity it validates; for scalar
 * attributes that schema depends only on the model and the draft state, so it is built here
 * once, attribute by attribute as Strapi builds it, and validated with the same `yup` and
 * `validateYupSchema` (same casts, defaults and messages). Data the compiled schema does not
 * cover goes to Strapi's validator: a relation, media, component or dynamic zone given a
 * value (or a required one absent), a unique or uid attribute given a value (its check reads
 * the database), and a content type with an attribute of another type or with conditions.
 */
export const creationValidator = (strapi: Core.Strapi, uid: UID.ContentType) => {
  const model = strapi.contentType(uid);
  const attributes = model.attributes as unknown as Record<string, Attribute>;
  const writable = contentTypes.getWritableAttributes(model as never) as string[];
  const supported = writable.every((name) => {
    const attr = attributes[name];
    if (attr.conditions) return false;
    if (attr.type in SCALARS) return true;
    if (!OTHERS.has(attr.type)) return false;
    // absent, a repeatable component defaults to [] unless required; others stay absent
    return !attr.required && (attr.type !== 'component' || !!attr.repeatable);
  });
  /** Attributes whose value, when given, only Strapi's validator checks. */
  const strapiChecks = writable.filter((name) => {
    const attr = attributes[name];
    return OTHERS.has(attr.type) || attr.type === 'uid' || !!attr.unique;
  });

  const compile = (isDraft: boolean): Validate => {
    const shape: Record<string, yup.AnySchema> = {};
    for (const name of writable) {
      const attr = attributes[name];
      if (attr.type === 'component' || attr.type === 'dynamiczone') {
        shape[name] = yup.mixed().default([]);
      } else if (OTHERS.has(attr.type)) {
        shape[name] = yup.mixed().default(attr.default);
      } else {
        let schema = SCALARS[attr.type](attr, isDraft);
        schema = !isDraft && attr.required ? schema.notNil() : schema.nullable();
        shape[name] = schema.default(attr.default);
      }
    }
    return validateYupSchema(yup.object().shape(shape).required(), {
      strict: false,
      abortEarly: false,
    }) as Validate;
  };
  const compiled = new Map<boolean, Validate>();

  return {
    /** Validates and casts `data` for a creation, as Strapi's validator does. */
    async validate(data: Data, { isDraft, locale }: { isDraft: boolean; locale?: string }) {
      if (!supported || strapiChecks.some((name) => data[name] !== undefined)) {
        return (await strapi.entityValidator.validateEntityCreation(model, data as never, {
          isDraft,
          locale,
        })) as Data;
      }
      if (!compiled.has(isDraft)) compiled.set(isDraft, compile(isDraft));
      return compiled.get(isDraft)!(data);
    },
  };
};
