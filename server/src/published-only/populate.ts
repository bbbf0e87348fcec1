import { MORPH_REFUSED, queryError, stepOf } from './attributes';
import { both, constrainFilters, type GetModel, readableCondition, REST } from './rules';
import { checkSort } from './sort';

/**
 * The `populate` part of the published-only rule, for every kind of attribute (attributes.ts):
 *
 * - a relation gets its target's readable condition in its `filters` (stories published, links
 *   readable), its own `filters` and `sort` constrained, its `populate` rewritten below it;
 * - a media field or a component is walked into: its `filters`, `sort` and `populate` follow
 *   the rule of its own model (Upload's file, the component);
 * - a dynamic zone is written as fragments (`on`), one per component, each walked into;
 * - a polymorphic relation (Upload's `related`) named anywhere answers 400; `*` leaves it out.
 *
 * `*` and dotted paths (`cover.related`) are spelled out first, so that nothing reaches Strapi's
 * own populate expansion unchecked.
 */
type Ctx = { getModel: GetModel };
type Entries = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Entries =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Attributes `populate=*` reaches on a model: what Strapi's sanitizer lets through, no morphs. */
const populatable = ({ getModel }: Ctx, uid: string): string[] =>
  Object.entries(getModel(uid)?.attributes ?? {})
    .filter(
      ([, a]) =>
        ['relation', 'media', 'component', 'dynamiczone'].includes(a.type) &&
        stepOf(a).kind !== 'morph' &&
        !a.private &&
        a.visible !== false &&
        !(a.target ?? '').startsWith('admin::')
    )
    .map(([name]) => name);

/** Any populate value (`*`, `a,b.c`, `['a', 'b.c']`, `{ a: true }`) as an object of entries. */
const populateEntries = (ctx: Ctx, uid: string, value: unknown): Entries => {
  if (value === true || value === 'true' || value === '*') {
    return Object.fromEntries(populatable(ctx, uid).map((name) => [name, true]));
  }
  const paths = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : null;
  if (!paths) return isPlainObject(value) ? value : {};
  const entries: Entries = {};
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
      const current = entries[head];
      const entry: Record<string, unknown> = isPlainObject(current) ? current : {};
      const nested = entry.populate === undefined ? [] : [entry.populate];
      entries[head] = { ...entry, populate: [...nested.flat(), rest.join('.')] };
    }
  }
  return entries;
};

const isOff = (value: unknown) => value === false || value === 'false';

/**
 * One populated entry of `uid` (a relation's target, a media file, a component): its options
 * with `filters`, `sort` and `populate` under the rule; `condition` is what its rows must meet.
 */
const rewriteEntry = (
  ctx: Ctx,
  uid: string,
  entry: unknown,
  param: string,
  condition: Entries | null
): unknown => {
  const options: Entries = isPlainObject(entry) ? { ...entry } : {};
  checkSort(ctx, uid, options.sort, `${param}.sort`);
  const filters = constrainFilters(ctx.getModel, uid, options.filters ?? {}, REST, false, [
    `${param}.filters`,
  ]);
  if (condition) options.filters = both(filters, condition, REST);
  else if (options.filters !== undefined) options.filters = filters;
  if (options.populate !== undefined) {
    options.populate = rewritePopulate(ctx, uid, options.populate, `${param}.populate`);
    if (Object.keys(options.populate as Entries).length === 0) delete options.populate;
  }
  return Object.keys(options).length === 0 ? true : options;
};

/** A dynamic zone's entry as fragments: `{ on: { component: options } }`, each walked into. */
const rewriteDynamicZone = (ctx: Ctx, components: string[], entry: unknown, param: string) => {
  const options = isPlainObject(entry) ? entry : {};
  const fragments = isPlainObject(options.on)
    ? options.on
    : Object.fromEntries(
        components.map((c) => [c, options.populate === '*' ? { populate: '*' } : true])
      );
  const on: Entries = {};
  for (const [component, fragment] of Object.entries(fragments)) {
    if (!components.includes(component)) continue; // Strapi's validator names it
    on[component] = rewriteEntry(ctx, component, fragment, `${param}.on.${component}`, null);
  }
  return { on };
};

export const rewritePopulate = (
  ctx: Ctx,
  uid: string,
  value: unknown,
  param = 'populate'
): unknown => {
  if (value === undefined || value === null || isOff(value)) return value;
  const model = ctx.getModel(uid);
  const out: Entries = {};
  for (const [key, entry] of Object.entries(populateEntries(ctx, uid, value))) {
    const step = stepOf(model?.attributes?.[key]);
    const here = `${param}.${key}`;
    if (step.kind === 'plain') {
      out[key] = entry;
      continue;
    }
    if (isOff(entry)) continue;
    if (step.kind === 'morph') throw queryError(here, `"${key}" ${MORPH_REFUSED}`);
    if (step.kind === 'dynamiczone') {
      out[key] = rewriteDynamicZone(ctx, step.components, entry, here);
    } else if (step.kind === 'nested') {
      out[key] = rewriteEntry(ctx, step.uid, entry, here, null);
    } else {
      out[key] = rewriteEntry(ctx, step.target, entry, here, readableCondition(step.target, REST));
    }
  }
  return out;
};
