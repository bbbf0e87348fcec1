import Database from 'better-sqlite3';
import MiniSearch from 'minisearch';

import type { StoryInput } from '../server/src/engine';
import { loadBbc } from './corpus';
import { generateStories, type GeneratedStory } from './generate';
import { measureEngine, type Reading } from './scale-engine';

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
  /** Peak RSS growth (build included). */
  peakRssMb?: number;
  /** Lists ranked from scratch a second (engine only). */
  listsPerS?: number;
  listsRanked?: number;
  reading?: Reading;
};

/** Stories published after the build (timed updates): fewer past 100k, to keep the run short. */
const updatesFor = (size: number) => (size > 100_000 ? 50 : 100);
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
/** Growth since `before`, and the peak RSS growth (the process's highest RSS so far). */
const grown = (before: { heap: number; rss: number }) => {
  const after = memory();
  return {
    heapMb: (after.heap - before.heap) / 2 ** 20,
    rssMb: (after.rss - before.rss) / 2 ** 20,
    peakRssMb: (process.resourceUsage().maxRSS * 1024 - before.rss) / 2 ** 20,
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

/**
 * A synthetic archive, generated as it is read (a million stories are never all in memory):
 * `stories()` streams the archive, `sample` holds the stories queries are timed on (spread
 * over the archive), `extra` the stories published afterwards.
 */
type Archive = {
  size: number;
  /** The category of a story of the archive (by id). */
  category: (id: string) => string | undefined;
  stories: () => Generator<GeneratedStory>;
  sample: GeneratedStory[];
  extra: GeneratedStory[];
};

const archive = (size: number, queries: number): Archive & { generationMs: number } => {
  const corpus = loadBbc();
  const step = Math.max(1, Math.floor(size / queries));
  const sample: GeneratedStory[] = [];
  const categories = [...new Set(corpus.map((story) => story.category))];
  const categoryOf = new Uint8Array(size);
  let i = 0;
  const generationMs = time(() => {
    for (const story of take(generateStories(corpus, size, size), size)) {
      if (i % step === 0 && sample.length < queries) sample.push(story);
      categoryOf[i] = categories.indexOf(story.category);
      i += 1;
    }
  });
  const category = (id: string) =>
    id.startsWith('gen-') ? categories[categoryOf[Number(id.slice(4))]] : undefined;
  const extra = [...generateStories(corpus, updatesFor(size), size + 1)].map((story, n) => ({
    ...story,
    id: `new-${n}`,
    publishedAt: Date.UTC(2020, 0, 1) + (size + n) * 15 * 60 * 1000,
  }));
  return {
    size,
    category,
    stories: () => take(generateStories(corpus, size, size), size),
    sample,
    extra,
    generationMs,
  };
};

function* take<T>(items: Iterable<T>, count: number): Generator<T> {
  if (count <= 0) return;
  let n = 0;
  for (const item of items) {
    yield item;
    n += 1;
    if (n >= count) return;
  }
}

const engineRow = ({ size, stories, sample, extra, category }: Archive): ScaleRow => {
  const before = memory();
  let used = grown(before);
  const inputs = function* () {
    for (const story of stories()) yield toInput(story);
  };
  const measured = measureEngine(
    inputs(),
    size,
    sample.map((s) => s.id),
    extra.map(toInput),
    () => (used = grown(before)),
    category
  );
  return {
    ...row(size, 'newsroom engine', measured.buildMs, used, measured.updates, measured.queries),
    peakRssMb: used.peakRssMb,
    listsPerS: (1000 * measured.listsRanked) / measured.listsMs,
    listsRanked: measured.listsRanked,
    reading: measured.reading,
  };
};

/** More-like-this style (minisearch, BM25): top 25 terms of the story as an OR query. */
const mltRow = ({ size, stories, sample, extra }: Archive): ScaleRow => {
  const before = memory();
  const search = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
  const text = (s: GeneratedStory) => `${s.title}\n${s.lead}\n${s.body}`;
  const build = time(() => {
    for (const s of stories()) search.add({ id: s.id, text: text(s) });
  });
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
  const queries = sample.map((s) =>
    time(() => search.search(topTerms(s), { combineWith: 'OR' }).slice(0, 10))
  );
  const updates = extra.map((s) => time(() => search.add({ id: s.id, text: text(s) })));
  return row(size, 'more-like-this (minisearch BM25)', build, used, updates, queries);
};

/** YARPP style: SQLite FTS5 bm25 on the top 20 keywords (memory is SQLite's, in-process). */
const yarppRow = ({ size, stories, sample, extra }: Archive): ScaleRow => {
  const before = memory();
  const db = new Database(':memory:');
  db.exec('CREATE VIRTUAL TABLE stories USING fts5(id UNINDEXED, title, body)');
  const insert = db.prepare('INSERT INTO stories (id, title, body) VALUES (?, ?, ?)');
  const build = time(() =>
    db.transaction(() => {
      for (const s of stories()) insert.run(s.id, s.title, `${s.lead}\n${s.body}`);
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
  const queries = sample.map((s) => time(() => query.all(keywords(s))));
  const updates = extra.map((s) => time(() => insert.run(s.id, s.title, `${s.lead}\n${s.body}`)));
  db.close();
  return row(size, 'YARPP-style (SQLite FTS5 bm25)', build, used, updates, queries);
};

const METHODS = { engine: engineRow, mlt: mltRow, yarpp: yarppRow };
export type ScaleMethod = keyof typeof METHODS;
export const SCALE_METHODS = Object.keys(METHODS) as ScaleMethod[];

/**
 * One method at one size, in this process (the bench runs each in its own process). The
 * build time is the method's own: generating the stories as they are read is timed in a pass
 * of its own and taken off.
 */
export const scaleRow = (method: ScaleMethod, size: number): ScaleRow => {
  const { generationMs, ...stories } = archive(size, queriesFor(method, size));
  const measured = METHODS[method](stories);
  return { ...measured, buildS: Math.max(0, measured.buildS - generationMs / 1000) };
};
