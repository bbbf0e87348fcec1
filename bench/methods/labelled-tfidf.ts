import type { LabelledStory } from '../labelled';
import { plainTokens } from './types';

/**
 * Reference: exhaustive TF-IDF cosine (sublinear tf, smooth idf, L2 norm) over title, lead and
 * body, every story compared with every other of its locale. `cut` turns a word into its term:
 * the raw word form, or its first five letters (a stemmer of no rules, the floor any
 * morphology of Ukrainian or Russian has to beat).
 */
export const labelledTfidf = (name: string, cut: (word: string) => string = (w) => w) => {
  const vectors = new Map<string, Map<string, number>>();
  let stories: LabelledStory[] = [];
  return {
    name,
    build(all: LabelledStory[]) {
      stories = all;
      const counts = all.map((s) => {
        const tf = new Map<string, number>();
        for (const token of plainTokens(`${s.title}\n${s.lead}\n${s.body}`).map(cut))
          tf.set(token, (tf.get(token) ?? 0) + 1);
        return tf;
      });
      const df = new Map<string, number>();
      for (const tf of counts) for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
      const n = all.length;
      counts.forEach((tf, i) => {
        const v = new Map<string, number>();
        for (const [term, count] of tf)
          v.set(term, (1 + Math.log(count)) * (Math.log((n + 1) / (df.get(term)! + 1)) + 1));
        const norm = Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0)) || 1;
        for (const [term, w] of v) v.set(term, w / norm);
        vectors.set(all[i].id, v);
      });
    },
    related(id: string, locale: string, limit: number): string[] {
      const q = vectors.get(id)!;
      return stories
        .filter((s) => s.locale === locale && s.id !== id)
        .map((s) => {
          const v = vectors.get(s.id)!;
          let dot = 0;
          for (const [term, w] of q) dot += w * (v.get(term) ?? 0);
          return [s.id, dot] as const;
        })
        .sort((a, b) => b[1] - a[1])
        .slice(0, limit)
        .map(([other]) => other);
    },
  };
};
