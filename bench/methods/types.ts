import type { BbcStory } from '../corpus';

/** A related-story method under test: built once on the corpus, then asked per story. */
export type Method = {
  name: string;
  build(stories: BbcStory[]): void | Promise<void>;
  related(id: string, limit: number): string[];
};

export const text = (story: BbcStory) => `${story.title}\n\n${story.paragraphs.join('\n\n')}`;

/** Lower-cased runs of letters and digits: the plain tokenizer the baselines share. */
export const plainTokens = (value: string) => value.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
