import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';

/** Deepest nesting a write body may have: rich text with lists in lists stays far below. */
export const MAX_DEPTH = 64;
/** Most values (objects, arrays, scalars) a write body may hold. */
export const MAX_VALUES = 100_000;

type Verdict = { status: 400 | 413; message: string } | null;

/**
 * Walks a parsed JSON body without recursion (a recursive walk, like the one that echoed a
 * 10,000-deep body in an error, overflows the stack) and says whether it is within bounds.
 */
export const checkBodyShape = (body: unknown, maxDepth = MAX_DEPTH, maxValues = MAX_VALUES) => {
  const stack: Array<[unknown, number]> = [[body, 0]];
  let values = 0;
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    values += 1;
    if (values > maxValues) {
      return { status: 413, message: `request body: more than ${maxValues} values` } as Verdict;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= maxDepth) {
      return { status: 400, message: `request body: nested deeper than ${maxDepth} levels` };
    }
    const children = Array.isArray(value) ? value : Object.values(value);
    for (const child of children) stack.push([child, depth + 1]);
  }
  return null;
};

/**
 * Route middleware of the Content API's write routes: a body nested too deep answers 400 and
 * one with too many values 413, before any controller, validator or error handler walks it.
 * (Bodies over the body parser's byte limit are already refused with 413 by `strapi::body`.)
 */
export default (_config: unknown, _ctx: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: Next) => {
    const verdict = checkBodyShape((ctx.request as { body?: unknown }).body);
    if (verdict) {
      ctx.status = verdict.status;
      ctx.body = {
        data: null,
        error: {
          status: verdict.status,
          name: verdict.status === 413 ? 'PayloadTooLargeError' : 'ValidationError',
          message: verdict.message,
          details: {},
        },
      };
      return;
    }
    await next();
  };
