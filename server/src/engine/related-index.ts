import { analyzerFor } from './analysis';
import { Postings } from './postings';
import { decompose, type LatentSpace, project } from './latent';
import { explain } from './reasons';
import { topSlots } from './top-slots';
import { type SparseVector, topNormalized } from './sparse';
import {
  DAY,
  DEFAULT_ENGINE_OPTIONS,
  type EngineOptions,
  type StoryInput,
  type SuggestOptions,
  type Suggestion,
} from './types';
import { Vocabulary } from './vocabulary';

/** Below this many stories a latent space says little; text similarity is used alone. */
const MIN_STORIES_FOR_LATENT = 50;
/** Bound on the token cache per locale (the long tail is analysed again, not stored). */
const MAX_CACHED_TOKENS = 500_000;
/** Query terms looked up in the postings, strongest first; weaker ones barely move scores. */
const QUERY_TERMS = 32;
/** Stories analysed or indexed between two progress reports (and event-loop turns). */
const BUILD_CHUNK = 250;

export type BuildProgress = {
  phase: 'analysing' | 'indexing' | 'decomposing' | 'done';
  done: number;
  total: number;
};

export type IndexedStory = {
  id: string;
  locale: string;
  vector: SparseVector;
  tags: Int32Array;
  authors: string[];
  publishedAt: number | null;
  /** Unit vector in the latent space, once there is one. */
  latent?: Float32Array;
};

/**
 * The related-story index: story vectors (field-weighted sublinear tf × idf, strongest terms
 * only, L2-normalised), an inverted index over them, and tag and author data. Everything is in
 * memory; persistence is the caller's business (see `toRecord`/`fromRecord`).
 */
export class RelatedIndex {
  readonly options: EngineOptions;
  readonly terms = new Vocabulary();
  readonly tags = new Vocabulary();
  private stories: Array<IndexedStory | undefined> = [];
  private slots = new Map<string, number>();
  private postings = new Postings();
  private tagPostings = new Postings();
  private latent: LatentSpace | undefined;
  private scratch = new Float32Array(0);
  /** Per locale, token → term id (-1 for a stop word), so each word is stemmed once. */
  private tokenIds = new Map<string, Map<string, number>>();

  constructor(options: Partial<EngineOptions> = {}) {
    this.options = { ...DEFAULT_ENGINE_OPTIONS, ...options };
  }

  get size() {
    return this.slots.size;
  }

  has(id: string) {
    return this.slots.has(id);
  }

  get(id: string): IndexedStory | undefined {
    const slot = this.slots.get(id);
    return slot === undefined ? undefined : this.stories[slot];
  }

  /** Builds from scratch: document frequencies first, so every vector gets the final idf. */
  build(stories: Iterable<StoryInput>) {
    for (const _progress of this.buildSteps([...stories]));
  }

  /**
   * The same build, giving the event loop a turn every few hundred stories so a server keeps
   * answering while it runs, and reporting progress.
   */
  async buildAsync(stories: StoryInput[], onProgress?: (progress: BuildProgress) => void) {
    for (const progress of this.buildSteps(stories)) {
      onProgress?.(progress);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private *buildSteps(stories: StoryInput[]): Generator<BuildProgress> {
    const total = stories.length;
    const counts: Array<Map<number, number>> = [];
    for (let i = 0; i < total; i += 1) {
      if (i % BUILD_CHUNK === 0) yield { phase: 'analysing', done: i, total };
      counts.push(this.count(stories[i]));
    }
    for (const story of counts) for (const term of story.keys()) this.terms.count(term, 1);
    for (let i = 0; i < total; i += 1) {
      if (i % BUILD_CHUNK === 0) yield { phase: 'indexing', done: i, total };
      this.insert(stories[i], this.vectorize(counts[i], total));
    }
    yield { phase: 'decomposing', done: total, total };
    this.decompose();
    yield { phase: 'done', done: total, total };
  }

  /**
   * (Re)computes the latent space from the stories now in the index. Stories added later are
   * folded into it; a rebuild refreshes it.
   */
  decompose() {
    const live = this.stories.filter((story): story is IndexedStory => story !== undefined);
    if (live.length < MIN_STORIES_FOR_LATENT || this.options.latentDimensions <= 0) {
      this.latent = undefined;
      for (const story of live) story.latent = undefined;
      return;
    }
    const space = decompose(
      live.map((story) => story.vector),
      this.terms.size,
      this.options.latentDimensions
    );
    this.latent = space;
    for (const story of live) story.latent = project(space, story.vector);
  }

  /** Adds or replaces one story (idf as of now). */
  upsert(story: StoryInput) {
    this.remove(story.id);
    const counts = this.count(story);
    for (const term of counts.keys()) this.terms.count(term, 1);
    this.insert(story, this.vectorize(counts, this.size + 1));
  }

  remove(id: string) {
    const slot = this.slots.get(id);
    if (slot === undefined) return false;
    const story = this.stories[slot]!;
    // df counts only the kept terms of removed stories; close enough for idf, exact on rebuild
    for (const term of story.vector.terms) this.terms.count(term, -1);
    for (const tag of story.tags) this.tags.count(tag, -1);
    this.stories[slot] = undefined;
    this.slots.delete(id);
    const isLive = (s: number) => this.stories[s] !== undefined;
    this.postings.removed(story.vector.terms.length, isLive);
    this.tagPostings.removed(story.tags.length, isLive);
    return true;
  }

  /** Suggestions for a story in the index. */
  suggest(id: string, options: SuggestOptions = {}): Suggestion[] {
    const story = this.get(id);
    return story ? this.rank(story, options) : [];
  }

  /** Suggestions for any story (a draft, say), without adding it to the index. */
  suggestFor(input: StoryInput, options: SuggestOptions = {}): Suggestion[] {
    const indexed = this.get(input.id);
    const story: IndexedStory = indexed ?? {
      id: input.id,
      locale: input.locale,
      vector: this.vectorize(this.count(input), this.size + 1),
      tags: Int32Array.from((input.tags ?? []).map((t) => this.tags.lookup(t.toLowerCase()) ?? -1)),
      authors: input.authors ?? [],
      publishedAt: input.publishedAt ?? null,
    };
    return this.rank(story, options);
  }

  /** Field-weighted term counts of a story. Tokens seen before skip analysis (cached ids). */
  private count(story: StoryInput): Map<number, number> {
    const analyzer = analyzerFor(story.locale);
    let ids = this.tokenIds.get(story.locale);
    if (!ids) this.tokenIds.set(story.locale, (ids = new Map()));
    const { fieldWeights } = this.options;
    const counts = new Map<number, number>();
    const add = (text: string | null | undefined, weight: number) => {
      if (!text || weight <= 0) return;
      for (const token of analyzer.tokens(text)) {
        let term = ids!.get(token);
        if (term === undefined) {
          const stem = analyzer.stemOf(token);
          term = stem === null ? -1 : this.terms.id(`${story.locale}:${stem}`, token);
          if (ids!.size < MAX_CACHED_TOKENS) ids!.set(token, term);
        }
        if (term >= 0) counts.set(term, (counts.get(term) ?? 0) + weight);
      }
    };
    add(story.title, fieldWeights.title);
    add(story.lead, fieldWeights.lead);
    add(story.body, fieldWeights.body);
    return counts;
  }

  private vectorize(counts: Map<number, number>, documents: number): SparseVector {
    const weights = new Map<number, number>();
    for (const [term, tf] of counts) {
      weights.set(term, (1 + Math.log(tf)) * this.terms.idf(term, documents));
    }
    return topNormalized(weights, this.options.termsPerStory);
  }

  private insert(story: StoryInput, vector: SparseVector) {
    const slot = this.stories.length;
    const names = new Map((story.tags ?? []).map((t) => [t.trim().toLowerCase(), t.trim()]));
    const tagIds = [...names].map(([key, name]) => this.tags.id(key, name));
    for (const tag of tagIds) this.tags.count(tag, 1);
    const indexed: IndexedStory = {
      id: story.id,
      locale: story.locale,
      vector,
      tags: Int32Array.from(tagIds),
      authors: story.authors ?? [],
      publishedAt: story.publishedAt ?? null,
    };
    if (this.latent) indexed.latent = project(this.latent, vector);
    this.stories.push(indexed);
    this.slots.set(story.id, slot);
    for (let i = 0; i < vector.terms.length; i += 1) {
      this.postings.add(vector.terms[i], slot, vector.weights[i]);
    }
    for (const tag of tagIds) this.tagPostings.add(tag, slot, 1);
  }

  /**
   * Text similarity of `query` to the stories sharing a term with it, accumulated over the
   * postings into a reusable array. Returns the `limit` most similar stories that pass `keep`,
   * plus the similarity of each of `also`.
   */
  private textCandidates(
    query: SparseVector,
    keep: (slot: number) => boolean,
    limit: number,
    also: Iterable<number>
  ): Map<number, number> {
    if (this.scratch.length < this.stories.length) {
      this.scratch = new Float32Array(Math.max(1024, this.stories.length * 2));
    }
    const scores = this.scratch;
    const touched: number[] = [];
    const terms = Math.min(query.terms.length, QUERY_TERMS);
    for (let i = 0; i < terms; i += 1) {
      const q = query.weights[i];
      const list = this.postings.list(query.terms[i]);
      if (!list) continue;
      const { slots, weights } = list;
      for (let j = 0; j < slots.length; j += 1) {
        const slot = slots[j];
        if (scores[slot] === 0) touched.push(slot);
        scores[slot] += q * weights[j];
      }
    }
    const best = topSlots(touched.filter(keep), scores, limit);
    const result = new Map<number, number>(best.map((slot) => [slot, scores[slot]]));
    for (const slot of also) result.set(slot, scores[slot] ?? 0);
    for (const slot of touched) scores[slot] = 0;
    return result;
  }

  /** Latent vectors of candidates, the query widened with its closest candidates' (feedback). */
  private latentScores(story: IndexedStory, candidates: number[]): Map<number, number> {
    const scores = new Map<number, number>();
    const space = this.latent;
    if (!space) return scores;
    const query = Float32Array.from(this.embedding(story));
    const k = space.dimensions;
    const dotWith = (q: Float32Array, e: Float32Array) => {
      let d = 0;
      for (let x = 0; x < k; x += 1) d += q[x] * e[x];
      return d;
    };
    const first = candidates.map(
      (slot) => [slot, dotWith(query, this.stories[slot]!.latent!)] as const
    );
    const { feedbackStories, feedbackWeight } = this.options;
    if (feedbackWeight > 0) {
      const closest = [...first].sort((a, b) => b[1] - a[1]).slice(0, feedbackStories);
      for (const [slot] of closest) {
        const e = this.stories[slot]!.latent!;
        for (let x = 0; x < k; x += 1) query[x] += (feedbackWeight / closest.length) * e[x];
      }
      const norm = Math.sqrt(dotWith(query, query)) || 1;
      for (let x = 0; x < k; x += 1) query[x] /= norm;
    }
    for (const slot of candidates)
      scores.set(slot, Math.max(0, dotWith(query, this.stories[slot]!.latent!)));
    return scores;
  }

  private embedding(story: IndexedStory): Float32Array {
    return story.latent ?? project(this.latent!, story.vector);
  }

  private tagScores(story: IndexedStory): Map<number, number> {
    const scores = new Map<number, number>();
    if (story.tags.length === 0) return scores;
    const total = this.size + 1;
    const idf = (tag: number) => this.tags.idf(tag, total);
    const norm = (tags: Int32Array) => Math.sqrt(tags.reduce((s, t) => s + idf(t) ** 2, 0)) || 1;
    const own = norm(story.tags);
    for (const tag of story.tags) {
      if (tag < 0) continue;
      const weight = idf(tag) ** 2;
      this.tagPostings.forEach(tag, (slot) => scores.set(slot, (scores.get(slot) ?? 0) + weight));
    }
    for (const [slot, shared] of scores) {
      const other = this.stories[slot];
      scores.set(slot, other ? shared / (own * norm(other.tags)) : 0);
    }
    return scores;
  }

  private rank(story: IndexedStory, options: SuggestOptions): Suggestion[] {
    const {
      limit = 10,
      exclude = [],
      onlyEarlier = false,
      includeNearDuplicates = false,
    } = options;
    const o = this.options;
    const self = this.slots.get(story.id);
    const excluded = new Set(exclude);
    const tagScores = this.tagScores(story);
    const sameLocale = (slot: number) =>
      slot !== self && this.stories[slot]?.locale === story.locale;
    const tagged = [...tagScores.keys()].filter(sameLocale);
    const similarity = this.textCandidates(story.vector, sameLocale, o.candidates, tagged);
    const candidates = [...similarity.keys()];
    const latent = this.latentScores(
      story,
      candidates.filter((slot) => this.stories[slot]!.latent)
    );
    const text = (slot: number) => latent.get(slot) ?? similarity.get(slot) ?? 0;
    const ranked: Array<{
      slot: number;
      score: number;
      similarity: number;
      nearDuplicate: boolean;
    }> = [];
    for (const slot of candidates) {
      const other = this.stories[slot];
      if (!other || excluded.has(other.id)) continue;
      if (
        onlyEarlier &&
        !(
          other.publishedAt !== null &&
          story.publishedAt !== null &&
          other.publishedAt < story.publishedAt
        )
      )
        continue;
      const sim = similarity.get(slot) ?? 0;
      const nearDuplicate = sim >= o.nearDuplicateAt;
      if (nearDuplicate && !includeNearDuplicates) continue;
      let score = text(slot) + o.tagWeight * (tagScores.get(slot) ?? 0);
      if (o.authorWeight > 0 && other.authors.some((a) => story.authors.includes(a)))
        score += o.authorWeight;
      if (o.halfLifeDays > 0 && other.publishedAt !== null && story.publishedAt !== null) {
        const decay =
          0.5 ** (Math.abs(story.publishedAt - other.publishedAt) / DAY / o.halfLifeDays);
        score *= 1 - o.recencyWeight + o.recencyWeight * decay;
      }
      if (score >= o.minScore) ranked.push({ slot, score, similarity: sim, nearDuplicate });
    }
    ranked.sort((a, b) => b.score - a.score);
    return ranked.slice(0, limit).map(({ slot, score, similarity: sim, nearDuplicate }) => {
      const other = this.stories[slot]!;
      return {
        id: other.id,
        score: Math.round(score * 1e4) / 1e4,
        similarity: Math.round(sim * 1e4) / 1e4,
        nearDuplicate,
        reasons: explain(this, story, other),
      };
    });
  }
}
