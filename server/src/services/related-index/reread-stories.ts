import type { Core } from '@strapi/strapi';

import type { RelatedIndex } from '../../engine';
import { articleRepository } from '../../repositories/articles';
import { parseStoryKey, storyKey } from '../../utils/story-key';

/**
 * Re-reads stories into `target` after writes: each locale a story is published in is indexed
 * (again), every other locale of it dropped. Answers the locales each story is published in
 * now, and the story keys written and removed.
 */
export const rereadStories = async (
  strapi: Core.Strapi,
  target: RelatedIndex,
  documentIds: string[]
) => {
  const stories = new Map<string, string[]>(documentIds.map((id) => [id, []]));
  const written: string[] = [];
  const removed: string[] = [];
  for (const story of await articleRepository(strapi).publishedInputs(documentIds)) {
    target.upsert(story);
    stories.get(parseStoryKey(story.id).documentId)!.push(story.locale);
    written.push(story.id);
  }
  const locales: Array<{ code: string }> = await strapi.plugin('i18n').service('locales').find();
  for (const [documentId, published] of stories) {
    for (const { code } of locales) {
      if (published.includes(code)) continue;
      target.remove(storyKey(documentId, code));
      removed.push(storyKey(documentId, code));
    }
  }
  return { stories, written, removed };
};
