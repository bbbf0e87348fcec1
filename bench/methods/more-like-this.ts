import MiniSearch from 'minisearch';

import { type Method, plainTokens, text } from './types';

const QUERY_TERMS = 25;

/**
 * Elasticsearch more-like-this style: the story's 25 strongest tf-idf terms, OR-ed into a
 * BM25 query (minisearch scores with BM25+).
 */
export const moreLikeThis = (): Method => {
  const search = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
  const terms = new Map<string, string[]>();
  return {
    name: 'more-like-this (top 25 tf-idf terms, BM25)',
    build(stories) {
      search.addAll(stories.map((s) => ({ id: s.id, text: text(s) })));
      const df = new Map<string, number>();
      const tfs = stories.map((s) => {
        const tf = new Map<string, number>();
        for (const token of plainTokens(text(s))) tf.set(token, (tf.get(token) ?? 0) + 1);
        for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
        return tf;
      });
      stories.forEach((s, i) => {
        const scored = [...tfs[i]].map(
          ([term, tf]) => [term, tf * Math.log(stories.length / df.get(term)!)] as const
        );
        terms.set(
          s.id,
          scored
            .sort((a, b) => b[1] - a[1])
            .slice(0, QUERY_TERMS)
            .map(([term]) => term)
        );
      });
    },
    related: (id, limit) =>
      search
        .search(terms.get(id)!.join(' '), { combineWith: 'OR' })
        .filter((hit) => hit.id !== id)
        .slice(0, limit)
        .map((hit) => hit.id),
  };
};
