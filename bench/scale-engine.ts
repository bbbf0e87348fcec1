import {
  NeighbourLists,
  RelatedIndex,
  type IndexedStory,
  type StoryInput,
} from '../server/src/engine';
import { buildSteps } from '../server/src/engine/build';
import { rank, type RankProfile } from '../server/src/engine/ranking';
import { progressRate } from '../server/src/utils/progress-rate';

/** Length of the stored related lists (the server's default). */
export const LIST_SIZE = 20;

/** What a measurement of the engine reports besides the common columns. */
export type EngineExtras = {
  buildMs: number;
  queries: number[];
  updates: number[];
  /** Lists ranked from scratch (`NeighbourLists.compute`) and the time they took. */
  listsRanked: number;
  listsMs: number;
  reading: Reading;
};

/**
 * What reading only a term's strongest postings changes: precision@10 against the synthetic
 * stories' categories with the bound and with every posting read, and the share of the top
 * 10 that both give.
 */
export type Reading = { bounded: number; full: number; same: number };

const reading = (
  index: RelatedIndex,
  queryIds: string[],
  category: (id: string) => string | undefined
): Reading => {
  const top = () =>
    queryIds.map((id) => index.suggest(id, { limit: 10, reasons: false }).map((s) => s.id));
  const bounded = top();
  const options = index.options as { postingsPerTerm: number };
  const bound = options.postingsPerTerm;
  options.postingsPerTerm = Number.MAX_SAFE_INTEGER;
  const full = top();
  options.postingsPerTerm = bound;
  const precision = (lists: string[][]) => {
    let hits = 0;
    let all = 0;
    lists.forEach((list, i) => {
      for (const id of list) hits += category(id) === category(queryIds[i]) ? 1 : 0;
      all += list.length;
    });
    return hits / (all || 1);
  };
  let same = 0;
  let all = 0;
  bounded.forEach((list, i) => {
    same += list.filter((id) => full[i].includes(id)).length;
    all += full[i].length;
  });
  return { bounded: precision(bounded), full: precision(full), same: same / (all || 1) };
};

const time = (run: () => void) => {
  const t = performance.now();
  run();
  return performance.now() - t;
};

/** Progress with rate and ETA on stderr, every few seconds (what `npm run reindex` shows). */
const reporter = (label: string) => {
  const withRate = progressRate();
  let shown = 0;
  return (progress: { phase: string; done: number; total: number }) => {
    const status = withRate(progress);
    if (Date.now() - shown < 10_000 && progress.phase !== 'done') return;
    shown = Date.now();
    const eta = status.etaSeconds === undefined ? '' : `, ${status.etaSeconds} s left`;
    const rate = status.rate === undefined ? '' : `, ${Math.round(status.rate)}/s${eta}`;
    process.stderr.write(`${label} ${status.phase}: ${status.done}/${status.total}${rate}\n`);
  };
};

/**
 * The stories whose stored list a new story may enter: the candidates its own ranking scores
 * (text candidates and stories sharing a tag), which are exactly the lists `NeighbourLists.update`
 * scores it for.
 */
const affectedBy = (index: RelatedIndex, input: StoryInput): string[] => {
  const story: IndexedStory = {
    id: input.id,
    locale: input.locale,
    vector: index.vectorize(index.count(input), index.localeSize(input.locale) + 1),
    tags: new Int32Array(0),
    authors: [],
    publishedAt: input.publishedAt ?? null,
  };
  const profile: RankProfile = {};
  rank(index, story, { limit: LIST_SIZE, reasons: false }, profile);
  return (profile.candidates ?? []).map((slot) => index.stories[slot]!.id);
};

/**
 * Builds the index from a stream of stories (their text is not kept), times queries, then
 * publishes: for each new story, the lists it may enter are ranked first (untimed, as an
 * indexer that keeps every list would hold them; timed apart as lists a second), then the
 * upsert and the update of the lists are timed together.
 */
export const measureEngine = (
  stories: Iterable<StoryInput>,
  total: number,
  queryIds: string[],
  extra: StoryInput[],
  afterBuild: () => void,
  category: (id: string) => string | undefined
): EngineExtras => {
  const index = new RelatedIndex();
  const report = reporter(`engine ${total}:`);
  const buildMs = time(() => {
    for (const progress of buildSteps(index, stories, total)) report(progress);
  });
  process.stderr.write(`engine ${total}: built in ${(buildMs / 1000).toFixed(1)} s\n`);
  afterBuild();
  for (const id of queryIds.slice(0, 20)) index.suggest(id, { limit: 10 }); // warm-up (JIT)
  const queries = queryIds.map((id) => time(() => index.suggest(id, { limit: 10 })));
  const sorted = [...queries].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.floor(p * (sorted.length - 1))]?.toFixed(2);
  process.stderr.write(`engine ${total}: query p50 ${at(0.5)} ms, p95 ${at(0.95)} ms\n`);
  const read = reading(index, queryIds, category);
  process.stderr.write(`engine ${total}: ${JSON.stringify(read)}\n`);
  const lists = new NeighbourLists(LIST_SIZE);
  let listsRanked = 0;
  let listsMs = 0;
  const updates = extra.map((story, i) => {
    const ids = affectedBy(index, story).filter((id) => !lists.get(id));
    listsMs += time(() => {
      for (const id of ids) lists.compute(index, id);
    });
    listsRanked += ids.length;
    report({ phase: 'updates', done: i, total: extra.length });
    return time(() => {
      index.upsert(story);
      lists.update(index, [story.id]);
    });
  });
  return { buildMs, queries, updates, listsRanked, listsMs, reading: read };
};
