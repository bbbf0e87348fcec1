import type { Core } from '@strapi/strapi';

import type {
  BrokenLink,
  BrokenResponse,
  CoverageDay,
  CoverageResponse,
  StoryItem,
  UnlinkedResponse,
} from '../../../../shared/contracts/admin';
import type { Suggestion } from '../../../../shared/contracts/related';
import { isIndexer } from '../../config';
import { linkRepository } from '../../repositories/links';
import { getService } from '../../utils/get-service';
import { reportQueries } from '../../repositories/report-queries';
import { articleRepository } from '../../repositories/articles';
import type { StoryAccess } from './story-access';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The first instant (UTC) of the day `offset` days after `date`'s. */
const utcDay = (date: Date, offset = 0) =>
  new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + offset));

const inOrder = <T>(ids: string[], items: Map<string, T>): T[] =>
  ids.map((id) => items.get(id)).filter((item): item is T => item !== undefined);

/**
 * Admin reports over a locale's link graph (see shared/contracts/admin.ts): each reports on
 * the stories the user may read in the Content Manager, as they may read them.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const queries = reportQueries(strapi);

  return {
    /** Published stories with no link out and none in, newest first. */
    async unlinked(locale: string, limit: number, access: StoryAccess): Promise<UnlinkedResponse> {
      const only = access.readableSubquery(locale);
      const { ids, total } = await queries.unlinked(locale, limit, only);
      const items = await articleRepository(strapi).storyItems(ids, locale);
      const data = await access.showFields(inOrder<StoryItem>(ids, items), locale);
      return { data, meta: { total } };
    },

    /**
     * Links to stories that are unpublished or deleted, newest story first, each with the
     * engine's best suggestion for its story as a replacement.
     */
    async broken(locale: string, limit: number, access: StoryAccess): Promise<BrokenResponse> {
      const { rows, total } = await queries.broken(locale, limit, access.readableSubquery(locale));
      const links = await linkRepository(strapi).editorLinksByRow(
        rows.map((row) => row.link),
        locale
      );
      const sources = await articleRepository(strapi).storyItems(
        rows.map((row) => row.source),
        locale
      );
      const suggestions = getService(strapi, 'suggestions');
      const best = new Map<string, Suggestion | null>();
      // a web instance (`indexer: false`) ranks nothing: the links, without a replacement
      const ranks = isIndexer(strapi);
      for (const source of ranks ? new Set(rows.map((row) => row.source)) : []) {
        const only = access.readableFilter(locale);
        const found = await suggestions.forStory(source, locale, { limit: 1, only });
        best.set(source, found?.[0] ?? null);
      }
      const found: BrokenLink[] = rows
        .filter((row) => links.has(row.link) && sources.has(row.source))
        .map((row) => ({
          link: links.get(row.link)!,
          article: sources.get(row.source)!,
          suggestion: best.get(row.source) ?? null,
        }));
      const shownLinks = await access.showNested(
        found.map((item) => item.link),
        'target',
        locale
      );
      const shownArticles = await access.showFields(
        found.map((item) => item.article),
        locale
      );
      const shownSuggestions = await access.showNested(
        found.map((item) => item.suggestion ?? { article: null }),
        'article',
        locale
      );
      const data = found.map((item, i) => ({
        link: shownLinks[i],
        article: shownArticles[i],
        suggestion: item.suggestion ? (shownSuggestions[i] as Suggestion) : null,
      }));
      return { data, meta: { total } };
    },

    /**
     * For each of the last `days` UTC days, oldest first: stories published that day and how
     * many of them have at least `min` links, out and in together.
     */
    async coverage(
      locale: string,
      days: number,
      min: number,
      access: StoryAccess
    ): Promise<CoverageResponse> {
      const today = utcDay(new Date());
      const from = utcDay(today, 1 - days);
      const only = access.readableSubquery(locale);
      const rows = await queries.degrees(locale, from, utcDay(today, 1), only);
      const data: CoverageDay[] = Array.from({ length: days }, (_, i) => ({
        date: utcDay(from, i).toISOString().slice(0, 10),
        published: 0,
        covered: 0,
      }));
      for (const row of rows) {
        const day = data[Math.floor((row.datePublished.getTime() - from.getTime()) / DAY_MS)];
        if (!day) continue;
        day.published += 1;
        if (row.links >= min) day.covered += 1;
      }
      const published = data.reduce((sum, day) => sum + day.published, 0);
      const covered = data.reduce((sum, day) => sum + day.covered, 0);
      const embargoed = await queries.embargoed(locale, new Date(), only);
      return {
        data,
        meta: {
          days,
          min,
          published,
          covered,
          share: published ? covered / published : null,
          embargoed,
        },
      };
    },
  };
};
