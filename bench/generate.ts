import type { BbcStory } from './corpus';

/**
 * Synthetic newsroom archives of any size from the BBC corpus, with the corpus's own term
 * statistics: each story takes its category from a real story, its headline and lead from that
 * story and its body from paragraphs of three stories of the same category, shuffled. So the
 * vocabulary, word frequencies and story lengths are the corpus's; only the combinations are
 * new. Deterministic for a given seed.
 */
export type GeneratedStory = {
  id: string;
  category: string;
  title: string;
  lead: string;
  body: string;
  publishedAt: number;
};

const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

export function* generateStories(
  corpus: BbcStory[],
  count: number,
  seed = 1
): Generator<GeneratedStory> {
  const rand = random(seed);
  const pick = <T>(items: T[]) => items[Math.floor(rand() * items.length)];
  const byCategory = new Map<string, BbcStory[]>();
  for (const story of corpus)
    byCategory.set(story.category, [...(byCategory.get(story.category) ?? []), story]);
  const start = Date.UTC(2020, 0, 1);
  for (let i = 0; i < count; i += 1) {
    const base = pick(corpus);
    const pool = byCategory.get(base.category)!;
    const paragraphs = [base, pick(pool), pick(pool)]
      .flatMap((story) => story.paragraphs.slice(1))
      .filter(() => rand() < 0.5);
    for (let j = paragraphs.length - 1; j > 0; j -= 1) {
      const k = Math.floor(rand() * (j + 1));
      [paragraphs[j], paragraphs[k]] = [paragraphs[k], paragraphs[j]];
    }
    yield {
      id: `gen-${i}`,
      category: base.category,
      title: base.title,
      lead: base.paragraphs[0] ?? '',
      body: paragraphs.join('\n\n'),
      publishedAt: start + i * 15 * 60 * 1000,
    };
  }
}
