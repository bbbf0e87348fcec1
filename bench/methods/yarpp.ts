import Database from 'better-sqlite3';
import { eng } from 'stopword';

import { type Method, plainTokens } from './types';

const KEYWORDS = 20;
const stop = new Set(eng);

const keywords = (value: string) => {
  const tf = new Map<string, number>();
  for (const token of plainTokens(value)) {
    if (token.length > 2 && !stop.has(token)) tf.set(token, (tf.get(token) ?? 0) + 1);
  }
  return [...tf]
    .sort((a, b) => b[1] - a[1])
    .slice(0, KEYWORDS)
    .map(([term]) => term);
};

/**
 * YARPP style: the top 20 keywords of the title and of the body, OR-ed into a SQLite FTS5
 * query ranked by bm25 (title weighted 2, body 1), plus the number of shared tags.
 * YARPP's score threshold is not applied: it would only remove results.
 */
export const yarpp = (tagsOf: (id: string) => string[] = () => []): Method => {
  const db = new Database(':memory:');
  db.exec('CREATE VIRTUAL TABLE stories USING fts5(id UNINDEXED, title, body)');
  const queries = new Map<string, string>();
  const query = db.prepare(
    'SELECT id, -bm25(stories, 0, 2.0, 1.0) AS score FROM stories WHERE stories MATCH ? ORDER BY score DESC LIMIT 50'
  );
  return {
    name: 'YARPP-style (FTS5 bm25 on top-20 keywords + tags)',
    build(stories) {
      const insert = db.prepare('INSERT INTO stories (id, title, body) VALUES (?, ?, ?)');
      db.transaction(() => {
        for (const s of stories) insert.run(s.id, s.title, s.paragraphs.join('\n\n'));
      })();
      for (const s of stories) {
        const terms = [...new Set([...keywords(s.title), ...keywords(s.paragraphs.join(' '))])];
        queries.set(s.id, terms.map((t) => `"${t}"`).join(' OR '));
      }
    },
    related(id, limit) {
      const tags = new Set(tagsOf(id));
      return (query.all(queries.get(id)!) as Array<{ id: string; score: number }>)
        .filter((row) => row.id !== id)
        .map((row) => ({
          id: row.id,
          score: row.score + tagsOf(row.id).filter((t) => tags.has(t)).length,
        }))
        .sort((a, b) => b.score - a.score)
        .slice(0, limit)
        .map((row) => row.id);
    },
  };
};
