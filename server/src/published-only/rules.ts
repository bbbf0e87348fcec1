import { errors } from '@strapi/utils';

import { UID } from '../../../shared/contracts/uids';
import {
  type Attribute,
  DYNAMIC_ZONE_REFUSED,
  MORPH_REFUSED,
  queryError,
  stepOf,
} from './attributes';

/**
 * The one rule for what leaves the plugin through a Content API read (REST or GraphQL):
 * published stories only, and only links a reader can follow.
 *
 * `status: 'published'` alone is not enough. Strapi applies it to the root documents and to
 * every populated level, but not to the joins a relation filter or a relation sort makes:
 * `tags?filters[articles][title][$contains]=…` joins every row of `newsroom_articles`, drafts
 * included, so the count of tags answers whether a draft holds the word. Here every step of a
 * filter that reaches an article is constrained to the published row at that same level, and
 * every step that reaches a link to the links a reader may see (as REST's readableLinkFilter).
 */

/** Operator names of a filter dialect: REST/Document Service (`$and`) or GraphQL (`and`). */
export type Dialect = {
  and: string;
  or: string;
  not: string;
  notNull: string;
  isNull: string;
  eq: string;
  lte: string;
};

export const REST: Dialect = {
  and: '$and',
  or: '$or',
  not: '$not',
  notNull: '$notNull',
  isNull: '$null',
  eq: '$eq',
  lte: '$lte',
};
export const GRAPHQL: Dialect = {
  and: 'and',
  or: 'or',
  not: 'not',
  notNull: 'notNull',
  isNull: 'null',
  eq: 'eq',
  lte: 'lte',
};

export type { Attribute };
export type Model = { uid: string; attributes: Record<string, Attribute> };
export type GetModel = (uid: string) => Model | undefined;
type Filters = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Filters =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A story readers may see at `now`: published, and not under an embargo (`embargoUntil` empty
 * or passed). The time is taken at each read, so an embargo lifts by itself, with no write.
 */
export const published = (d: Dialect, now: Date = new Date()): Filters => ({
  // one `and` (Strapi refuses a relation's where that mixes operators and attribute names)
  [d.and]: [
    { publishedAt: { [d.notNull]: true } },
    {
      [d.or]: [
        { embargoUntil: { [d.isNull]: true } },
        { embargoUntil: { [d.lte]: now.toISOString() } },
      ],
    },
  ],
});

/**
 * The condition a row of `uid` must meet to be shown to readers at `now`, or null when every
 * row may be. A link is readable when its article is published and it leads outside or to a
 * published story (both out of embargo).
 */
export const readableCondition = (
  uid: string,
  d: Dialect,
  now: Date = new Date()
): Filters | null => {
  if (uid === UID.article) return published(d, now);
  if (uid === UID.relatedNews) {
    return {
      article: published(d, now),
      [d.or]: [{ externalUrl: { [d.notNull]: true } }, { target: published(d, now) }],
    };
  }
  return null;
};

/** `{ and: [a, b] }`, or just `b` when `a` is empty. */
export const both = (a: unknown, b: Filters, d: Dialect): Filters =>
  isPlainObject(a) && Object.keys(a).length === 0 ? b : { [d.and]: [a, b] };

const isOperator = (key: string) => key.startsWith('$');

/**
 * A relation's value that is not a nested filter of the target (`filters[tags][articles]=5`,
 * `filters[tags][articles][$in][0]=5`, `filters[tags][articles][$null]=true`) compares the joined
 * row's id; written as an `id` filter so the readable condition can sit next to it.
 */
const asTargetFilter = (value: unknown, d: Dialect): unknown => {
  if (!isPlainObject(value)) return { id: { [d.eq]: value } };
  const keys = Object.keys(value);
  const groups = [d.and, d.or, d.not];
  if (keys.length > 0 && keys.every((k) => isOperator(k) && !groups.includes(k))) {
    return { id: value };
  }
  return value;
};

/** `path`: the parameter and the steps to the refused one (`filters.tags.articles`). */
const notUnderNot = (path: string[]) =>
  new errors.ValidationError(
    `${path.join('.')}: cannot be used inside a "not": a relation to stories or links ` +
      'under a negation would count unpublished content',
    { errors: [{ path, message: 'not allowed under "not"' }] }
  );

/**
 * Rewrites `filters` of `uid` so that every relation step reaching a story or a link carries
 * its readable condition at that level, at any depth and inside any `and`/`or`. A relation to a
 * story or a link under a `not` answers 400: a negated join would let a draft row through.
 * Media fields and components are walked into (the relations inside them get the rule); a
 * polymorphic relation or a dynamic zone answers 400 (attributes.ts).
 */
export const constrainFilters = (
  getModel: GetModel,
  uid: string,
  filters: unknown,
  d: Dialect,
  underNot = false,
  path: string[] = ['filters']
): unknown => {
  if (Array.isArray(filters)) {
    return filters.map((f) => constrainFilters(getModel, uid, f, d, underNot, path));
  }
  if (!isPlainObject(filters)) return filters;
  const model = getModel(uid);
  const out: Filters = {};
  for (const [key, value] of Object.entries(filters)) {
    if (key === d.and || key === d.or) {
      // qs turns arrays longer than its limit into objects with numeric keys: walk both
      out[key] = Array.isArray(value)
        ? value.map((v) => constrainFilters(getModel, uid, v, d, underNot, path))
        : isPlainObject(value)
          ? Object.fromEntries(
              Object.entries(value).map(([i, v]) => [
                i,
                constrainFilters(getModel, uid, v, d, underNot, path),
              ])
            )
          : value;
      continue;
    }
    if (key === d.not) {
      out[key] = constrainFilters(getModel, uid, value, d, true, path);
      continue;
    }
    const step = stepOf(model?.attributes?.[key]);
    const here = [...path, key];
    if (step.kind === 'morph') throw queryError(here.join('.'), `"${key}" ${MORPH_REFUSED}`);
    if (step.kind === 'dynamiczone') {
      throw queryError(here.join('.'), `"${key}" ${DYNAMIC_ZONE_REFUSED}`);
    }
    if (step.kind === 'nested') {
      // a media file or a component: the rule applies to the relations inside it
      out[key] = constrainFilters(getModel, step.uid, value, d, underNot, here);
      continue;
    }
    if (step.kind !== 'relation') {
      out[key] = value;
      continue;
    }
    const condition = readableCondition(step.target, d);
    if (condition && underNot) throw notUnderNot(here);
    const inner = constrainFilters(
      getModel,
      step.target,
      asTargetFilter(value, d),
      d,
      underNot,
      here
    );
    out[key] = condition ? both(inner, condition, d) : inner;
  }
  return out;
};
