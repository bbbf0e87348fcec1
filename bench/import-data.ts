import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

import { loadBbc } from './corpus';
import { generateStories } from './generate';

/**
 * An NDJSON archive of `count` stories generated from the BBC corpus (`generate.ts`), shaped
 * like a newsroom's export: 1–2 authors among 300, 2–4 tags among 800 plus the category, the
 * publication date, one story in ten a draft, and one in three with 1–2 `related` stories
 * among the 50 before it. `prefix` keeps the externalIds of two archives apart.
 */
export const writeArchive = async (file: string, count: number, prefix: string, seed = 1) => {
  const out = createWriteStream(file);
  let n = 0;
  for (const story of generateStories(loadBbc(), count, seed)) {
    const pick = (size: number, k: number) =>
      Array.from({ length: k }, (_, j) => (n * 7 + j * 131) % size);
    const record = {
      externalId: `${prefix}${n}`,
      title: story.title,
      lead: story.lead.slice(0, 1000),
      body: story.body,
      section: story.category,
      authors: pick(300, 1 + (n % 2)).map((a) => `Reporter ${a}`),
      tags: [story.category, ...pick(800, 2 + (n % 3)).map((t) => `Topic ${t}`)],
      publishedAt: n % 10 === 9 ? undefined : new Date(story.publishedAt).toISOString(),
      related:
        n % 3 === 0 && n > 50
          ? [`${prefix}${n - 1 - (n % 50)}`, ...(n % 2 ? [`${prefix}${n - 2}`] : [])]
          : undefined,
    };
    if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, 'drain');
    n += 1;
  }
  out.end();
  await once(out, 'finish');
};
