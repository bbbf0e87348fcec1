import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

import { loadBbc, type BbcStory } from './corpus';

/**
 * An NDJSON archive of long wire-style stories (2–5 KB of text each, as agency copy is) built
 * from the BBC corpus: a dateline and the base story's paragraphs, then paragraphs of other
 * stories of its section until the story holds 2,000–5,000 characters. Each has 1–3 authors
 * among 400, 3–6 tags among 1,200 plus its section, a source and a cover caption; one in ten is a
 * draft, one in four has 1–3 `related` stories among the 100 before it. Deterministic for a
 * given seed. `npx tsx bench/wire-stories.ts <file> <count>` writes one.
 */
const CITIES = ['LONDON', 'KYIV', 'BRUSSELS', 'WASHINGTON', 'PARIS', 'BERLIN', 'TOKYO', 'NAIROBI'];

const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

export function* wireStories(corpus: BbcStory[], count: number, prefix = 'wire-', seed = 7) {
  const rand = random(seed);
  const pick = <T>(items: T[]) => items[Math.floor(rand() * items.length)];
  const byCategory = new Map<string, BbcStory[]>();
  for (const story of corpus)
    byCategory.set(story.category, [...(byCategory.get(story.category) ?? []), story]);
  const start = Date.UTC(2021, 0, 1);
  for (let n = 0; n < count; n += 1) {
    const base = pick(corpus);
    const pool = byCategory.get(base.category)!;
    const target = 2000 + Math.floor(rand() * 3000);
    const paragraphs: string[] = [];
    let length = 0;
    for (let source = base; length < target; source = pick(pool)) {
      for (const paragraph of source.paragraphs.slice(1)) {
        if (length + paragraph.length > 5000) break;
        paragraphs.push(paragraph);
        length += paragraph.length + 2;
      }
      if (length + 300 > 5000) break;
    }
    const ids = (size: number, k: number, salt: number) =>
      Array.from({ length: k }, (_, j) => (n * 13 + j * 197 + salt) % size);
    const city = CITIES[n % CITIES.length];
    yield {
      externalId: `${prefix}${n}`,
      title: `${base.title} (${n})`,
      lead: `${city} (Newsroom Wire) - ${base.paragraphs[0] ?? ''}`.slice(0, 1000),
      body: paragraphs.join('\n\n'),
      section: base.category,
      source: 'Newsroom Wire',
      coverCaption: `${city}: ${base.title}`.slice(0, 500),
      authors: ids(400, 1 + (n % 3), 0).map((a) => `Correspondent ${a}`),
      tags: [base.category, ...ids(1200, 3 + (n % 4), 5).map((t) => `Wire topic ${t}`)],
      publishedAt: n % 10 === 9 ? undefined : new Date(start + n * 6 * 60_000).toISOString(),
      related:
        n % 4 === 0 && n > 100
          ? Array.from({ length: 1 + (n % 3) }, (_, j) => `${prefix}${n - 1 - ((n * 7 + j) % 100)}`)
          : undefined,
    };
  }
}

/** Writes `count` wire stories to `file` (NDJSON); answers the file's size in bytes. */
export const writeWireArchive = async (file: string, count: number, prefix = 'wire-') => {
  const out = createWriteStream(file);
  for (const story of wireStories(loadBbc(), count, prefix)) {
    if (!out.write(`${JSON.stringify(story)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return out.bytesWritten;
};

if (require.main === module) {
  const [file, count = '10000'] = process.argv.slice(2);
  writeWireArchive(file, Number(count)).then((bytes) =>
    console.log(`${count} wire stories, ${(bytes / 2 ** 20).toFixed(1)} MB, in ${file}`)
  );
}
