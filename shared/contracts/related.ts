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

/** One item of GET /api/newsroom/articles/:id/related (Content API). */
export type RelatedItem = ArticleSummary & {
  kind: LinkKind;
  origin: LinkOrigin | 'engine';
  score: number | null;
  externalUrl?: string | null;
  linkTitle?: string | null;
};

/** GET /newsroom/index/status and POST /newsroom/index/rebuild (admin). */
export type RebuildStatus = {
  state: 'idle' | 'building' | 'failed';
  phase: 'reading' | 'analysing' | 'indexing' | 'decomposing' | 'done' | null;
  /** Stories processed in the current phase, of `total`. */
  done: number;
  total: number;
  /** Stories in the index after the last build. */
  stories: number;
  startedAt?: string;
  builtAt?: string;
  durationMs?: number;
  error?: string;
};
