import { type BbcStory, loadBbc } from './corpus';
import { deriveTags } from './derived-tags';
import { engine } from './methods/engine';
import { moreLikeThis } from './methods/more-like-this';
import { tagOverlap } from './methods/tag-overlap';
import { tfidfExhaustive } from './methods/tfidf-exhaustive';
import type { Method } from './methods/types';
import { yarpp } from './methods/yarpp';

export type RelevanceRow = {
  method: string;
  p5: number;
  p10: number;
  buildMs: number;
  queryMs: number;
};

/** precision@k: the share of the top k suggestions in the story's own category. */
export const evaluate = async (method: Method, stories: BbcStory[]): Promise<RelevanceRow> => {
  const category = new Map(stories.map((s) => [s.id, s.category]));
  const t0 = performance.now();
  await method.build(stories);
  const t1 = performance.now();
  let p5 = 0;
  let p10 = 0;
  for (const story of stories) {
    const found = method.related(story.id, 10);
    const hits = (k: number) =>
      found.slice(0, k).filter((id) => category.get(id) === story.category).length;
    p5 += hits(5) / 5;
    p10 += hits(10) / 10;
  }
  const t2 = performance.now();
  return {
    method: method.name,
    p5: p5 / stories.length,
    p10: p10 / stories.length,
    buildMs: t1 - t0,
    queryMs: (t2 - t1) / stories.length,
  };
};

/** Text only: no tags anywhere. */
export const relevanceTextOnly = async () => {
  const stories = loadBbc();
  const rows: RelevanceRow[] = [];
  for (const method of [engine(), tfidfExhaustive(), moreLikeThis(), yarpp()]) {
    rows.push(await evaluate(method, stories));
  }
  return { stories: stories.length, rows };
};

/** With tags derived by the rule in derived-tags.ts (it never reads the category). */
export const relevanceWithTags = async () => {
  const stories = loadBbc();
  const tags = deriveTags(stories);
  const tagsOf = (id: string) => tags.get(id) ?? [];
  const rows: RelevanceRow[] = [];
  for (const method of [
    engine(tagsOf),
    tfidfExhaustive(),
    moreLikeThis(),
    yarpp(tagsOf),
    tagOverlap(tagsOf),
  ]) {
    rows.push(await evaluate(method, stories));
  }
  const tagged = stories.filter((s) => tagsOf(s.id).length > 0).length;
  return { stories: stories.length, tagged, rows };
};
