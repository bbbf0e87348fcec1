import { eng } from 'stopword';

import type { BbcStory } from './corpus';

/**
 * Tags for the BBC corpus (which has none), by a rule that never reads the category: a story's
 * tags are its (at most) three most frequent proper names — capitalised words not at the start
 * of a sentence and not stop words — among the names found in at least 2 stories and in at most
 * 2% of them (so "Mr" or "UK" do not tag everything). Ties go to the name seen first.
 */
const MAX_TAGS = 3;
const MAX_SHARE = 0.02;
const stop = new Set(eng.map((w) => w.toLowerCase()));

const names = (story: BbcStory): string[] => {
  const found: string[] = [];
  for (const paragraph of [story.title, ...story.paragraphs]) {
    for (const sentence of paragraph.split(/(?<=[.!?])\s+/)) {
      const words = sentence.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
      words.slice(1).forEach((word) => {
        if (/^\p{Lu}\p{Ll}+$/u.test(word) && !stop.has(word.toLowerCase())) found.push(word);
      });
    }
  }
  return found;
};

export const deriveTags = (stories: BbcStory[]): Map<string, string[]> => {
  const perStory = stories.map((s) => names(s));
  const df = new Map<string, number>();
  for (const list of perStory)
    for (const name of new Set(list)) df.set(name, (df.get(name) ?? 0) + 1);
  const limit = stories.length * MAX_SHARE;
  const tags = new Map<string, string[]>();
  stories.forEach((story, i) => {
    const tf = new Map<string, number>();
    for (const name of perStory[i]) {
      const d = df.get(name)!;
      if (d >= 2 && d <= limit) tf.set(name, (tf.get(name) ?? 0) + 1);
    }
    tags.set(
      story.id,
      [...tf]
        .sort((a, b) => b[1] - a[1])
        .slice(0, MAX_TAGS)
        .map(([name]) => name)
    );
  });
  return tags;
};
