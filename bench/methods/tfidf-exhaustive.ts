import { type Method, plainTokens, text } from './types';

/**
 * Reference: exhaustive TF-IDF cosine over title + body (sublinear tf, smooth idf, L2 norm),
 * every story compared with every other.
 */
export const tfidfExhaustive = (): Method => {
  let ids: string[] = [];
  let vectors: Array<Map<string, number>> = [];
  return {
    name: 'exhaustive TF-IDF cosine',
    build(stories) {
      ids = stories.map((s) => s.id);
      const counts = stories.map((s) => {
        const tf = new Map<string, number>();
        for (const token of plainTokens(text(s))) tf.set(token, (tf.get(token) ?? 0) + 1);
        return tf;
      });
      const df = new Map<string, number>();
      for (const tf of counts) for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
      const n = stories.length;
      vectors = counts.map((tf) => {
        const v = new Map<string, number>();
        for (const [term, count] of tf) {
          v.set(term, (1 + Math.log(count)) * (Math.log((n + 1) / (df.get(term)! + 1)) + 1));
        }
        const norm = Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0));
        for (const [term, w] of v) v.set(term, w / norm);
        return v;
      });
    },
    related(id, limit) {
      const i = ids.indexOf(id);
      const q = vectors[i];
      return vectors
        .map((v, j) => {
          let dot = 0;
          for (const [term, w] of q) dot += w * (v.get(term) ?? 0);
          return [j, dot] as const;
        })
        .filter(([j]) => j !== i)
        .sort((a, b) => b[1] - a[1])
        .slice(0, limit)
        .map(([j]) => ids[j]);
    },
  };
};
