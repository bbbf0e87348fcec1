import type { Core } from '@strapi/strapi';

import type {
  ArticleSummary,
  RebuildStatus,
  RelatedItem,
  Suggestion,
} from '../../../shared/contracts/related';
import { UID } from '../../../shared/contracts/uids';
import type { NewsroomConfig } from '../config';
import { RelatedIndex } from '../engine';
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

/**
 * The Strapi side of the related-story engine: an index of the published stories held in
 * memory, built at start-up from the database and kept fresh by the article middleware.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let index: RelatedIndex | undefined;
  let loading: Promise<RelatedIndex> | undefined;
  /** Stories written while a rebuild was reading the database, re-read once it is done. */
  let dirty: Set<string> | undefined;
  let builtWith = 0;
  /** Bumped on every change to the index: cached related lists older than it are stale. */
  let version = 0;
  const config = () => strapi.config.get('plugin::newsroom') as NewsroomConfig;

  const sync = () => strapi.plugin('newsroom').service('index-sync');

  let status: RebuildStatus = { state: 'idle', phase: null, done: 0, total: 0, stories: 0 };

  const load = async (onProgress?: (status: RebuildStatus) => void) => {
    const started = Date.now();
    dirty = new Set();
    status = {
      ...status,
      state: 'building',
      phase: 'reading',
      done: 0,
      total: 0,
      startedAt: new Date(started).toISOString(),
    };
    await sync().mark();
    const fresh = new RelatedIndex(config());
    try {
      const rows: Row[] = await strapi.db.query(UID.article).findMany({
        where: { publishedAt: { $notNull: true } },
        select: SELECT,
        populate: POPULATE,
      });
      await fresh.buildAsync(rows.map(toStory), ({ phase, done, total }) => {
        status = { ...status, phase, done, total };
        onProgress?.(status);
      });
    } catch (error) {
      status = { ...status, state: 'failed', error: String(error) };
      dirty = undefined;
      throw error;
    }
    builtWith = fresh.size;
    status = {
      state: 'idle',
      phase: null,
      done: fresh.size,
      total: fresh.size,
      stories: fresh.size,
      builtAt: new Date().toISOString(),
      durationMs: Date.now() - started,
    };
    const touched = dirty;
    dirty = undefined;
    index = fresh;
    version += 1;
    for (const documentId of touched) await refreshIn(fresh, documentId);
    return fresh;
  };

  const refreshIn = async (target: RelatedIndex, documentId: string) => {
    const rows: Row[] = await strapi.db.query(UID.article).findMany({
      where: { documentId, publishedAt: { $notNull: true } },
      select: SELECT,
      populate: POPULATE,
    });
    const published = new Set(rows.map((row) => row.locale));
    version += 1;
    for (const row of rows) target.upsert(toStory(row));
    const locales = await strapi.plugin('i18n').service('locales').find();
    for (const { code } of locales as Array<{ code: string }>) {
      if (!published.has(code)) target.remove(key(documentId, code));
    }
  };

  /**
   * Term statistics and the latent space are computed on a full build; stories added later are
   * folded in. Once the index has grown by a fifth, it is rebuilt in the background.
   */
  const rebuildWhenGrown = (current: RelatedIndex) => {
    if (dirty || current.size < 50 || current.size <= builtWith * 1.2) return;
    loading = load();
    loading.catch((error) => strapi.log.error(`[newsroom] related index rebuild failed: ${error}`));
  };

  const ready = () => (index ? Promise.resolve(index) : (loading ??= load()));

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
    const current = await ready();
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
   * A story's engine fill-ins, kept until the index changes: reads of a related list then cost
   * no ranking and no extra query. Keyed by the story's links too, so a new editor link is
   * never repeated by a stale fill-in.
   */
  const cache = new Map<string, { version: number; value: Suggestion[] | null }>();
  /**
   * Whole related lists as served by the Content API, until anything they depend on changes:
   * any story (re)indexed here or by another process, or any link written.
   */
  const responses = new Map<string, { version: number; value: RelatedItem[] | null }>();
  const fillIns = async (documentId: string, locale: string, limit: number, linked: string[]) => {
    const cacheKey = `${documentId}|${locale}|${limit}|${[...linked].sort().join(',')}`;
    const hit = cache.get(cacheKey);
    if (hit && hit.version === version) return hit.value;
    const seen = version;
    const value = await rank(documentId, locale, limit, linked);
    if (cache.size >= MAX_CACHED_LISTS) cache.clear();
    if (seen === version) cache.set(cacheKey, { version: seen, value });
    return value;
  };

  return {
    /** Builds the index (once); later calls wait for the same build. */
    ready,

    /** Rebuilds the index from the database. */
    /** Rebuilds the index from the database and waits for it; `onProgress` sees each step. */
    async rebuild({ onProgress }: { onProgress?: (status: RebuildStatus) => void } = {}) {
      loading = load(onProgress);
      await loading;
      return status;
    },

    /** Starts a full rebuild unless one is running; the current index serves meanwhile. */
    startRebuild(): RebuildStatus {
      if (status.state !== 'building') {
        loading = load();
        loading.catch((error) => strapi.log.error(`[newsroom] related index rebuild: ${error}`));
      }
      return status;
    },

    /** Where the last or running (re)build is. */
    status: (): RebuildStatus => status,

    /**
     * Re-reads one story after a write: indexed while published, dropped otherwise. `record`
     * tells the other Strapi processes on this database to do the same.
     */
    async refresh(documentId: string, { record = true } = {}) {
      const current = await ready();
      dirty?.add(documentId);
      await refreshIn(current, documentId);
      if (record) await sync().record(documentId);
      rebuildWhenGrown(current);
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
      const hit = responses.get(cacheKey);
      if (hit && hit.version === version) return hit.value;
      const seen = version;
      const value = await this.computeRelated(documentId, locale, limit);
      if (responses.size >= MAX_CACHED_LISTS) responses.clear();
      if (seen === version) responses.set(cacheKey, { version: seen, value });
      return value;
    },

    /**
     * A story's links changed: cached related lists are stale here, and (with `record`) in the
     * other Strapi processes on this database.
     */
    async touch(documentId: string, { record = true } = {}) {
      version += 1;
      if (record) await sync().record(documentId);
    },

    async computeRelated(
      documentId: string,
      locale: string,
      limit: number
    ): Promise<RelatedItem[] | null> {
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
      if (items.length < limit) {
        const taken = new Set(items.map((item) => item.documentId));
        const targets = links.map(
          (link: { target?: { documentId: string } | null }) => link.target?.documentId
        );
        const suggestions =
          (await fillIns(documentId, locale, limit, [
            ...targets.filter(Boolean),
            ...(await linkedTargets(documentId, locale)),
          ])) ?? [];
        for (const suggestion of suggestions) {
          if (items.length >= limit) break;
          if (taken.has(suggestion.article.documentId)) continue;
          items.push({
            ...suggestion.article,
            kind: 'more-like-this',
            origin: 'engine',
            score: suggestion.score,
          });
        }
      }
      return items;
    },
  };
};
