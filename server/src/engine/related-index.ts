import { analyzerFor } from './analysis';
import { buildSteps } from './build';
import { type LatentSpace, project } from './latent';
import { byLocale, localeSpaceSteps } from './locale-spaces';
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

/** Bound on the token cache per locale (the long tail is analysed again, not stored). */
const MAX_CACHED_TOKENS = 500_000;

/** A tag's key: its locale's (a tag's rarity is counted among its locale's stories). */
const tagKey = (locale: string, name: string) => `${locale}:${name.trim().toLowerCase()}`;

/**
 * The related-story index: story vectors (field-weighted sublinear tf × idf, strongest terms
 * only, L2-normalised), an inverted index over them, and tag and author data. Every statistic
 * is kept per locale (document frequencies and counts, tags, latent spaces), since stories are
 * only compared within their locale: one locale's volume never changes another's scores.
 * Everything is in memory. Building is in `build.ts`, ranking in `ranking.ts`, and the plain-data form the
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
  /** Locale → stories of it in the index (the document count of its idf). */
  private localeSizes = new Map<string, number>();
  readonly postings = new Postings();
  readonly tagPostings = new Postings();
  /** Locale → its latent space (locales with too few stories have none). */
  latents = new Map<string, LatentSpace>();
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

  /** Stories of `locale` in the index. */
  localeSize(locale: string): number {
    return this.localeSizes.get(locale) ?? 0;
  }

  latentOf(locale: string): LatentSpace | undefined {
    return this.latents.get(locale);
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

  /** `decompose` in steps: each locale's space in turn (see `locale-spaces.ts`). */
  *decomposeSteps(): Generator<number, void> {
    const live = this.stories.filter((story): story is IndexedStory => story !== undefined);
    const spaces = new Map<string, LatentSpace>();
    const latents = new Map<IndexedStory, Float32Array>();
    let done = 0;
    for (const [locale, stories] of byLocale(live)) {
      const steps = localeSpaceSteps(this.terms, locale, stories, this.options.latentDimensions);
      let step = steps.next();
      while (!step.done) {
        yield done + (step.value as number);
        step = steps.next();
      }
      done += stories.length;
      if (!step.value) continue;
      spaces.set(locale, step.value.space);
      stories.forEach((story, i) => latents.set(story, step.value!.latents[i]));
    }
    // the new spaces and every vector in them at once (queries between yields saw the old ones)
    this.latents = spaces;
    for (const story of live) story.latent = latents.get(story);
  }

  /** Adds or replaces one story (idf as of now). */
  upsert(story: StoryInput) {
    this.remove(story.id);
    const counts = this.count(story);
    for (const term of counts.keys()) this.terms.count(term, 1);
    this.insert(story, this.vectorize(counts, this.localeSize(story.locale) + 1));
  }

  remove(id: string) {
    const slot = this.slots.get(id);
    if (slot === undefined) return false;
    const story = this.stories[slot]!;
    // df counts only the kept terms of removed stories; close enough for idf, exact on rebuild
    for (const term of story.vector.terms) this.terms.count(term, -1);
    for (const tag of story.tags) this.tags.count(tag, -1);
    this.localeSizes.set(story.locale, this.localeSize(story.locale) - 1);
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
      vector: this.vectorize(this.count(input), this.localeSize(input.locale) + 1),
      tags: Int32Array.from(
        (input.tags ?? []).map((t) => this.tags.lookup(tagKey(input.locale, t)) ?? -1)
      ),
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
    const names = new Map((story.tags ?? []).map((t) => [tagKey(story.locale, t), t.trim()]));
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
    const space = this.latents.get(story.locale);
    if (latent) indexed.latent = latent;
    else if (space) indexed.latent = project(space, vector);
    this.localeSizes.set(story.locale, this.localeSize(story.locale) + 1);
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
