import { DYNAMIC_ZONE_REFUSED, MORPH_REFUSED, queryError, stepOf, type Step } from './attributes';
import { type GetModel, readableCondition, REST } from './rules';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

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

/** The model a sort path continues in after `step`, or null when it leaves the rule's reach. */
const nextModel = (step: Step, key: string, param: string): string | null => {
  switch (step.kind) {
    case 'morph':
      throw queryError(param, `"${key}" ${MORPH_REFUSED}`);
    case 'dynamiczone':
      throw queryError(param, `"${key}" ${DYNAMIC_ZONE_REFUSED}`);
    case 'relation':
      if (readableCondition(step.target, REST)) {
        throw queryError(param, `cannot sort through "${key}" (stories or links of another entry)`);
      }
      return step.target;
    case 'nested':
      return step.uid;
    default:
      return null;
  }
};

/**
 * A sort may not go through a relation to stories or links (its join cannot be constrained, and
 * the order would follow unpublished text), through a polymorphic relation or a dynamic zone,
 * nor order by publication status. Media and components are walked into. 400 otherwise.
 */
export const checkSort = (
  { getModel }: { getModel: GetModel },
  uid: string,
  sort: unknown,
  param: string
) => {
  for (const path of sortPaths(sort)) {
    let model = getModel(uid);
    for (const key of path) {
      const next = nextModel(stepOf(model?.attributes?.[key]), key, param);
      if (next === null) break;
      model = getModel(next);
    }
    if (path.length === 1 && path[0] === 'status') {
      throw queryError(param, 'cannot sort by publication status');
    }
  }
};
