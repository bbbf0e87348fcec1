import { createRequire } from 'node:module';
import path from 'node:path';

import type { Core, UID } from '@strapi/strapi';
import { contentTypes, validateYupSchema, yup } from '@strapi/utils';

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

type StrapiValidator = (
  metas: { attr: Attribute; model: unknown; updatedAttribute: { name: string }; entity: null },
  options: { isDraft: boolean; locale?: string }
) => yup.AnySchema;

/**
 * Strapi's own schema builders of its entity validator, by attribute type
 * (`@strapi/core`'s `services/entity-validator/validators`: the same functions
 * `validateEntityCreation` calls on every entity). Not among the package's exports, so read by
 * its file; null if a later Strapi moved it, and then every creation goes to Strapi's validator.
 */
let strapiValidators: Record<string, StrapiValidator> | null | undefined;
const validatorsOf = (strapi: Core.Strapi) => {
  if (strapiValidators !== undefined) return strapiValidators;
  try {
    // from the app, as Strapi itself is found (through @strapi/strapi when not hoisted)
    const app = createRequire(path.join(strapi.dirs.app.root, 'package.json'));
    const through = (from: NodeRequire) => path.dirname(from.resolve('@strapi/core/package.json'));
    let core: string;
    try {
      core = through(app);
    } catch {
      core = through(createRequire(app.resolve('@strapi/strapi')));
    }
    const file = path.join(core, 'dist', 'services', 'entity-validator', 'validators.js');
    const loaded = createRequire(file)(file) as { Validators?: Record<string, StrapiValidator> };
    strapiValidators = loaded.Validators ?? null;
  } catch {
    strapiValidators = null;
  }
  return strapiValidators;
};

/** The attribute types whose schema does not depend on the entity's data (Strapi's builders). */
const SCALARS = new Set([
  'string',
  'text',
  'richtext',
  'email',
  'uid',
  'enumeration',
  'boolean',
  'json',
  'integer',
  'biginteger',
  'float',
  'decimal',
  'date',
  'time',
  'datetime',
  'timestamp',
  'blocks',
]);

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
  const validators = validatorsOf(strapi);
  const supported =
    validators !== null &&
    writable.every((name) => {
      const attr = attributes[name];
      if (attr.conditions) return false;
      if (SCALARS.has(attr.type)) return true;
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
        let schema = validators![attr.type](
          { attr, model, updatedAttribute: { name }, entity: null },
          { isDraft }
        );
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
