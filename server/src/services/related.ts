import { AsyncLocalStorage } from 'node:async_hooks';

import type { Core } from '@strapi/strapi';

import type {
  ArticleSummary,
  RebuildStatus,
  RelatedItem,
  Suggestion,
} from '../../../shared/contracts/related';
import { UID } from '../../../shared/contracts/uids';
import type { RelatedIndex } from '../engine';
import type { StoredList } from './index-store';
import { linkQueries } from './link-queries';
import {
  documentIdOf,
  key,
  MAX_CACHED_LISTS,
  pick,
  POPULATE,
  type Row,
  SELECT,
  SUMMARY_FIELDS,
  toStory,
} from './related-stories';

/** Stories written inside `deferRefresh`, refreshed together when it ends. */
const deferred = new AsyncLocalStorage<Set<string>>();

/**
 * What editors and readers get from the related-story engine: suggestions ranked by the
 * in-memory index (`related-index`), and the Content API's related lists, served from each
 * story's stored list in the saved index.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const engine = () => strapi.plugin('newsroom').service('related-index');
  const sync = () => strapi.plugin('newsroom').service('index-sync');

  const summaries = async (documentIds: string[], locale: string) => {
    if (documentIds.length === 0) return new Map<string, ArticleSummary>();
    const rows: ArticleSummary[] = await strapi.db.query(UID.article).findMany({
      where: { documentId: { $in: documentIds }, locale, publishedAt: { $notNull: true } },
      select: SUMMARY_FIELDS,
    });
    return new Map(rows.map((row) => [row.documentId, row]));
  };

  /** Stories never suggested for this one: those it links to and those an editor dismissed. */
  const linkedTargets = async (documentId: string, locale: string): Promise<string[]> => [
    ...(await linkQueries(strapi).targetsOf(documentId, locale)),
    ...(await strapi.plugin('newsroom').service('dismissals').targetsOf(documentId, locale)),
  ];

  const rank = async (
    documentId: string,
    locale: string,
    limit: number,
    linked: string[],
    onlyEarlier = false
  ): Promise<Suggestion[] | null> => {
    const current: RelatedIndex = await engine().ready();
    const id = key(documentId, locale);
    const exclude = linked.map((target) => key(target, locale));
    const options = { limit, exclude, onlyEarlier };
    let found;
    if (current.has(id)) {
      found = current.suggest(id, options);
    } else {
      const draft: Row | null = await strapi.db.query(UID.article).findOne({
        where: { documentId, locale, publishedAt: null },
        select: SELECT,
        populate: POPULATE,
      });
      if (!draft) return null;
      found = current.suggestFor(toStory(draft), options);
    }
    const articles = await summaries(
      found.map((s) => documentIdOf(s.id)),
      locale
    );
    return found
      .filter((s) => articles.has(documentIdOf(s.id)))
      .map(({ id: storyId, score, similarity, nearDuplicate, reasons }) => ({
        article: articles.get(documentIdOf(storyId))!,
        score,
        similarity,
        nearDuplicate,
        reasons,
      }));
  };

  /**
   * Up to `wanted` engine fill-ins for a published story, none of `excluded`: from its stored
   * list (one row read), or ranked now when it has none yet or too few are left of it.
   */
  const fillIns = async (
    documentId: string,
    locale: string,
    wanted: number,
    excluded: Set<string>
  ): Promise<Array<{ article: ArticleSummary; score: number }>> => {
    const stored: StoredList | null = await engine().storedList(documentId, locale);
    const kept = (stored ?? []).filter(([id]) => !excluded.has(id));
    // a list shorter than the stored length holds every candidate: nothing more to rank
    if (stored && (kept.length >= wanted || stored.length < engine().listSize())) {
      const articles = await summaries(
        kept.slice(0, wanted + 5).map(([id]) => id),
        locale
      );
      return kept
        .filter(([id]) => articles.has(id))
        .map(([id, score]) => ({ article: articles.get(id)!, score }));
    }
    return (await rank(documentId, locale, wanted, [...excluded])) ?? [];
  };

  /** Whole related lists as served by the Content API, until anything they depend on changes. */
  const responses = new Map<string, { version: number; value: RelatedItem[] | null }>();

  const computeRelated = async (
    documentId: string,
    locale: string,
    limit: number
  ): Promise<RelatedItem[] | null> => {
    const self = await summaries([documentId], locale);
    if (!self.has(documentId)) return null;
    const links = await strapi
      .plugin('newsroom')
      .service('related-news')
      .linksOf(documentId, locale);
    const items: RelatedItem[] = links.slice(0, limit).map((link: any) => ({
      ...(link.target
        ? pick(link.target)
        : {
            documentId: null,
            title: link.title,
            slug: null,
            lead: null,
            section: null,
            externalId: null,
            datePublished: null,
            locale,
          }),
      kind: link.kind,
      origin: link.origin,
      score: link.score ?? null,
      ...(link.externalUrl ? { externalUrl: link.externalUrl, linkTitle: link.title } : {}),
    }));
    if (items.length >= limit) return items;
    const excluded = new Set(await linkedTargets(documentId, locale));
    for (const item of items) if (item.documentId) excluded.add(item.documentId);
    for (const { article, score } of await fillIns(
      documentId,
      locale,
      limit - items.length,
      excluded
    )) {
      if (items.length >= limit) break;
      if (excluded.has(article.documentId)) continue;
      excluded.add(article.documentId);
      items.push({ ...article, kind: 'more-like-this', origin: 'engine', score });
    }
    return items;
  };

  return {
    /** Loads or builds the index (once); later calls wait for the same one. */
    ready: () => engine().ready(),

    /** Rebuilds the index from the articles, saves it and waits; `onProgress` sees each step. */
    rebuild: (options?: { onProgress?: (status: RebuildStatus) => void }) =>
      engine().rebuild(options),

    /** Starts a full rebuild unless one is running; the current index serves meanwhile. */
    startRebuild: (): RebuildStatus => engine().startRebuild(),

    /** Where the last or running load or (re)build is. */
    status: (): RebuildStatus => engine().status(),

    /**
     * Re-reads one story after a write, in memory and in the saved index. `record` tells the
     * other Strapi processes on this database to re-read it too.
     */
    async refresh(documentId: string, { record = true } = {}) {
      const pending = deferred.getStore();
      if (pending && record) {
        pending.add(documentId);
        return;
      }
      await engine().refresh(documentId, { save: record });
      if (record) await sync().record(documentId);
    },

    /**
     * Runs `run` (an import, say) with the stories it writes refreshed once at its end, in
     * one batch (or by a rebuild when they are many), instead of one by one.
     */
    async deferRefresh<T>(run: () => Promise<T>): Promise<T> {
      if (deferred.getStore()) return run();
      const pending = new Set<string>();
      try {
        return await deferred.run(pending, run);
      } finally {
        if (pending.size > 0) {
          const how = await engine().refresh([...pending]);
          if (how === 'refreshed')
            for (const documentId of pending) await sync().record(documentId);
        }
      }
    },

    /** Ranked suggestions for a story (published or draft), without its existing links. */
    async suggestions(
      documentId: string,
      locale: string,
      limit: number,
      { onlyEarlier = false } = {}
    ) {
      return rank(documentId, locale, limit, await linkedTargets(documentId, locale), onlyEarlier);
    },

    /**
     * What a reader gets under a story: the editor's readable links in editor order, then
     * engine fill-ins (`more-like-this`) up to `limit`. Null when the story is not published.
     */
    async related(
      documentId: string,
      locale: string,
      limit: number
    ): Promise<RelatedItem[] | null> {
      const cacheKey = `${documentId}|${locale}|${limit}`;
      const version: number = engine().version();
      const hit = responses.get(cacheKey);
      if (hit && hit.version === version) return hit.value;
      const value = await computeRelated(documentId, locale, limit);
      if (responses.size >= MAX_CACHED_LISTS) responses.clear();
      if (version === engine().version()) responses.set(cacheKey, { version, value });
      return value;
    },

    /**
     * A story's links changed: cached related lists are stale here, and (with `record`) in the
     * other Strapi processes on this database.
     */
    async touch(documentId: string, { record = true } = {}) {
      engine().bump();
      if (record) await sync().record(documentId);
    },

    computeRelated,
  };
};
