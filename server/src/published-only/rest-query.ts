import { rewritePopulate } from './populate';
import { both, constrainFilters, type GetModel, readableCondition, REST } from './rules';
import { checkSort } from './sort';

/**
 * Rewrites a Content API query (as `qs` parsed it, before Strapi validates and sanitizes it) so
 * that it can only reach what readers may see; see rules.ts for the rule. Strapi then
 * validates and sanitizes the result as usual (private fields, permissions, unknown keys).
 *
 * - `status` is `published`; `publicationFilter` and `hasPublishedVersion` (which select
 *   published stories by whether they have unsaved draft edits) are dropped.
 * - `filters`, at the root and in every populate entry at any depth: see constrainFilters.
 * - `populate`: every entry reaching a story or a link gets the readable condition in its
 *   `filters`; media, components and dynamic zones are walked into; a polymorphic relation
 *   (Upload's `related`) answers 400 (populate.ts).
 * - `sort` through a relation to stories or links (`sort=articles.title`), a polymorphic relation
 *   or a dynamic zone answers 400 (sort.ts).
 */
export type ReadQuery = Record<string, unknown>;

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
