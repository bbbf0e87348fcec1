import { createHash } from 'node:crypto';

import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';

import { pluginConfig } from '../config';
import { getService } from '../utils/get-service';

/**
 * Route middleware `plugin::newsroom.http-cache` on every Content API GET route of the plugin,
 * outside `published-only`: it sees the answer as the controller made it.
 *
 * - `ETag`: a strong validator, the SHA-1 of the route's path and query string and of the
 *   body exactly as it is sent (this middleware serializes it). Whatever changes the answer —
 *   the story, its links, a linked story's publication, the related index — changes the bytes,
 *   so it changes the ETag; an answer that did not change keeps it. Nothing has to remember
 *   which writes matter, and every Strapi process computes the same ETag for the same answer.
 * - `Last-Modified`: the latest `updatedAt` in the answer, when it has one. It is a hint for
 *   people and crawlers: a story dropped from a list changes no `updatedAt`, so
 *   `If-Modified-Since` answers 304 only where the date covers the whole answer — one document
 *   read without `populate` — and only when the request has no `If-None-Match` (RFC 9110 13.1.3).
 * - `Cache-Control`: `public, max-age, stale-while-revalidate` (plugin config `httpCache`) for
 *   anonymous requests; `private` with the same ages for requests with an `Authorization`
 *   header; `private, no-store` (and no ETag) for a request that asks for drafts with an
 *   `Authorization` header — a token's preview, or a pinned request whose shared copy must not
 *   be taken for one.
 * - Both ages are cut to the time left until the next embargo lift (services/content-api/
 *   embargoes.ts), so that no cache serves a list, a feed or a sitemap without a story whose
 *   embargo has ended; the ETag then changes with the answer's bytes.
 * - `Vary: Authorization`: a shared cache keeps anonymous and authenticated answers apart.
 * - `304 Not Modified`, no body, for a matching `If-None-Match` (weak comparison, `*` included).
 *
 * Only 200 answers get validators; errors pass through untouched.
 */
type Cacheable = Record<string, unknown> | unknown[];

const etagOf = (ctx: Context, text: string) =>
  `"${createHash('sha1').update(`${ctx.path}?${ctx.querystring}\n`).update(text).digest('base64url')}"`;

/**
 * The latest `updatedAt` anywhere in the answer, or null. An `embargoUntil` that has passed
 * counts as one: a story is new to readers when its embargo ends, though nothing was written.
 */
const latestUpdate = (value: unknown): number | null => {
  let latest: number | null = null;
  const now = Date.now();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node)) {
      if (key === 'embargoUntil' && typeof child === 'string') {
        const time = Date.parse(child);
        if (time <= now && (latest === null || time > latest)) latest = time;
      } else if (key === 'updatedAt' && typeof child === 'string') {
        const time = Date.parse(child);
        if (!Number.isNaN(time) && (latest === null || time > latest)) latest = time;
      } else walk(child);
    }
  };
  walk(value);
  return latest;
};

const opaque = (tag: string) => tag.trim().replace(/^W\//, '');

/** RFC 9110 13.1.2: weak comparison of the request's tags with the answer's. */
const noneMatch = (header: string, etag: string) =>
  header.trim() === '*' || header.split(',').some((tag) => opaque(tag) === etag);

/** `If-Modified-Since` applies when Last-Modified covers the whole answer (see above). */
const dateCoversAnswer = (ctx: Context, body: Cacheable) => {
  const data = (body as { data?: unknown }).data;
  const query = ctx.query as Record<string, unknown>;
  return !!data && typeof data === 'object' && !Array.isArray(data) && query.populate === undefined;
};

/**
 * The configured ages, cut so that no copy is served past the next embargo lift: an embargoed
 * story comes out by itself (no write), and every list, feed and sitemap may change then.
 */
type Ages = { maxAge: number; staleWhileRevalidate: number };

/** `ages` cut so that together they end by `lift` (ms; null: no embargo pending). */
export const agesUntil = (ages: Ages, lift: number | null, now = Date.now()): Ages => {
  if (lift === null) return ages;
  const left = Math.max(0, Math.floor((lift - now) / 1000));
  const maxAge = Math.min(ages.maxAge, left);
  return { maxAge, staleWhileRevalidate: Math.min(ages.staleWhileRevalidate, left - maxAge) };
};

const cacheAges = async (strapi: Core.Strapi) =>
  agesUntil(pluginConfig(strapi).httpCache, await getService(strapi, 'embargoes').nextLift());

const httpCache =
  (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: Next): Promise<void> => {
    // the query as the caller sent it, before published-only rewrites it
    const askedForDrafts = (ctx.query as Record<string, unknown>)?.status === 'draft';
    await next();
    // JSON answers (objects) and documents the plugin writes itself (feeds, sitemaps: text)
    const isText = typeof ctx.body === 'string';
    if (ctx.method !== 'GET' || ctx.status !== 200 || !ctx.body) return;
    if (typeof ctx.body !== 'object' && !isText) return;
    const authorized = Boolean(ctx.get('authorization'));
    ctx.vary('Authorization');
    if (
      (ctx.state as { newsroomDraftRead?: boolean }).newsroomDraftRead ||
      (authorized && askedForDrafts)
    ) {
      ctx.set('Cache-Control', 'private, no-store');
      return;
    }
    const { maxAge, staleWhileRevalidate } = await cacheAges(strapi);
    const ages = `max-age=${maxAge}, stale-while-revalidate=${staleWhileRevalidate}`;
    ctx.set('Cache-Control', `${authorized ? 'private' : 'public'}, ${ages}`);

    const body = ctx.body as Cacheable | string;
    const text = isText ? (body as string) : JSON.stringify(body);
    const contentType = ctx.response.get('Content-Type') || 'application/json; charset=utf-8';
    const etag = etagOf(ctx, text);
    ctx.set('ETag', etag);
    const updated = isText ? null : latestUpdate(body as Cacheable);
    if (updated !== null) ctx.set('Last-Modified', new Date(updated).toUTCString());

    const ifNoneMatch = ctx.get('if-none-match');
    const ifModifiedSince = Date.parse(ctx.get('if-modified-since'));
    const notModified = ifNoneMatch
      ? noneMatch(ifNoneMatch, etag)
      : updated !== null &&
        !Number.isNaN(ifModifiedSince) &&
        dateCoversAnswer(ctx, body as Cacheable) &&
        Math.floor(updated / 1000) * 1000 <= ifModifiedSince;
    if (notModified) {
      ctx.status = 304;
      ctx.body = null;
      return;
    }
    ctx.body = text;
    // the controller's own type (`application/ld+json`, XML), kept over Koa's default for text
    ctx.set('Content-Type', contentType);
  };

export default httpCache;
