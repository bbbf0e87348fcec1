import type { LinkKind, LinkOrigin } from './uids';

/** A reason a story is suggested, in terms an editor reads (see the engine's `Reason`). */
export type SuggestionReason =
  | { type: 'tags'; tags: string[] }
  | { type: 'terms'; terms: string[] }
  | { type: 'author'; authors: string[] }
  | { type: 'date'; days: number; direction: 'earlier' | 'later' | 'same day' };

export type ArticleSummary = {
  documentId: string;
  title: string;
  slug: string | null;
  lead: string | null;
  section: string | null;
  externalId: string | null;
  datePublished: string | null;
  locale: string;
};

/** GET /newsroom/suggestions/:documentId (admin). */
export type Suggestion = {
  article: ArticleSummary;
  score: number;
  similarity: number;
  nearDuplicate: boolean;
  reasons: SuggestionReason[];
};

/**
 * GET /api/newsroom/articles/:id/related?limit=&locale= (Content API): `limit` is a plain
 * decimal whole number from 1 to the plugin's `maxLimit` (default `defaultLimit`); any other
 * parameter is a 400.
 */
export type RelatedQuery = { limit?: number; locale?: string };
export type RelatedResponse = {
  data: RelatedItem[];
  meta: {
    article: { documentId: string };
    limit: number;
    total: number;
    /**
     * Only on a web instance (`indexer: false`), when the story's ranked list is not stored yet:
     * `data` holds the editor's links only, and the engine's fill-ins follow once an indexer
     * has ranked it.
     */
    pending?: true;
  };
};

/**
 * One item of GET /api/newsroom/articles/:id/related (Content API). A link to an external page
 * has no story: `documentId` is null, `title` its link text. The package's public `RelatedItem`
 * (client/src/types) is checked equal to this type.
 */
export type RelatedItem = Omit<ArticleSummary, 'documentId'> & {
  documentId: string | null;
  kind: LinkKind;
  origin: LinkOrigin | 'engine';
  score: number | null;
  externalUrl?: string | null;
  linkTitle?: string | null;
  /** An editor's link: after which block of the story's body it is shown (null: after it). */
  afterBlock?: number | null;
};

/** GET /newsroom/index/status and POST /newsroom/index/rebuild (admin). */
export type RebuildStatus = {
  state: 'idle' | 'building' | 'failed';
  /**
   * `loading`: reading a saved index; `reading` … `decomposing`: a build from the articles;
   * `saving`: writing a build (and each story's related list) to the database.
   */
  phase:
    'loading' | 'reading' | 'analysing' | 'indexing' | 'decomposing' | 'saving' | 'done' | null;
  /** Stories processed in the current phase, of `total`. */
  done: number;
  total: number;
  /** Stories (or list entries, while saving) processed a second in the current phase so far. */
  rate?: number;
  /** Seconds the current phase should still take at that rate. */
  etaSeconds?: number;
  /** Stories in the index after the last build or load. */
  stories: number;
  /** How the index in memory came to be: loaded from the saved index, or built from articles. */
  source?: 'loaded' | 'built';
  /** The saved generation it matches (a number that grows with every saved build). */
  generation?: number;
  startedAt?: string;
  builtAt?: string;
  durationMs?: number;
  error?: string;
  /** `web`: a process with `indexer: false`, which holds no index (its other fields are 0). */
  role?: 'indexer' | 'web';
  /** The ranking of every stored related list missing in the generation (an indexer's). */
  lists?: ListRanking;
};

/** An indexer ranking the stored lists a generation lacks, in the background. */
export type ListRanking = {
  state: 'idle' | 'ranking';
  /** Lists ranked and saved in this pass, of `total` missing when it began. */
  done: number;
  total: number;
  generation?: number;
  /** When the last pass completed, and how long it took. */
  rankedAt?: string;
  durationMs?: number;
  /** Lists ranked a second in this pass so far, and the seconds it should still take. */
  rate?: number;
  etaSeconds?: number;
  /** Worker threads ranking (0: on the main thread, between requests). */
  workers?: number;
  /** Memory of each worker (its V8 heap and its typed arrays, MB), measured once loaded. */
  workerMemory?: Array<{ heapMb: number; externalMb: number }>;
};
