import type { Core } from '@strapi/strapi';

import type { ArticleSummary, RelatedItem } from '../../../../shared/contracts/related';
import { isIndexer } from '../../config';
import { articleRepository, toSummary } from '../../repositories/articles';
import type { StoredList } from '../../repositories/index-store';
import { getService } from '../../utils/get-service';
import type { ReadableLink } from './related-news';

/** Whole related lists kept in memory, at most (a web instance keeps its memory small). */
const MAX_CACHED_LISTS = 20_000;
const MAX_CACHED_LISTS_WEB = 5_000;

/** A story's related list as served; `pending`: its ranked part is not stored yet (web). */
export type RelatedList = { items: RelatedItem[]; pending: boolean };

/**
 * What a reader gets under a story (`GET /articles/:id/related`): the editor's readable links
 * in editor order, then the engine's fill-ins (`more-like-this`) from the story's stored list.
 * On a web instance (`indexer: false`) the stored list is read from the database as it is (one
 * row, read on every request: an answer is reused only while that row is unchanged, and no
 * embargo has lifted since); a story
 * whose list an indexer has not stored yet gets its editor's links only (`pending`).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const articles = articleRepository(strapi);
  const index = () => getService(strapi, 'related-index');

  /** An editor's link as a related item (an external link has no article fields). */
  const fromLink = (link: ReadableLink, locale: string): RelatedItem => ({
    ...(link.target
      ? toSummary(link.target)
      : { ...toSummary({ locale }), documentId: null, title: link.title ?? '' }),
    kind: link.kind,
    origin: link.origin,
    score: link.score ?? null,
    ...(link.externalUrl ? { externalUrl: link.externalUrl, linkTitle: link.title ?? null } : {}),
    afterBlock: link.afterBlock ?? null,
  });

  /**
   * Up to `wanted` engine fill-ins for a published story, none of `excluded` (which already
   * holds the story's `excludedFor`, read once per request): from its stored list (one row
   * read), or ranked now when it has none yet or too few are left of it (on an indexer; a web
   * instance serves what the stored list holds, `web`).
   */
  const fillIns = async (
    documentId: string,
    locale: string,
    wanted: number,
    excluded: Set<string>,
    web: { list: StoredList | null } | undefined
  ): Promise<Array<{ article: ArticleSummary; score: number }>> => {
    const stored = web ? web.list : await index().storedList(documentId, locale);
    const kept = (stored ?? []).filter(([id]) => !excluded.has(id));
    // a list shorter than the stored length holds every candidate: nothing more to rank
    if (web || (stored && (kept.length >= wanted || stored.length < index().listSize()))) {
      const found = await articles.summaries(
        kept.slice(0, wanted + 5).map(([id]) => id),
        locale
      );
      return kept.flatMap(([id, score]) => {
        const article = found.get(id);
        return article ? [{ article, score }] : [];
      });
    }
    const ranked = await getService(strapi, 'suggestions').forStory(documentId, locale, {
      limit: wanted,
      exclude: excluded,
      excludesLinked: true,
    });
    return ranked ?? [];
  };

  const compute = async (
    documentId: string,
    locale: string,
    limit: number,
    web: { list: StoredList | null } | undefined
  ): Promise<RelatedList | null> => {
    if (!(await articles.summaries([documentId], locale)).has(documentId)) return null;
    const links = await getService(strapi, 'related-news').linksOf(documentId, locale);
    const items = links.slice(0, limit).map((link) => fromLink(link, locale));
    const pending = web !== undefined && web.list === null;
    if (items.length >= limit) return { items, pending };
    const excluded = await getService(strapi, 'suggestions').excludedFor(documentId, locale);
    for (const item of items) if (item.documentId) excluded.add(item.documentId);
    for (const { article, score } of await fillIns(
      documentId,
      locale,
      limit - items.length,
      excluded,
      web
    )) {
      if (items.length >= limit) break;
      if (excluded.has(article.documentId)) continue;
      excluded.add(article.documentId);
      items.push({ ...article, kind: 'more-like-this', origin: 'engine', score, afterBlock: null });
    }
    return { items, pending };
  };

  /** Whole related lists as served, until anything they depend on changes. */
  const responses = new Map<
    string,
    { version: number; stamp: string; value: RelatedList | null }
  >();

  return {
    /** A published story's related list, or null when the story is not published. */
    async list(documentId: string, locale: string, limit: number): Promise<RelatedList | null> {
      const cacheKey = `${documentId}|${locale}|${limit}`;
      const version = index().version();
      const web = isIndexer(strapi)
        ? undefined
        : await getService(strapi, 'stored-lists').read(documentId, locale);
      // the next embargo lift too: a story out of embargo enters lists with no write
      const stamp = `${web?.stamp ?? ''}|${await getService(strapi, 'embargoes').stamp()}`;
      const hit = responses.get(cacheKey);
      if (hit && hit.version === version && hit.stamp === stamp) return hit.value;
      const value = await compute(documentId, locale, limit, web);
      if (responses.size >= (web ? MAX_CACHED_LISTS_WEB : MAX_CACHED_LISTS)) responses.clear();
      if (version === index().version()) responses.set(cacheKey, { version, stamp, value });
      return value;
    },
  };
};
