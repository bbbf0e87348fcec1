import { RelatedIndex } from '../../server/src/engine';
import type { Method } from './types';

/** This plugin's engine, with its default options (recency off: the corpus has no dates). */
export const engine = (tagsOf: (id: string) => string[] = () => []): Method => {
  let index = new RelatedIndex();
  return {
    name: 'newsroom engine',
    build(stories) {
      index = new RelatedIndex({ halfLifeDays: 0 });
      index.build(
        stories.map((s) => ({
          id: s.id,
          locale: 'en',
          title: s.title,
          lead: s.paragraphs[0],
          body: s.paragraphs.slice(1).join('\n\n'),
          tags: tagsOf(s.id),
        }))
      );
    },
    related: (id, limit) => index.suggest(id, { limit }).map((s) => s.id),
  };
};
