import { combine, QUERY_TERMS, type RankProfile, rounded, textScore } from './ranking';
import type { IndexedStory, IndexView } from './types';

/** A story prepared to be scored against many others (its terms and tags looked up once). */
export type PairTarget = {
  story: IndexedStory;
  slot: number;
  terms: Map<number, number>;
  tags: Set<number>;
};

export const pairTarget = (index: IndexView, story: IndexedStory): PairTarget => ({
  story,
  slot: index.slots.get(story.id)!,
  terms: new Map(Array.from(story.vector.terms, (term, i) => [term, story.vector.weights[i]])),
  tags: new Set(story.tags),
});

/** Text similarity as the ranking of `from` measures it (its strongest terms, in float32). */
const textSimilarity = (from: IndexedStory, target: PairTarget) => {
  let sum = 0;
  const terms = Math.min(from.vector.terms.length, QUERY_TERMS);
  for (let i = 0; i < terms; i += 1) {
    const weight = target.terms.get(from.vector.terms[i]);
    if (weight !== undefined) sum = Math.fround(sum + from.vector.weights[i] * weight);
  }
  return sum;
};

/** Shared tags weighted by rarity, as a cosine (0 when none is shared). */
const tagSimilarity = (index: IndexView, from: IndexedStory, target: PairTarget) => {
  const total = index.localeSize(from.locale) + 1;
  const idf = (tag: number) => index.tags.idf(tag, total);
  let shared = 0;
  let sharesAny = false;
  for (const tag of from.tags) {
    if (tag >= 0 && target.tags.has(tag)) {
      shared += idf(tag) ** 2;
      sharesAny = true;
    }
  }
  if (!sharesAny) return null;
  const norm = (tags: Int32Array) => Math.sqrt(tags.reduce((s, t) => s + idf(t) ** 2, 0)) || 1;
  return shared / (norm(from.tags) * norm(target.story.tags));
};

/**
 * What the ranking of `from` (profiled in `profile`) would score `target`, rounded as served:
 * undefined when `target` would not be among its candidates, null when it would be but is a
 * near-duplicate or scores below the minimum. Equal to ranking `from` again as long as its
 * profile still holds.
 */
export const pairScore = (
  index: IndexView,
  from: IndexedStory,
  profile: RankProfile,
  target: PairTarget
): number | null | undefined => {
  const other = target.story;
  if (other.id === from.id || other.locale !== from.locale) return undefined;
  const o = index.options;
  const tag = tagSimilarity(index, from, target);
  const sim = textSimilarity(from, target);
  const cut = profile.candidateCut ?? 0;
  if (tag === null && (sim <= 0 || sim < cut)) return undefined;
  if (sim >= o.nearDuplicateAt) return null;
  let latent: number | undefined;
  if (other.latent && profile.query) {
    let dot = 0;
    for (let x = 0; x < profile.query.length; x += 1) dot += profile.query[x] * other.latent[x];
    latent = Math.max(0, dot);
  }
  const text = textScore(index, latent, sim);
  const score = combine(index, from, other, text, tag ?? 0);
  return score >= o.minScore ? rounded(score) : null;
};

/** Raw latent closeness of two stories (what picks a ranking's feedback stories). */
export const closeness = (a: IndexedStory, b: IndexedStory) => {
  if (!a.latent || !b.latent) return -Infinity;
  let dot = 0;
  for (let x = 0; x < a.latent.length; x += 1) dot += a.latent[x] * b.latent[x];
  return dot;
};
