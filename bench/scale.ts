import Database from 'better-sqlite3';
import MiniSearch from 'minisearch';

import { NeighbourLists, RelatedIndex, type StoryInput } from '../server/src/engine';
import { loadBbc } from './corpus';
import { generateStories, type GeneratedStory } from './generate';

export type ScaleRow = {
  stories: number;
  method: string;
  buildS: number;
  heapMb: number;
  rssMb: number;
  updateP50: number | null;
  updateP95: number | null;
  queryP50: number;
  queryP95: number;
};

const UPDATES = 300;
/** Length of the stored related lists (the server's default). */
const LIST_SIZE = 20;
/** Queries timed per method: fewer for the slow baselines at 100k, to keep the run short. */
const queriesFor = (method: string, size: number) =>
  method === 'engine' || size <= 10_000 ? 300 : 30;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

const gc = () => (global as { gc?: () => void }).gc?.();
/** JS heap + array buffers, after a full GC (run with --expose-gc). */
const memory = () => {
  gc();
  const m = process.memoryUsage();
  return { heap: m.heapUsed + m.arrayBuffers, rss: m.rss };
};
const grown = (before: { heap: number; rss: number }) => {
  const after = memory();
  return {
    heapMb: (after.heap - before.heap) / 2 ** 20,
    rssMb: (after.rss - before.rss) / 2 ** 20,
  };
};

const toInput = (story: GeneratedStory): StoryInput => ({
  id: story.id,
  locale: 'en',
  title: story.title,
  lead: story.lead,
  body: story.body,
  publishedAt: story.publishedAt,
});

/** A table row from a method's timings. */
const row = (
  stories: number,
  method: string,
  buildMs: number,
  used: { heapMb: number; rssMb: number },
  updates: number[],
  queries: number[]
): ScaleRow => ({
  stories,
  method,
  buildS: buildMs / 1000,
  ...used,
  updateP50: percentile(updates, 50),
  updateP95: percentile(updates, 95),
  queryP50: percentile(queries, 50),
  queryP95: percentile(queries, 95),
});

const time = (run: () => void) => {
  const t = performance.now();
  run();
  return performance.now() - t;
};

const engineRow = (
  stories: GeneratedStory[],
  extra: GeneratedStory[],
  QUERIES: number
): ScaleRow => {
  const before = memory();
  let index = new RelatedIndex();
  const build = time(() => {
    index = new RelatedIndex();
    index.build(stories.map(toInput));
  });
  const used = grown(before);
  const queries = stories
    .slice(0, QUERIES)
    .map((s) => time(() => index.suggest(s.id, { limit: 10 })));
  // every story's stored list, kept up to date by each update (as the server does)
  const lists = new NeighbourLists(LIST_SIZE);
  for (const s of stories) lists.compute(index, s.id);
  const updates = extra.map((s) =>
    time(() => {
      index.upsert(toInput(s));
      lists.update(index, [s.id]);
    })
  );
  return row(stories.length, 'newsroom engine', build, used, updates, queries);
};

/** More-like-this style (minisearch, BM25): top 25 terms of the story as an OR query. */
const mltRow = (stories: GeneratedStory[], extra: GeneratedStory[], QUERIES: number): ScaleRow => {
  const before = memory();
  const search = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
  const text = (s: GeneratedStory) => `${s.title}\n${s.lead}\n${s.body}`;
  const build = time(() => search.addAll(stories.map((s) => ({ id: s.id, text: text(s) }))));
  const used = grown(before);
  const topTerms = (s: GeneratedStory) => {
    const tf = new Map<string, number>();
    for (const t of text(s)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [])
      tf.set(t, (tf.get(t) ?? 0) + 1);
    return [...tf]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)
      .map(([t]) => t)
      .join(' ');
  };
  const queries = stories
    .slice(0, QUERIES)
    .map((s) => time(() => search.search(topTerms(s), { combineWith: 'OR' }).slice(0, 10)));
  const updates = extra.map((s) => time(() => search.add({ id: s.id, text: text(s) })));
  return row(stories.length, 'more-like-this (minisearch BM25)', build, used, updates, queries);
};

/** YARPP style: SQLite FTS5 bm25 on the top 20 keywords (memory is SQLite's, in-process). */
const yarppRow = (
  stories: GeneratedStory[],
  extra: GeneratedStory[],
  QUERIES: number
): ScaleRow => {
  const before = memory();
  const db = new Database(':memory:');
  db.exec('CREATE VIRTUAL TABLE stories USING fts5(id UNINDEXED, title, body)');
  const insert = db.prepare('INSERT INTO stories (id, title, body) VALUES (?, ?, ?)');
  const build = time(() =>
    db.transaction(() => {
      for (const s of stories) insert.run(s.id, s.title, `${s.lead}\n${s.body}`);
    })()
  );
  const used = grown(before);
  const query = db.prepare(
    'SELECT id FROM stories WHERE stories MATCH ? ORDER BY bm25(stories, 0, 2.0, 1.0) LIMIT 10'
  );
  const keywords = (s: GeneratedStory) => {
    const tf = new Map<string, number>();
    for (const t of `${s.title} ${s.body}`.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [])
      tf.set(t, (tf.get(t) ?? 0) + 1);
    return [...tf]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 20)
      .map(([t]) => `"${t}"`)
      .join(' OR ');
  };
  const queries = stories.slice(0, QUERIES).map((s) => time(() => query.all(keywords(s))));
  const updates = extra.map((s) => time(() => insert.run(s.id, s.title, `${s.lead}\n${s.body}`)));
  db.close();
  return row(stories.length, 'YARPP-style (SQLite FTS5 bm25)', build, used, updates, queries);
};

const METHODS = { engine: engineRow, mlt: mltRow, yarpp: yarppRow };
export type ScaleMethod = keyof typeof METHODS;
export const SCALE_METHODS = Object.keys(METHODS) as ScaleMethod[];

/** One method at one size, in this process (the bench runs each in its own process). */
export const scaleRow = (method: ScaleMethod, size: number): ScaleRow => {
  const all = [...generateStories(loadBbc(), size + UPDATES, size)];
  return METHODS[method](all.slice(0, size), all.slice(size), queriesFor(method, size));
};
