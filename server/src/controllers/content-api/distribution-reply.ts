import type { Context } from 'koa';

import { SiteNotConfiguredError } from '../../config/site-context';

/**
 * Answers a distribution route (feeds, sitemaps, JSON-LD) with `type`, or 503 when the plugin's
 * `site.url` is not set: without it there is no absolute link to give.
 */
export const reply = async (ctx: Context, type: string, run: () => Promise<unknown>) => {
  try {
    const body = await run();
    if (body === null) return;
    ctx.body = body;
    ctx.type = type; // after the body: Koa types an object body as application/json
  } catch (error) {
    if (!(error instanceof SiteNotConfiguredError)) throw error;
    ctx.status = 503;
    ctx.body = {
      data: null,
      error: { status: 503, name: 'ServiceUnavailableError', message: error.message, details: {} },
    };
  }
};
