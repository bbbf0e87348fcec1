/**
 * Linking while writing (admin API, action "Read suggestions"): phrases of a story's body that
 * should link to other stories, and suggestions for a story that is not saved yet.
 */
import type { Suggestion } from './related';

export type AnchorTarget = { documentId: string; title: string; slug: string | null };

/**
 * What made the phrase an anchor: the target's headline key phrase, the name of a running
 * story (a tag marked `runningStory`) the target belongs to, or a name both stories mention.
 */
export type AnchorKind = 'headline' | 'running-story' | 'name';

/**
 * A phrase of the body that is a good anchor for another published story. `block` is the
 * index of a top-level block of the body; `start`/`end` are character offsets in that block's
 * plain text (its text nodes joined), and `text` is exactly that substring.
 */
export type Anchor = {
  text: string;
  block: number;
  start: number;
  end: number;
  target: AnchorTarget;
  score: number;
  /** Why this phrase: the target's key phrase, a running story's name, a shared name. */
  reason: string;
  /** The same, for a client to word itself. */
  kind: AnchorKind;
  /** What the phrase matched: the target's headline, the running story's name, or the name. */
  matched: string;
};

/** GET /newsroom/anchors/:documentId?locale=&limit= */
export type AnchorsQuery = { locale?: string; limit?: number };
export type AnchorsResponse = { data: Anchor[]; meta: { documentId: string; locale: string } };

/**
 * POST /newsroom/suggestions/draft — the edit form's current text (a new article before its
 * first save, or unsaved edits). `body` is the blocks value of the form.
 */
export type DraftSuggestionsBody = {
  locale?: string;
  /** The story being edited, when it has been saved before (left out of its own suggestions). */
  documentId?: string;
  title?: string;
  lead?: string;
  body?: unknown[];
  tags?: string[];
  limit?: number;
};
export type DraftSuggestionsResponse = {
  data: { suggestions: Suggestion[]; anchors: Anchor[] };
  meta: { locale: string };
};
