import { loadBbc } from '../../bench/corpus';
import type { StoryInput } from '../../server/src/engine/types';

const DAY = 24 * 3600 * 1000;

/** The first `count` BBC stories as the engine sees them (a day apart, one in seven by "Desk"). */
export const bbcStories = (count: number): StoryInput[] =>
  loadBbc()
    .slice(0, count)
    .map((story, i) => ({
      id: `bbc-${i}`,
      locale: 'en',
      title: story.title,
      body: story.paragraphs.join('\n'),
      tags: [story.category],
      authors: i % 7 === 0 ? ['Desk'] : [],
      publishedAt: Date.UTC(2024, 0, 1) + i * DAY,
    }));
