import type { Context } from 'koa';

/**
 * The one exception to the published-only rule: a draft preview. A GET on a route that allows
 * it (the three article reads: `/articles`, `/articles/:id`, `/articles/slug/:slug`) with an
 * explicit `status=draft`, authenticated with an API token, reads the draft of the stories it
 * returns. Strapi has authorised the request before the route middlewares run, so the token
 * holds the route's permission. Everything else about the rule still holds: populated and
 * filtered stories and links are published and readable only, so a preview shows the requested
 * drafts and nothing else that is unpublished.
 *
 * The Public role and Users & Permissions users keep published-only: their `status` is pinned.
 * Strapi 5.54 names its API-token strategy `content-api-token`; earlier 5.x `api-token`.
 */
export const TOKEN_STRATEGIES = ['content-api-token', 'api-token'];

type State = { auth?: { strategy?: { name?: string } }; newsroomDraftRead?: boolean };

/** Whether this request is a token's draft preview on a route that allows one. */
export const isDraftPreview = (ctx: Context, routeAllowsDrafts: boolean): boolean =>
  routeAllowsDrafts &&
  ctx.method === 'GET' &&
  (ctx.query as Record<string, unknown>)?.status === 'draft' &&
  TOKEN_STRATEGIES.includes((ctx.state as State).auth?.strategy?.name ?? '');

/** Marks the request as a draft read, for the controller and the cache headers. */
export const markDraftRead = (ctx: Context) => {
  (ctx.state as State).newsroomDraftRead = true;
};

/** The status a plugin read uses: `draft` for a token's preview, else `published`. */
export const readStatus = (ctx: Context): 'draft' | 'published' =>
  (ctx.state as State).newsroomDraftRead ? 'draft' : 'published';
