import type { BuildProgress, IndexBuilder, StoryInput } from './types';

/** Stories analysed or indexed between two progress reports (and event-loop turns). */
const BUILD_CHUNK = 250;

/**
 * A full build in steps: term counts of every story first (so document frequencies, and so
 * every vector's idf, are final), then the vectors and postings, then the latent space. Each
 * yield is a place where an async driver may give the event loop a turn.
 */
export function* buildSteps(index: IndexBuilder, stories: StoryInput[]): Generator<BuildProgress> {
  const total = stories.length;
  const counts: Array<Map<number, number>> = [];
  for (let i = 0; i < total; i += 1) {
    if (i % BUILD_CHUNK === 0) yield { phase: 'analysing', done: i, total };
    counts.push(index.count(stories[i]));
  }
  for (const story of counts) for (const term of story.keys()) index.terms.count(term, 1);
  for (let i = 0; i < total; i += 1) {
    if (i % BUILD_CHUNK === 0) yield { phase: 'indexing', done: i, total };
    index.insert(stories[i], index.vectorize(counts[i], total));
  }
  counts.length = 0;
  yield { phase: 'decomposing', done: 0, total };
  for (const done of index.decomposeSteps()) yield { phase: 'decomposing', done, total };
  yield { phase: 'done', done: total, total };
}
