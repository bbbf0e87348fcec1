/**
 * The admin API the cross-linking panel, the home widgets and the story map read and write.
 * All routes are admin routes under `/newsroom` (the admin's `fetchClient` prefixes nothing:
 * the admin calls `/newsroom/...`). Every route answers in `{ data, meta? }`; a bad input
 * answers 400 with Strapi's `{ error: { status, name, message, details } }`, the message naming
 * the field, and writes nothing.
 *
 * Permissions (shared/contracts/permissions.ts):
 * - ACTIONS.readSuggestions: GET /suggestions/:documentId, GET /links/:documentId, GET /search
 * - ACTIONS.manageLinks: POST/PUT/DELETE /links..., POST /dismissals
 * - ACTIONS.viewReports: GET /reports/..., GET /story-map
 * - ACTIONS.rebuildIndex: POST /index/rebuild, GET /index/status
 *
 * The `…Query` and `…Body` types are what each route accepts, and nothing else: the server's
 * schemas (server/src/controllers/validation) are checked against them when it compiles. An
 * optional number in a query is a plain decimal whole number (`limit=10`, not `1e1`).
 */
import type { ArticleSummary, Suggestion } from './related';
import type { LinkKind, LinkOrigin } from './uids';

/** Whether a story (in one locale) can be read through the Content API. */
export type StoryStatus = 'published' | 'draft';

/** A story as the admin lists it: its summary and whether it is published. */
export type StoryItem = ArticleSummary & { status: StoryStatus };

/**
 * What an editor sees of a link:
 * - `ok`: the target is published (or the link is external);
 * - `unpublished`: the target exists only as a draft in this locale;
 * - `deleted`: the target is gone (only its documentId is remembered).
 */
export type LinkState = 'ok' | 'unpublished' | 'deleted';

/** One stored related-news link of a story, for editors (broken ones included). */
export type EditorLink = {
  /** The related-news entry's documentId. */
  documentId: string;
  kind: LinkKind;
  position: number;
  origin: LinkOrigin;
  score: number | null;
  state: LinkState;
  /** The linked story; null for an external link or a deleted target. */
  target: StoryItem | null;
  /** The linked story's documentId, kept after it is deleted; null for an external link. */
  targetDocumentId: string | null;
  externalUrl: string | null;
  /** Link text (required for an external link). */
  title: string | null;
  /**
   * Where the link is shown in its story: after this top-level block of the body (0 = the
   * first), or null: after the body. The server always sends it.
   */
  afterBlock?: number | null;
};

/** `?locale=` alone: GET /links/:documentId, DELETE /links/:linkDocumentId. */
export type LocaleQuery = { locale?: string };

/** Routes that take no parameter at all: GET /index/status, POST /index/rebuild. */
export type NoParams = Record<never, never>;

/**
 * GET /newsroom/suggestions/:documentId?limit=&locale=&earlier= → { data: Suggestion[], meta }.
 * `limit` defaults to 10 (at most the plugin's `maxLimit`); `earlier=true` keeps only stories
 * published before this one (for background links).
 */
export type SuggestionsQuery = { limit?: number; locale?: string; earlier?: boolean };
export type SuggestionsResponse = {
  data: Suggestion[];
  meta: { documentId: string; locale: string; limit: number; earlier: boolean };
};

/** GET /newsroom/links/:documentId?locale= → { data: EditorLink[] } in editor order. */
export type LinksResponse = { data: EditorLink[] };

/**
 * POST /newsroom/links → 201 { data: EditorLink, meta: { reverse: EditorLink | null } }.
 * `reverse: true` also links `target` back to `article` (origin `reciprocal`), unless that
 * link exists already; both are written or neither.
 */
export type CreateLinkBody = {
  article: string;
  locale?: string;
  target?: string;
  externalUrl?: string;
  title?: string;
  kind?: LinkKind;
  /** `suggestion` when the editor took an engine suggestion (with its score). */
  origin?: Extract<LinkOrigin, 'editor' | 'suggestion'>;
  score?: number;
  reverse?: boolean;
  /** After which top-level block of the article's body the link is shown; null: after it. */
  afterBlock?: number | null;
};
export type CreateLinkResponse = { data: EditorLink; meta: { reverse: EditorLink | null } };

/** PUT /newsroom/links/:linkDocumentId → { data: EditorLink }: change kind, target or place. */
export type UpdateLinkBody = {
  locale?: string;
  kind?: LinkKind;
  target?: string;
  afterBlock?: number | null;
};

/**
 * PUT /newsroom/links/:documentId/order → { data: EditorLink[] }: `order` lists every link of
 * the story (by the link's documentId) in the new order; anything else is a 400.
 */
export type ReorderLinksBody = { locale?: string; order: string[] };

/** DELETE /newsroom/links/:linkDocumentId?locale= → { data: { documentId } }. */

/**
 * POST /newsroom/dismissals → 201 { data: { article, target, locale } }: the engine stops
 * suggesting `target` for `article` (in that locale). Idempotent.
 */
export type DismissBody = { article: string; target: string; locale?: string };

/**
 * GET /newsroom/search?q=&locale=&limit=&exclude= → { data: StoryItem[] }: stories whose
 * headline contains `q` (case-insensitive), published first then drafts, newest first;
 * `exclude` is a documentId left out (the story being edited). Default limit 10, max 50.
 */
export type SearchQuery = { q?: string; locale?: string; limit?: number; exclude?: string };
export type SearchResponse = { data: StoryItem[] };

/**
 * GET /newsroom/reports/unlinked?locale=&limit= → published stories with no link out and no
 * link in, newest first. meta.total counts them all.
 */
export type ReportQuery = { locale?: string; limit?: number };
export type UnlinkedResponse = { data: StoryItem[]; meta: { total: number } };

/**
 * GET /newsroom/reports/broken?locale=&limit= → links whose target is unpublished or deleted,
 * newest story first, each with the engine's top suggestion for its story (null if none).
 */
export type BrokenLink = { link: EditorLink; article: StoryItem; suggestion: Suggestion | null };
export type BrokenResponse = { data: BrokenLink[]; meta: { total: number } };

/**
 * GET /newsroom/reports/coverage?locale=&days=14&min=1 → for each of the last `days` days
 * (UTC, oldest first) the stories published that day (by datePublished) and how many of them
 * have at least `min` links (out or in). meta sums it up; share is covered / published (0..1,
 * null when nothing was published).
 */
export type CoverageQuery = { locale?: string; days?: number; min?: number };
export type CoverageDay = { date: string; published: number; covered: number };
export type CoverageResponse = {
  data: CoverageDay[];
  meta: {
    days: number;
    min: number;
    published: number;
    covered: number;
    share: number | null;
    /** Published stories of the locale still under an embargo (not counted by day until then). */
    embargoed: number;
  };
};

/**
 * GET /newsroom/story-map?locale=&tag=&from=&to=&limit= → published stories (nodes) matching
 * a tag (documentId or slug) and/or a datePublished range (ISO dates, inclusive), newest first
 * up to `limit` (default 300, max 1000), and the links between them (edges, target published
 * and in the set). `degree` counts a story's links within the map; an orphan has none at all.
 */
export type StoryMapQuery = {
  locale?: string;
  tag?: string;
  from?: string;
  to?: string;
  limit?: number;
};
export type StoryMapNode = {
  documentId: string;
  title: string;
  section: string | null;
  datePublished: string | null;
  tags: string[];
  degree: number;
  orphan: boolean;
};
export type StoryMapEdge = { source: string; target: string; kind: LinkKind };
/** A tag editors can pick to draw its map, with how many published stories carry it. */
export type StoryMapTag = {
  documentId: string;
  name: string;
  slug: string | null;
  stories: number;
};
export type StoryMapResponse = {
  data: { nodes: StoryMapNode[]; edges: StoryMapEdge[] };
  /** `tags`: the locale's tags on published stories, most used first (at most 200). */
  meta: { total: number; truncated: boolean; tags: StoryMapTag[] };
};
