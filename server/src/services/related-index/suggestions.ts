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
  /** Only stories published before this one (background links). */
  onlyEarlier?: boolean;
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
      { limit, documentId }: { limit: number; documentId?: string }
    ): Promise<Suggestion[]> {
      const { locale } = input;
      const excluded = documentId ? [documentId, ...(await excludedFor(documentId, locale))] : [];
      const index = await getService(strapi, 'related-index').ready();
      // a key no story has: suggestFor would otherwise rank the indexed version of the story
      const found = index.suggestFor(
        { ...input, id: storyKey(`draft-${randomUUID()}`, locale) },
        { limit, exclude: excluded.map((target) => storyKey(target, locale)) }
      );
      return withSummaries(found, locale);
    },

    /** Ranked suggestions for a story, or null when it does not exist in the locale. */
    async forStory(
      documentId: string,
      locale: string,
      { limit, exclude = [], onlyEarlier = false }: SuggestOptions
    ): Promise<Suggestion[] | null> {
      const excluded = new Set([...(await excludedFor(documentId, locale)), ...exclude]);
      const index = await getService(strapi, 'related-index').ready();
      const id = storyKey(documentId, locale);
      const options = {
        limit,
        exclude: [...excluded].map((target) => storyKey(target, locale)),
        onlyEarlier,
      };
      let found;
      if (index.has(id)) {
        found = index.suggest(id, options);
      } else {
        const draft = await articles.draftInput(documentId, locale);
        if (!draft) return null;
        found = index.suggestFor(draft, options);
      }
      return withSummaries(found, locale);
    },
  };
};
