import { analyzerFor } from './analysis';
import { buildSteps } from './build';
import { decomposeSteps, type LatentSpace, project } from './latent';
import { Postings } from './postings';
import { rank } from './ranking';
import { type SparseVector, topNormalized } from './sparse';
import {
  type BuildProgress,
  DEFAULT_ENGINE_OPTIONS,
  type EngineOptions,
  type IndexBuilder,
  type IndexedStory,
  type IndexView,
  type StoryInput,
  type SuggestOptions,
  type Suggestion,
} from './types';
import { Vocabulary } from './vocabulary';

/** Below this many stories a latent space says little; text similarity is used alone. */
const MIN_STORIES_FOR_LATENT = 50;
/**
 * Stories the latent space is computed from at most: beyond, an even sample of them (the
 * term basis of a large sample is the archive's, and the decomposition stops growing with it;
 * every story is still projected into the space).
 */
const LATENT_ROWS = 100_000;
/** Stories projected into a new latent space between two yields. */
const PROJECT_CHUNK = 10_000;
/** Bound on the token cache per locale (the long tail is analysed again, not stored). */
const MAX_CACHED_TOKENS = 500_000;

/**
 * The related-story index: story vectors (field-weighted sublinear tf × idf, strongest terms
 * only, L2-normalised), an inverted index over them, and tag and author data. Everything is in
 * memory. Building is in `build.ts`, ranking in `ranking.ts`, and the plain-data form the
 * server stores in its database in `snapshot.ts`.
 */
export class RelatedIndex implements IndexView, IndexBuilder {
  readonly options: EngineOptions;
  readonly terms = new Vocabulary();
  readonly tags = new Vocabulary();
  /** Slot → story (undefined once removed); read by the ranking and the snapshot. */
  readonly stories: Array<IndexedStory | undefined> = [];
  readonly slots = new Map<string, number>();
  /** Slot → locale number (-1 once removed): a locale test without reading the story. */
  slotLocales = new Int32Array(1024);
  private locales = new Map<string, number>();
  readonly postings = new Postings();
  readonly tagPostings = new Postings();
  latent: LatentSpace | undefined;
  /** Per locale, token → term id (-1 for a stop word), so each word is stemmed once. */
  private tokenIds = new Map<string, Map<string, number>>();

  constructor(options: Partial<EngineOptions> = {}) {
    this.options = { ...DEFAULT_ENGINE_OPTIONS, ...options };
  }

  /** The number of a locale in `slotLocales` (-1 when no story has it). */
  localeId(locale: string): number {
    return this.locales.get(locale) ?? -1;
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

  /** Ids of the stories in the index. */
  ids(): IterableIterator<string> {
    return this.slots.keys();
  }

  /**
   * Builds from scratch: document frequencies first, so every vector gets the final idf. The
   * stories are read once and their text is not kept: a generator may produce them.
   */
  build(stories: Iterable<StoryInput>) {
    for (const _progress of buildSteps(this, stories));
  }

  /**
   * The same build, giving the event loop a turn every few hundred stories (and between
   * blocks of the decomposition) so a server keeps answering while it runs.
   */
  async buildAsync(
    stories: Iterable<StoryInput>,
    onProgress?: (progress: BuildProgress) => void,
    total?: number
  ) {
    for (const progress of buildSteps(this, stories, total)) {
      onProgress?.(progress);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /**
   * (Re)computes the latent space from the stories now in the index. Stories added later are
   * folded into it; a rebuild refreshes it.
   */
  decompose() {
    for (const _step of this.decomposeSteps());
  }

  /** `decompose` in steps (see `decomposeSteps` in latent.ts). */
  *decomposeSteps(): Generator<number, void> {
    const live = this.stories.filter((story): story is IndexedStory => story !== undefined);
    if (live.length < MIN_STORIES_FOR_LATENT || this.options.latentDimensions <= 0) {
      this.latent = undefined;
      for (const story of live) story.latent = undefined;
      return;
    }
    // past LATENT_ROWS stories, the space is computed from an even sample of them
    const every = Math.ceil(live.length / LATENT_ROWS);
    const steps = decomposeSteps(
      live.filter((_, i) => i % every === 0).map((story) => story.vector),
      this.terms.size,
      this.options.latentDimensions
    );
    let step = steps.next();
    while (!step.done) {
      yield Math.min(live.length, (step.value as number) * every);
      step = steps.next();
    }
    const space = step.value;
    const latents: Float32Array[] = [];
    for (const story of live) {
      latents.push(project(space, story.vector));
      if (latents.length % PROJECT_CHUNK === 0) yield live.length;
    }
    // the new space and every vector in it at once (queries between yields saw the old one)
    this.latent = space;
    live.forEach((story, i) => (story.latent = latents[i]));
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
    this.slotLocales[slot] = -1;
    this.slots.delete(id);
    const isLive = (s: number) => this.stories[s] !== undefined;
    this.postings.removed(story.vector.terms.length, isLive);
    this.tagPostings.removed(story.tags.length, isLive);
    return true;
  }

  /** Suggestions for a story in the index. */
  suggest(id: string, options: SuggestOptions = {}): Suggestion[] {
    const story = this.get(id);
    return story ? rank(this, story, options) : [];
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
    return rank(this, story, options);
  }

  /** Field-weighted term counts of a story. Tokens seen before skip analysis (cached ids). */
  count(story: StoryInput): Map<number, number> {
    const analyzer = analyzerFor(story.locale, this.options.languages);
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

  vectorize(counts: Map<number, number>, documents: number): SparseVector {
    const weights = new Map<number, number>();
    for (const [term, tf] of counts) {
      weights.set(term, (1 + Math.log(tf)) * this.terms.idf(term, documents));
    }
    return topNormalized(weights, this.options.termsPerStory);
  }

  /** Puts a story with a computed vector into the index (and its tags into the tag index). */
  insert(story: Omit<StoryInput, 'title'>, vector: SparseVector, latent?: Float32Array | null) {
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
    if (latent) indexed.latent = latent;
    else if (this.latent) indexed.latent = project(this.latent, vector);
    this.stories.push(indexed);
    this.slots.set(story.id, slot);
    if (slot >= this.slotLocales.length) {
      const grown = new Int32Array(this.slotLocales.length * 2);
      grown.set(this.slotLocales);
      this.slotLocales = grown;
    }
    let locale = this.locales.get(story.locale);
    if (locale === undefined) this.locales.set(story.locale, (locale = this.locales.size));
    this.slotLocales[slot] = locale;
    for (let i = 0; i < vector.terms.length; i += 1) {
      this.postings.add(vector.terms[i], slot, vector.weights[i]);
    }
    for (const tag of tagIds) this.tagPostings.add(tag, slot, 1);
  }
}
