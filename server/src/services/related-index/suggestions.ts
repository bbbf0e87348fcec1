import { randomUUID } from 'node:crypto';

import type { Core } from '@strapi/strapi';

import type { Suggestion } from '../../../../shared/contracts/related';
import type { StoryInput, Suggestion as Ranked } from '../../engine';
import { articleRepository } from '../../repositories/articles';
import { dismissalRepository } from '../../repositories/dismissals';
import { linkGraph } from '../../repositories/link-graph';
import { getService } from '../../utils/get-service';
import { parseStoryKey, storyKey } from '../../utils/story-key';

export type SuggestOptions = {
  limit: number;
  /** Stories to leave out, by documentId (in the story's locale). */
  exclude?: Iterable<string>;
  /** `exclude` already holds the story's `excludedFor` (the caller read it): not read again. */
  excludesLinked?: boolean;
  /** Only stories published before this one (background links). */
  onlyEarlier?: boolean;
  /** Only stories this filter keeps (an admin user's readable stories), by documentId. */
  only?: StoryFilter;
};

/** The documentIds among the given ones that a list may show. */
export type StoryFilter = (documentIds: string[]) => Promise<Set<string>>;

/** The most ranked stories read to fill a filtered list (then it stays short). */
const MAX_FILTERED_WINDOW = 1000;

/**
 * The first `limit` ranked stories that `only` keeps: ranks a window of `limit` stories, then,
 * while the filter leaves the list short and the engine had more, a window four times larger.
 */
const rankFiltered = async (
  rank: (limit: number) => Ranked[],
  limit: number,
  only: StoryFilter | undefined
): Promise<Ranked[]> => {
  if (!only) return rank(limit);
  for (let window = limit; ; window *= 4) {
    const found = rank(Math.min(window, MAX_FILTERED_WINDOW));
    const kept = await only(found.map((s) => parseStoryKey(s.id).documentId));
    const shown = found.filter((s) => kept.has(parseStoryKey(s.id).documentId));
    if (shown.length >= limit || found.length < window || window >= MAX_FILTERED_WINDOW) {
      return shown.slice(0, limit);
    }
  }
};

/**
 * Stories the engine ranks for a story, with their summaries and reasons: for a published
 * story from the index, for a draft from its saved text. Never the stories it already links to
 * or those an editor dismissed for it.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const articles = articleRepository(strapi);

  /** Stories never suggested for this one: those it links to and those an editor dismissed. */
  const excludedFor = async (documentId: string, locale: string) =>
    new Set([
      ...(await linkGraph(strapi).targetsOf(documentId, locale)),
      ...(await dismissalRepository(strapi).targetsOf(documentId, locale)),
    ]);

  /** Ranked stories with their published summaries (a story unpublished meanwhile is left out). */
  const withSummaries = async (found: Ranked[], locale: string): Promise<Suggestion[]> => {
    const summaries = await articles.summaries(
      found.map((s) => parseStoryKey(s.id).documentId),
      locale
    );
    return found.flatMap(({ id: key, score, similarity, nearDuplicate, reasons }) => {
      const article = summaries.get(parseStoryKey(key).documentId);
      return article ? [{ article, score, similarity, nearDuplicate, reasons }] : [];
    });
  };

  return {
    excludedFor,

    /**
     * Ranked suggestions for a text that is not saved (an edit form's title, lead, body and
     * tags); `documentId`, the story being edited, is left out with what it links to.
     */
    async forText(
      input: Omit<StoryInput, 'id'>,
      { limit, documentId, only }: { limit: number; documentId?: string; only?: StoryFilter }
    ): Promise<Suggestion[]> {
      const { locale } = input;
      const excluded = documentId ? [documentId, ...(await excludedFor(documentId, locale))] : [];
      const index = await getService(strapi, 'related-index').ready();
      // a key no story has: suggestFor would otherwise rank the indexed version of the story
      const story = { ...input, id: storyKey(`draft-${randomUUID()}`, locale) };
      const exclude = excluded.map((target) => storyKey(target, locale));
      const found = await rankFiltered(
        (window) => index.suggestFor(story, { limit: window, exclude }),
        limit,
        only
      );
      return withSummaries(found, locale);
    },

    /** Ranked suggestions for a story, or null when it does not exist in the locale. */
    async forStory(
      documentId: string,
      locale: string,
      { limit, exclude = [], excludesLinked = false, onlyEarlier = false, only }: SuggestOptions
    ): Promise<Suggestion[] | null> {
      const linked = excludesLinked ? [] : await excludedFor(documentId, locale);
      const excluded = new Set([...linked, ...exclude]);
      const index = await getService(strapi, 'related-index').ready();
      const id = storyKey(documentId, locale);
      const options = {
        exclude: [...excluded].map((target) => storyKey(target, locale)),
        onlyEarlier,
      };
      let rank: (window: number) => Ranked[];
      if (index.has(id)) {
        rank = (window) => index.suggest(id, { ...options, limit: window });
      } else {
        const draft = await articles.draftInput(documentId, locale);
        if (!draft) return null;
        rank = (window) => index.suggestFor(draft, { ...options, limit: window });
      }
      return withSummaries(await rankFiltered(rank, limit, only), locale);
    },
  };
};
