/**
 * One latent space per locale. A space computed over every story would be shaped by the
 * locale with the most stories: in a newsroom of 10,000 English stories and 1,500 Russian
 * ones, the Russian terms barely move its axes, and every Russian story lands next to every
 * other. Each locale's space is computed from that locale's stories alone, over its own terms
 * (the vocabulary keys them `locale:stem`), so one locale's volume never flattens another's.
 */
import { decomposeSteps, type LatentSpace, project } from './latent';
import type { SparseVector } from './sparse';
import type { IndexedStory } from './types';
import type { Vocabulary } from './vocabulary';

/** Below this many stories of a locale a latent space says little; text similarity is used alone. */
export const MIN_STORIES_FOR_LATENT = 50;
/**
 * Stories of a locale the space is computed from at most: beyond, an even sample of them (the
 * term basis of a large sample is the archive's; every story is still projected into it).
 */
export const LATENT_ROWS = 100_000;
/** Stories projected into a new space between two yields. */
const PROJECT_CHUNK = 10_000;

/** Term id → row of the locale's space (-1 for other locales' terms), for ids below `limit`. */
export const localeTermRows = (
  terms: Pick<Vocabulary, 'key' | 'size'>,
  locale: string,
  limit = terms.size
): { rows: Int32Array; count: number } => {
  const prefix = `${locale}:`;
  const rows = new Int32Array(limit).fill(-1);
  let count = 0;
  for (let id = 0; id < limit; id += 1) if (terms.key(id).startsWith(prefix)) rows[id] = count++;
  return { rows, count };
};

const toRows = (vector: SparseVector, rows: Int32Array): SparseVector => {
  const terms: number[] = [];
  const weights: number[] = [];
  vector.terms.forEach((id, i) => {
    const row = id < rows.length ? rows[id] : -1;
    if (row >= 0) {
      terms.push(row);
      weights.push(vector.weights[i]);
    }
  });
  return { terms: Int32Array.from(terms), weights: Float32Array.from(weights) };
};

/** Live stories by locale, in index order. */
export const byLocale = (stories: IndexedStory[]) => {
  const groups = new Map<string, IndexedStory[]>();
  for (const story of stories) {
    let group = groups.get(story.locale);
    if (!group) groups.set(story.locale, (group = []));
    group.push(story);
  }
  return groups;
};

/**
 * The latent space of one locale's stories and their vectors in it, in steps: yields the
 * stories of the locale done so far (see `decomposeSteps`). Null when the locale has too few
 * stories for a space.
 */
export function* localeSpaceSteps(
  terms: Pick<Vocabulary, 'key' | 'size'>,
  locale: string,
  stories: IndexedStory[],
  dimensions: number
): Generator<number, { space: LatentSpace; latents: Float32Array[] } | null> {
  if (stories.length < MIN_STORIES_FOR_LATENT || dimensions <= 0) return null;
  const { rows, count } = localeTermRows(terms, locale);
  const every = Math.ceil(stories.length / LATENT_ROWS);
  const steps = decomposeSteps(
    stories.filter((_, i) => i % every === 0).map((story) => toRows(story.vector, rows)),
    count,
    dimensions
  );
  let step = steps.next();
  while (!step.done) {
    yield Math.min(stories.length, (step.value as number) * every);
    step = steps.next();
  }
  const space: LatentSpace = { ...step.value, termRows: rows };
  const latents: Float32Array[] = [];
  for (const story of stories) {
    latents.push(project(space, story.vector));
    if (latents.length % PROJECT_CHUNK === 0) yield stories.length;
  }
  return { space, latents };
}
