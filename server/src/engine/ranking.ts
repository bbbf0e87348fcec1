import { project } from './latent';
import { explain } from './reasons';
import type { SparseVector } from './sparse';
import { topSlots } from './top-slots';
import {
  DAY,
  type IndexedStory,
  type IndexView,
  type SuggestOptions,
  type Suggestion,
} from './types';

/**
 * What ranking a story used besides the index, kept so that one more story can be scored for
 * it later without ranking it again (`pair-score.ts`): its latent query as widened by its
 * closest candidates, which those were, and the text similarity a candidate needed.
 */
export type RankProfile = {
  query?: Float32Array;
  feedback?: string[];
  /** Raw latent closeness of the last feedback story (a closer story would widen the query). */
  feedbackCut?: number;
  candidateCut?: number;
  /** Slots of every story scored (text candidates and stories sharing a tag). */
  candidates?: number[];
};

/** Query terms looked up in the postings, strongest first; weaker ones barely move scores. */
export const QUERY_TERMS = 32;

/**
 * Stories read per shared tag at most: those given the tag last (a tag on a fifth of a
 * million-story archive would otherwise make every story sharing it a candidate).
 */
export const POSTINGS_PER_TAG = 5000;

/** Score accumulator reused across queries (one per index). */
const scratchOf = new WeakMap<IndexView, Float32Array>();

/**
 * Text similarity of `query` to the stories sharing a term with it, accumulated over the
 * postings into a reusable array. Returns the `limit` most similar stories that pass `keep`,
 * plus the similarity of each of `also`.
 */
const textCandidates = (
  index: IndexView,
  query: SparseVector,
  keep: (slot: number) => boolean,
  limit: number,
  also: Iterable<number>,
  profile?: RankProfile
): Map<number, number> => {
  let scores = scratchOf.get(index);
  if (!scores || scores.length < index.stories.length) {
    scores = new Float32Array(Math.max(1024, index.stories.length * 2));
    scratchOf.set(index, scores);
  }
  const touched: number[] = [];
  const terms = Math.min(query.terms.length, QUERY_TERMS);
  for (let i = 0; i < terms; i += 1) {
    const q = query.weights[i];
    const list = index.postings.list(query.terms[i]);
    if (!list) continue;
    const { slots, weights, length, ordered } = list;
    // the strongest postings of the impact-ordered part, then those appended since
    const skip = Math.min(ordered, Math.max(0, length - index.options.postingsPerTerm));
    const end = ordered - skip;
    for (let j = 0; j < length; j += 1) {
      if (j === end) j += skip;
      if (j >= length) break;
      const slot = slots[j];
      if (scores[slot] === 0) touched.push(slot);
      scores[slot] += q * weights[j];
    }
  }
  const kept = touched.filter(keep);
  const best = topSlots(kept, scores, limit);
  if (profile) profile.candidateCut = kept.length > limit ? scores[best[best.length - 1]] : 0;
  const result = new Map<number, number>(best.map((slot) => [slot, scores[slot]]));
  for (const slot of also) result.set(slot, scores[slot] ?? 0);
  for (const slot of touched) scores[slot] = 0;
  return result;
};

/** Latent vectors of candidates, the query widened with its closest candidates' (feedback). */
const latentScores = (
  index: IndexView,
  story: IndexedStory,
  candidates: number[],
  profile?: RankProfile
): Map<number, number> => {
  const scores = new Map<number, number>();
  const space = index.latentOf(story.locale);
  if (!space) return scores;
  const query = Float32Array.from(story.latent ?? project(space, story.vector));
  const k = space.dimensions;
  const dotWith = (q: Float32Array, e: Float32Array) => {
    let d = 0;
    for (let x = 0; x < k; x += 1) d += q[x] * e[x];
    return d;
  };
  const first = candidates.map(
    (slot) => [slot, dotWith(query, index.stories[slot]!.latent!)] as const
  );
  const { feedbackStories, feedbackWeight } = index.options;
  if (feedbackWeight > 0) {
    const closest = [...first].sort((a, b) => b[1] - a[1]).slice(0, feedbackStories);
    if (profile) {
      profile.feedback = closest.map(([slot]) => index.stories[slot]!.id);
      profile.feedbackCut =
        closest.length < feedbackStories ? -Infinity : closest[closest.length - 1][1];
    }
    for (const [slot] of closest) {
      const e = index.stories[slot]!.latent!;
      for (let x = 0; x < k; x += 1) query[x] += (feedbackWeight / closest.length) * e[x];
    }
    const norm = Math.sqrt(dotWith(query, query)) || 1;
    for (let x = 0; x < k; x += 1) query[x] /= norm;
  }
  for (const slot of candidates)
    scores.set(slot, Math.max(0, dotWith(query, index.stories[slot]!.latent!)));
  if (profile) profile.query = query;
  return scores;
};

const tagScores = (index: IndexView, story: IndexedStory): Map<number, number> => {
  const scores = new Map<number, number>();
  if (story.tags.length === 0) return scores;
  const total = index.localeSize(story.locale) + 1;
  const idf = (tag: number) => index.tags.idf(tag, total);
  const norm = (tags: Int32Array) => Math.sqrt(tags.reduce((s, t) => s + idf(t) ** 2, 0)) || 1;
  const own = norm(story.tags);
  for (const tag of story.tags) {
    if (tag < 0) continue;
    const weight = idf(tag) ** 2;
    const add = (slot: number) => scores.set(slot, (scores.get(slot) ?? 0) + weight);
    index.tagPostings.forEach(tag, add, POSTINGS_PER_TAG);
  }
  for (const [slot, shared] of scores) {
    const other = index.stories[slot];
    scores.set(slot, other ? shared / (own * norm(other.tags)) : 0);
  }
  return scores;
};

/** The text score: the latent similarity blended with the term one (`lexicalWeight`). */
export const textScore = (index: IndexView, latent: number | undefined, lexical: number) => {
  if (latent === undefined) return lexical;
  const share = index.options.lexicalWeight;
  return share * Math.min(1, lexical) + (1 - share) * latent;
};

/**
 * Text and tag similarity, plus shared authors, then recency as a bounded tie-breaker (off for
 * background suggestions: `recency` false).
 */
export const combine = (
  index: IndexView,
  story: IndexedStory,
  other: IndexedStory,
  text: number,
  tag: number,
  recency = true
) => {
  const o = index.options;
  let score = text + o.tagWeight * tag;
  if (o.authorWeight > 0 && other.authors.some((a) => story.authors.includes(a)))
    score += o.authorWeight;
  if (
    recency &&
    o.halfLifeDays > 0 &&
    o.recencyWeight > 0 &&
    other.publishedAt !== null &&
    story.publishedAt !== null
  ) {
    const decay = 0.5 ** (Math.abs(story.publishedAt - other.publishedAt) / DAY / o.halfLifeDays);
    score *= 1 - o.recencyWeight + o.recencyWeight * decay;
  }
  return score;
};

/** Scores are served rounded (and stored lists compare them so). */
export const rounded = (score: number) => Math.round(score * 1e4) / 1e4;

/**
 * The stories of the same locale most related to `story`: text candidates from the postings,
 * re-ranked in the latent space, plus shared tags and authors, weighed by recency.
 */
export const rank = (
  index: IndexView,
  story: IndexedStory,
  options: SuggestOptions,
  profile?: RankProfile
): Suggestion[] => {
  const {
    limit = 10,
    exclude = [],
    onlyEarlier = false,
    includeNearDuplicates = false,
    reasons = true,
  } = options;
  const o = index.options;
  const self = index.slots.get(story.id);
  const excluded = new Set(exclude);
  const tags = tagScores(index, story);
  const locale = index.localeId(story.locale);
  const locales = index.slotLocales;
  const sameLocale = (slot: number) => locale >= 0 && slot !== self && locales[slot] === locale;
  const tagged = [...tags.keys()].filter(sameLocale);
  const similarity = textCandidates(index, story.vector, sameLocale, o.candidates, tagged, profile);
  const candidates = [...similarity.keys()];
  const latent = latentScores(
    index,
    story,
    candidates.filter((slot) => index.stories[slot]!.latent),
    profile
  );
  if (profile) profile.candidates = candidates;
  const text = (slot: number) => textScore(index, latent.get(slot), similarity.get(slot) ?? 0);
  const ranked: Array<{ slot: number; score: number; similarity: number; nearDuplicate: boolean }> =
    [];
  for (const slot of candidates) {
    const other = index.stories[slot];
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
    const score = combine(index, story, other, text(slot), tags.get(slot) ?? 0, !onlyEarlier);
    if (score >= o.minScore) ranked.push({ slot, score, similarity: sim, nearDuplicate });
  }
  ranked.sort((a, b) => b.score - a.score);
  return ranked.slice(0, limit).map(({ slot, score, similarity: sim, nearDuplicate }) => {
    const other = index.stories[slot]!;
    return {
      id: other.id,
      score: rounded(score),
      similarity: Math.round(sim * 1e4) / 1e4,
      nearDuplicate,
      reasons: reasons ? explain(index, story, other) : [],
    };
  });
};
