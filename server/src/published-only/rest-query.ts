import { errors } from '@strapi/utils';

import { both, constrainFilters, type GetModel, readableCondition, REST } from './rules';

/**
 * Rewrites a Content API query (as `qs` parsed it, before Strapi validates and sanitizes it) so
 * that it can only reach what readers may see; see read-rules.ts for the rule. Strapi then
 * validates and sanitizes the result as usual (private fields, permissions, unknown keys).
 *
 * - `status` is `published`; `publicationFilter` and `hasPublishedVersion` (which select
 *   published stories by whether they have unsaved draft edits) are dropped.
 * - `filters`, at the root and in every populate entry at any depth: see constrainFilters.
 * - `populate`: every entry reaching a story or a link gets the readable condition in its
 *   `filters`; `*` and dotted paths are spelled out so that nested links can be filtered too.
 * - `sort` through a relation to stories or links (`sort=articles.title`) answers 400: a sort
 *   join cannot be constrained, and its order would follow unpublished text.
 */
export type ReadQuery = Record<string, unknown>;

type Ctx = { getModel: GetModel };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const badRequest = (param: string, message: string) =>
  new errors.ValidationError(`${param}: ${message}`, {
    errors: [{ path: [param], message, name: 'ValidationError' }],
  });

/** Attributes that `populate=*` reaches on a model, as Strapi's sanitizer lets them through. */
const populatable = ({ getModel }: Ctx, uid: string): string[] =>
  Object.entries(getModel(uid)?.attributes ?? {})
    .filter(
      ([, a]) =>
        ['relation', 'media', 'component', 'dynamiczone'].includes(a.type) &&
        !a.private &&
        (a as { visible?: boolean }).visible !== false &&
        !(a.target ?? '').startsWith('admin::')
    )
    .map(([name]) => name);

/** Any populate value (`*`, `a,b.c`, `['a', 'b.c']`, `{ a: true }`) as an object of entries. */
const populateEntries = (ctx: Ctx, uid: string, value: unknown): Record<string, unknown> => {
  if (value === true || value === 'true' || value === '*') {
    return Object.fromEntries(populatable(ctx, uid).map((name) => [name, true]));
  }
  const paths = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : null;
  if (paths) {
    const entries: Record<string, any> = {};
    for (const raw of paths) {
      if (typeof raw !== 'string') continue;
      if (raw.trim() === '*') {
        Object.assign(entries, populateEntries(ctx, uid, '*'));
        continue;
      }
      const [head, ...rest] = raw.trim().split('.');
      if (!head) continue;
      if (rest.length === 0) {
        entries[head] = entries[head] ?? true;
      } else {
        const entry = isPlainObject(entries[head]) ? entries[head] : {};
        const nested = entry.populate === undefined ? [] : [entry.populate];
        entries[head] = { ...entry, populate: [...nested.flat(), rest.join('.')] };
      }
    }
    return entries;
  }
  return isPlainObject(value) ? value : {};
};

const rewritePopulate = (ctx: Ctx, uid: string, value: unknown): unknown => {
  if (value === undefined || value === null || value === false || value === 'false') return value;
  const model = ctx.getModel(uid);
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(populateEntries(ctx, uid, value))) {
    const attribute = model?.attributes?.[key];
    if (attribute?.type !== 'relation' || !attribute.target) {
      out[key] = entry;
      continue;
    }
    if (entry === false || entry === 'false') continue;
    const target = attribute.target;
    const options: Record<string, unknown> = isPlainObject(entry) ? { ...entry } : {};
    checkSort(ctx, target, options.sort, `populate.${key}.sort`);
    const filters = constrainFilters(ctx.getModel, target, options.filters ?? {}, REST);
    const condition = readableCondition(target, REST);
    if (condition) options.filters = both(filters, condition, REST);
    else if (options.filters !== undefined) options.filters = filters;
    if (options.populate !== undefined)
      options.populate = rewritePopulate(ctx, target, options.populate);
    out[key] = Object.keys(options).length === 0 ? true : options;
  }
  return out;
};

/** The attribute paths of a sort value: `a:asc,b.c`, `['a:asc']`, `{ a: { b: 'asc' } }`, `[{…}]`. */
const sortPaths = (sort: unknown): string[][] => {
  if (typeof sort === 'string') {
    return sort
      .split(',')
      .map((s) => s.split(':')[0].trim())
      .filter(Boolean)
      .map((s) => s.split('.'));
  }
  if (Array.isArray(sort)) return sort.flatMap(sortPaths);
  if (isPlainObject(sort)) {
    return Object.entries(sort).flatMap(([key, value]) =>
      isPlainObject(value) ? sortPaths(value).map((p) => [key, ...p]) : [[key]]
    );
  }
  return [];
};

export const checkSort = (ctx: Ctx, uid: string, sort: unknown, param: string) => {
  for (const path of sortPaths(sort)) {
    let model = ctx.getModel(uid);
    for (const key of path.slice(0, -1)) {
      const attribute = model?.attributes?.[key];
      if (attribute?.type !== 'relation' || !attribute.target) break;
      if (readableCondition(attribute.target, REST)) {
        throw badRequest(param, `cannot sort through "${key}" (stories or links of another entry)`);
      }
      model = ctx.getModel(attribute.target);
    }
    if (path.length === 1 && path[0] === 'status') {
      throw badRequest(param, 'cannot sort by publication status');
    }
  }
};

/**
 * `forWrite`: the query of a write route, whose own document is not filtered. `draftRoot`: a
 * token's draft preview (see draft-preview.ts): the root documents are read at `status: draft`
 * and not filtered to published ones; every relation step below keeps the rule.
 */
export const restrictReadQuery = (
  getModel: GetModel,
  uid: string,
  query: ReadQuery,
  { forWrite = false, draftRoot = false } = {}
): ReadQuery => {
  const ctx = { getModel };
  const { publicationFilter: _p, hasPublishedVersion: _h, ...rest } = query;
  const out: ReadQuery = { ...rest, status: draftRoot ? 'draft' : 'published' };
  if (query.filters !== undefined)
    out.filters = constrainFilters(getModel, uid, query.filters, REST);
  const rootCondition = readableCondition(uid, REST);
  if (rootCondition && !forWrite && !draftRoot)
    out.filters = both(out.filters ?? {}, rootCondition, REST);
  if (query.sort !== undefined) checkSort(ctx, uid, query.sort, 'sort');
  if (query.populate !== undefined) out.populate = rewritePopulate(ctx, uid, query.populate);
  return out;
};
