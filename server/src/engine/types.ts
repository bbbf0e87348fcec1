import type { SuggestionReason } from '../../../shared/contracts/related';
import type { LatentSpace } from './latent';
import type { Postings } from './postings';
import type { SparseVector } from './sparse';
import type { Vocabulary } from './vocabulary';

export const DAY = 24 * 3600 * 1000;

/** What the engine needs to know of a story. Plain data: no Strapi types. */
export type StoryInput = {
  /** Unique within the engine, e.g. `${documentId}:${locale}`. */
  id: string;
  locale: string;
  title: string;
  lead?: string | null;
  body?: string | null;
  tags?: string[];
  authors?: string[];
  /** Milliseconds since the epoch; absent for undated stories. */
  publishedAt?: number | null;
};

export type FieldWeights = { title: number; lead: number; body: number };

export type EngineOptions = {
  fieldWeights: FieldWeights;
  /** Weight of the shared-tag score (tags weighted by rarity) against the text score. */
  tagWeight: number;
  /** Added when the stories share an author. */
  authorWeight: number;
  /** Days after which the recency factor halves; 0 turns recency off. */
  halfLifeDays: number;
  /**
   * How much of the score recency can take away (0..1): a bounded tie-breaker between stories
   * about as similar, never a reason to prefer a fresh unrelated story. Not applied to
   * background suggestions (earlier stories only), where age is the point.
   */
  recencyWeight: number;
  /**
   * Share of the text score given to the plain term similarity (cosine of the term vectors),
   * the rest to the latent one. The latent cosine groups stories by subject and ranks well but
   * runs close to 1 for any two stories of a subject; the term cosine keeps a score near 1 for
   * near-duplicates only.
   */
  lexicalWeight: number;
  /** Suggestions scoring below this are dropped. */
  minScore: number;
  /** Text similarity from which a story counts as a re-filed copy, not a related one. */
  nearDuplicateAt: number;
  /** Terms kept per story vector (the strongest ones). */
  termsPerStory: number;
  /** Dimensions of the latent (LSA) space that text similarity is measured in; 0: off. */
  latentDimensions: number;
  /** Candidates taken from the term index before the latent re-ranking. */
  candidates: number;
  /**
   * Postings read per query term at most (a term's strongest ones: long lists are kept in
   * impact order), so the cost of a query stops growing with the archive.
   */
  postingsPerTerm: number;
  /** Feedback: how many of the closest candidates widen the query in the latent space… */
  feedbackStories: number;
  /** …and how much they weigh against the story itself (0 turns it off). */
  feedbackWeight: number;
  /** Locale → analyser (`en`, `uk`, `ru`, `none`); other locales use their language subtag. */
  languages: Record<string, string>;
};

export const DEFAULT_ENGINE_OPTIONS: EngineOptions = {
  fieldWeights: { title: 3, lead: 2, body: 1 },
  tagWeight: 0.1,
  authorWeight: 0.05,
  halfLifeDays: 30,
  recencyWeight: 0.05,
  lexicalWeight: 0.7,
  minScore: 0.05,
  nearDuplicateAt: 0.85,
  termsPerStory: 64,
  latentDimensions: 40,
  candidates: 200,
  postingsPerTerm: 2048,
  feedbackStories: 5,
  feedbackWeight: 1,
  languages: {},
};

/** Why a story is suggested (the same type the admin reads from the API). */
export type Reason = SuggestionReason;

export type Suggestion = {
  id: string;
  score: number;
  /** Text similarity alone (cosine of the story vectors, 0..1). */
  similarity: number;
  nearDuplicate: boolean;
  reasons: Reason[];
};

export type SuggestOptions = {
  limit?: number;
  /** Ids never to return (the story's existing links). */
  exclude?: Iterable<string>;
  /** Only stories published before this one (background links). */
  onlyEarlier?: boolean;
  /** Include near-duplicates (flagged) instead of dropping them. */
  includeNearDuplicates?: boolean;
  /** Explain each suggestion (default); off for lists that are only stored. */
  reasons?: boolean;
};

/** A story as the index holds it: its term vector and looked-up tags. */
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
 * What ranking, pair scoring and reasons read of the index (`RelatedIndex` implements it), so
 * they depend on this shape, not on the class that calls them.
 */
export interface IndexView {
  readonly options: EngineOptions;
  readonly size: number;
  readonly terms: Pick<Vocabulary, 'form'>;
  readonly tags: Pick<Vocabulary, 'idf' | 'form'>;
  /** Slot → story (undefined once removed). */
  readonly stories: ReadonlyArray<IndexedStory | undefined>;
  readonly slots: ReadonlyMap<string, number>;
  /** Slot → locale number (-1 once removed), see `localeId`. */
  readonly slotLocales: Int32Array;
  localeId(locale: string): number;
  readonly postings: Pick<Postings, 'list'>;
  readonly tagPostings: Pick<Postings, 'forEach'>;
  /** Stories of a locale in the index (what its idf counts documents among). */
  localeSize(locale: string): number;
  /** The latent space of a locale's stories (none below a few dozen stories). */
  latentOf(locale: string): LatentSpace | undefined;
}

/** What a full build (`build.ts`) calls on the index it fills. */
export interface IndexBuilder {
  readonly terms: Pick<Vocabulary, 'count'>;
  readonly postings: Pick<Postings, 'order'>;
  count(story: StoryInput): Map<number, number>;
  vectorize(counts: Map<number, number>, documents: number): SparseVector;
  insert(story: Omit<StoryInput, 'title'>, vector: SparseVector): void;
  decomposeSteps(): Generator<number, void>;
}

export type BuildProgress = {
  phase: 'analysing' | 'indexing' | 'decomposing' | 'done';
  done: number;
  total: number;
};
