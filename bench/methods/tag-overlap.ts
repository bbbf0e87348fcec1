import type { Method } from './types';

/** Drupal "similar by terms": stories ranked by the number of tags they share. */
export const tagOverlap = (tagsOf: (id: string) => string[]): Method => {
  const byTag = new Map<string, string[]>();
  return {
    name: 'tag overlap only (similar by terms)',
    build(stories) {
      for (const story of stories) {
        for (const tag of tagsOf(story.id)) byTag.set(tag, [...(byTag.get(tag) ?? []), story.id]);
      }
    },
    related(id, limit) {
      const shared = new Map<string, number>();
      for (const tag of tagsOf(id)) {
        for (const other of byTag.get(tag) ?? []) {
          if (other !== id) shared.set(other, (shared.get(other) ?? 0) + 1);
        }
      }
      return [...shared]
        .sort((a, b) => b[1] - a[1])
        .slice(0, limit)
        .map(([other]) => other);
    },
  };
};
