import contributor from '../../../components/newsroom/contributor.json';
import correction from '../../../components/newsroom/correction.json';
import contentTypes from '../content-types';

/**
 * OpenAPI 3.0 component schemas of what the Content API answers, derived from each readable
 * content type's schema.json (private attributes left out, as Strapi's sanitizers leave them
 * out), plus the list, related-list and link shapes of `client/src/types`.
 */
type Schema = Record<string, unknown>;
type Attribute = {
  type: string;
  required?: boolean;
  private?: boolean;
  multiple?: boolean;
  relation?: string;
  target?: string;
  enum?: string[];
  maxLength?: number;
  component?: string;
  repeatable?: boolean;
};

/** The plugin's components (components/newsroom), named as their schemas are. */
const COMPONENTS: Record<string, { name: string; attributes: Record<string, Attribute> }> = {
  'newsroom.correction': { name: 'NewsroomCorrection', attributes: correction.attributes },
  'newsroom.contributor': { name: 'NewsroomContributor', attributes: contributor.attributes },
};

/** The readable content types and their component names (prefixed: an app may have an `Article`). */
export const READABLE = [
  { key: 'article', name: 'NewsroomArticle' },
  { key: 'author', name: 'NewsroomAuthor' },
  { key: 'tag', name: 'NewsroomTag' },
  { key: 'related-news', name: 'NewsroomRelatedNewsLink' },
] as const;

const NAME_OF: Record<string, string> = Object.fromEntries(
  READABLE.map(({ key, name }) => [`plugin::newsroom.${key}`, name])
);

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const nullableRef = (name: string) => ({ allOf: [ref(name)], nullable: true });

const SCALARS: Record<string, Schema> = {
  string: { type: 'string' },
  text: { type: 'string' },
  uid: { type: 'string' },
  email: { type: 'string', format: 'email' },
  integer: { type: 'integer' },
  float: { type: 'number' },
  decimal: { type: 'number' },
  boolean: { type: 'boolean' },
  datetime: { type: 'string', format: 'date-time' },
  date: { type: 'string', format: 'date' },
  json: {},
};

const attributeSchema = (attribute: Attribute): Schema => {
  if (attribute.type === 'relation') {
    const target = NAME_OF[attribute.target ?? ''];
    return /ToMany$/.test(attribute.relation ?? '')
      ? { type: 'array', items: ref(target) }
      : nullableRef(target);
  }
  if (attribute.type === 'media') {
    return attribute.multiple
      ? { type: 'array', items: ref('NewsroomMedia') }
      : nullableRef('NewsroomMedia');
  }
  if (attribute.type === 'blocks') return nullableRef('NewsroomBlocks');
  if (attribute.type === 'component') {
    const name = COMPONENTS[attribute.component ?? ''].name;
    return attribute.repeatable ? { type: 'array', items: ref(name) } : nullableRef(name);
  }
  const base =
    attribute.type === 'enumeration'
      ? { type: 'string', enum: attribute.enum }
      : { ...(SCALARS[attribute.type] ?? {}) };
  if (attribute.maxLength) Object.assign(base, { maxLength: attribute.maxLength });
  return attribute.required || attribute.type === 'json' ? base : { ...base, nullable: true };
};

/** What an attribute means where its name does not say it all. */
const DESCRIPTIONS: Record<string, string> = {
  embargoUntil:
    'An embargo: a published story with a time still to come here is on no public read ' +
    '(REST, GraphQL, related lists, feeds, sitemaps, JSON-LD) until then, and on all of them ' +
    "after it with no write. Readers see it once passed; an API token's draft preview " +
    '(`status=draft`) sees it before.',
};

const documentSchema = (key: string): Schema => {
  const { schema } = contentTypes[key as keyof typeof contentTypes];
  const attributes = schema.attributes as Record<string, Attribute>;
  const properties: Record<string, Schema> = {
    id: { type: 'integer' },
    documentId: { type: 'string' },
  };
  const required = ['id', 'documentId'];
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.private) continue;
    properties[name] = attributeSchema(attribute);
    if (DESCRIPTIONS[name]) properties[name].description = DESCRIPTIONS[name];
    // Relations, media and components are in an answer only when populated.
    if (!['relation', 'media', 'component'].includes(attribute.type)) required.push(name);
  }
  properties.createdAt = { type: 'string', format: 'date-time' };
  properties.updatedAt = { type: 'string', format: 'date-time' };
  properties.publishedAt = { type: 'string', format: 'date-time' };
  required.push('createdAt', 'updatedAt', 'publishedAt');
  if ((schema.pluginOptions as { i18n?: { localized?: boolean } }).i18n?.localized) {
    properties.locale = { type: 'string' };
    required.push('locale');
  }
  return { type: 'object', description: schema.info.description, properties, required };
};

/** Writable attributes: relations as documentIds, components as their own input shapes. */
const inputProperties = (attributes: Record<string, Attribute>): Record<string, Schema> => {
  const properties: Record<string, Schema> = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.private || attribute.type === 'media') continue;
    if (attribute.type === 'component') {
      const item = {
        type: 'object',
        properties: inputProperties(COMPONENTS[attribute.component ?? ''].attributes),
      };
      properties[name] = attribute.repeatable ? { type: 'array', items: item } : item;
      continue;
    }
    properties[name] =
      attribute.type === 'relation'
        ? /ToMany$/.test(attribute.relation ?? '')
          ? { type: 'array', items: { type: 'string', description: 'documentId' } }
          : { type: 'string', nullable: true, description: 'documentId' }
        : attributeSchema(attribute);
  }
  return properties;
};

/** The write body of a content type: its public attributes, relations as documentIds. */
const inputSchema = (key: string): Schema => {
  const { schema } = contentTypes[key as keyof typeof contentTypes];
  const properties = inputProperties(schema.attributes as Record<string, Attribute>);
  return {
    type: 'object',
    required: ['data'],
    properties: { data: { type: 'object', properties } },
  };
};

const pagination = {
  type: 'object',
  properties: {
    page: { type: 'integer' },
    pageSize: { type: 'integer' },
    pageCount: { type: 'integer' },
    total: { type: 'integer' },
  },
  required: ['page', 'pageSize', 'pageCount', 'total'],
};

const articleRef = { type: 'object', properties: { documentId: { type: 'string' } } };

const summary = {
  documentId: { type: 'string' },
  title: { type: 'string' },
  slug: { type: 'string', nullable: true },
  lead: { type: 'string', nullable: true },
  section: { type: 'string', nullable: true },
  externalId: { type: 'string', nullable: true },
  datePublished: { type: 'string', format: 'date-time', nullable: true },
  locale: { type: 'string' },
};

const related = (key: string) => contentTypes['related-news'].schema.attributes[key as 'kind'];

/** Every component schema the newsroom's paths refer to. */
export const componentSchemas = (): Record<string, Schema> => {
  const schemas: Record<string, Schema> = {
    NewsroomPagination: pagination,
    NewsroomBlocks: {
      type: 'array',
      description:
        "Strapi's blocks (rich text): paragraphs, headings, lists, quotes, code, images.",
      items: {
        type: 'object',
        properties: {
          type: { type: 'string' },
          children: { type: 'array', items: { type: 'object' } },
        },
        required: ['type'],
      },
    },
    NewsroomMedia: {
      type: 'object',
      properties: {
        id: { type: 'integer' },
        documentId: { type: 'string' },
        name: { type: 'string' },
        alternativeText: { type: 'string', nullable: true },
        caption: { type: 'string', nullable: true },
        width: { type: 'integer', nullable: true },
        height: { type: 'integer', nullable: true },
        formats: { type: 'object', nullable: true },
        mime: { type: 'string' },
        size: { type: 'number' },
        url: { type: 'string' },
      },
    },
    NewsroomRelatedItem: {
      type: 'object',
      description:
        'An editor link (editor order, its kind) or an engine fill-in (kind more-like-this, origin engine). An external link has documentId null and externalUrl, linkTitle.',
      properties: {
        ...summary,
        documentId: { type: 'string', nullable: true },
        kind: { type: 'string', enum: related('kind').enum },
        origin: { type: 'string', enum: [...related('origin').enum, 'engine'] },
        score: { type: 'number', nullable: true },
        externalUrl: { type: 'string', nullable: true },
        linkTitle: { type: 'string', nullable: true },
      },
      required: ['documentId', 'title', 'kind', 'origin', 'score', 'locale'],
    },
    NewsroomRelatedResponse: {
      type: 'object',
      properties: {
        data: { type: 'array', items: ref('NewsroomRelatedItem') },
        meta: {
          type: 'object',
          properties: {
            article: articleRef,
            limit: { type: 'integer' },
            total: { type: 'integer' },
            pending: {
              type: 'boolean',
              enum: [true],
              description:
                'Only on a web instance (indexer: false) while no indexer has stored the ranked list: the placed links only.',
            },
          },
          required: ['article', 'limit', 'total'],
        },
      },
      required: ['data', 'meta'],
    },
    NewsroomRelatedNewsResponse: {
      type: 'object',
      description:
        "A story's readable links in editor order, each with its target story populated.",
      properties: {
        data: { type: 'array', items: ref('NewsroomRelatedNewsLink') },
        meta: {
          type: 'object',
          properties: { article: articleRef, total: { type: 'integer' } },
          required: ['article', 'total'],
        },
      },
      required: ['data', 'meta'],
    },
  };
  for (const { name, attributes } of Object.values(COMPONENTS)) {
    const properties: Record<string, Schema> = { id: { type: 'integer' } };
    for (const [field, attribute] of Object.entries(attributes)) {
      properties[field] = attributeSchema(attribute);
    }
    schemas[name] = { type: 'object', properties };
  }
  for (const { key, name } of READABLE) {
    schemas[name] = documentSchema(key);
    schemas[`${name}ListResponse`] = {
      type: 'object',
      properties: {
        data: { type: 'array', items: ref(name) },
        meta: {
          type: 'object',
          properties: { pagination: ref('NewsroomPagination') },
          required: ['pagination'],
        },
      },
      required: ['data', 'meta'],
    };
    schemas[`${name}Response`] = {
      type: 'object',
      properties: { data: ref(name), meta: { type: 'object' } },
      required: ['data', 'meta'],
    };
    schemas[`${name}Request`] = inputSchema(key);
  }
  return schemas;
};
