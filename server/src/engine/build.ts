import type { BuildProgress, IndexBuilder, StoryInput } from './types';

/** Stories analysed or indexed between two progress reports (and event-loop turns). */
const BUILD_CHUNK = 250;
/** Term counts are kept in typed-array blocks of this many entries (freed after the build). */
const BLOCK_ENTRIES = 1 << 20;

/** What the second pass needs of a story besides its term counts (no text). */
type StoryMeta = Omit<StoryInput, 'title' | 'lead' | 'body'>;

/**
 * Every story's term counts between the two passes of a build, packed into typed-array blocks
 * (about 8 bytes a distinct term of a story) instead of one Map per story: a Map costs ten
 * times that, and at 100,000 stories the Maps alone took most of a gigabyte of heap.
 */
class CountStore {
  private terms: Int32Array[] = [];
  private counts: Float32Array[] = [];
  private used = BLOCK_ENTRIES;
  /** Per story: block, offset, length. */
  private where: number[] = [];

  add(counts: Map<number, number>) {
    const size = counts.size;
    if (this.used + size > (this.terms[this.terms.length - 1]?.length ?? 0)) {
      const length = Math.max(BLOCK_ENTRIES, size);
      this.terms.push(new Int32Array(length));
      this.counts.push(new Float32Array(length));
      this.used = 0;
    }
    const block = this.terms.length - 1;
    const terms = this.terms[block];
    const values = this.counts[block];
    this.where.push(block, this.used, size);
    for (const [term, count] of counts) {
      terms[this.used] = term;
      values[this.used] = count;
      this.used += 1;
    }
  }

  /** The counts of the `i`th story added, as a Map again. */
  get(i: number): Map<number, number> {
    const block = this.where[3 * i];
    const offset = this.where[3 * i + 1];
    const size = this.where[3 * i + 2];
    const terms = this.terms[block];
    const values = this.counts[block];
    const counts = new Map<number, number>();
    for (let j = offset; j < offset + size; j += 1) counts.set(terms[j], values[j]);
    return counts;
  }

  /** Lets a block go once every story in it was read (the last pass reads them in order). */
  release(i: number) {
    const block = this.where[3 * i];
    if (block > 0 && this.terms[block - 1].length > 0) {
      this.terms[block - 1] = new Int32Array(0);
      this.counts[block - 1] = new Float32Array(0);
    }
  }
}

/**
 * A build fed story by story (`add`: the first pass, term counts only; the text is not kept),
 * then finished in steps (`finish`: vectors and postings, then the latent space). Lets a
 * worker thread analyse stories as they arrive, page by page, from the main thread.
 */
export class BuildPass {
  private store = new CountStore();
  private metas: StoryMeta[] = [];

  constructor(private readonly index: IndexBuilder) {}

  get count() {
    return this.metas.length;
  }

  add(story: StoryInput) {
    const counts = this.index.count(story);
    for (const term of counts.keys()) this.index.terms.count(term, 1);
    this.store.add(counts);
    const { title: _title, lead: _lead, body: _body, ...meta } = story;
    this.metas.push(meta);
  }

  *finish(): Generator<BuildProgress> {
    const { index, metas, store } = this;
    const count = metas.length;
    // idf counts documents among the story's own locale (the terms are the locale's too)
    const perLocale = new Map<string, number>();
    for (const { locale } of metas) perLocale.set(locale, (perLocale.get(locale) ?? 0) + 1);
    for (let i = 0; i < count; i += 1) {
      if (i % BUILD_CHUNK === 0) yield { phase: 'indexing', done: i, total: count };
      index.insert(metas[i], index.vectorize(store.get(i), perLocale.get(metas[i].locale)!));
      store.release(i);
    }
    metas.length = 0;
    index.postings.order();
    yield { phase: 'decomposing', done: 0, total: count };
    for (const done of index.decomposeSteps()) yield { phase: 'decomposing', done, total: count };
    yield { phase: 'done', done: count, total: count };
  }
}

/**
 * A full build in steps: term counts of every story first (so document frequencies, and so
 * every vector's idf, are final), then the vectors and postings, then the latent space. Each
 * yield is a place where an async driver may give the event loop a turn. The stories are read
 * once, in order, and their text is not kept (only compact term counts), so they may come
 * from a generator or a stream; `total` is the expected count when they do (for progress).
 */
export function* buildSteps(
  index: IndexBuilder,
  stories: Iterable<StoryInput>,
  total = Array.isArray(stories) ? stories.length : 0
): Generator<BuildProgress> {
  const pass = new BuildPass(index);
  for (const story of stories) {
    if (pass.count % BUILD_CHUNK === 0) yield { phase: 'analysing', done: pass.count, total };
    pass.add(story);
  }
  yield* pass.finish();
}
