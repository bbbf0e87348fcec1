/**
 * Relevance and in-text anchors on Reuters-21578: every story with a TOPICS label and a body
 * (10,377 of them), a suggestion relevant when it shares a topic with the story. The data is
 * not in the repository: `--reuters=PATH`, the folder of the `reut2-0NN.sgm` files.
 */
import { anchorsOf, type AnchorStats } from './reuters-anchors';
import { type LabelledStory } from './labelled';
import { labelledTfidf } from './methods/labelled-tfidf';
import { loadReuters, type ReutersStory } from './reuters';
import { RelatedIndex } from '../server/src/engine';

export type ReutersRow = { set: string; stories: number; method: string; p5: number; p10: number };

type Related = { name: string; related(id: string, locale: string, limit: number): string[] };

/**
 * `count` items of `all` at even steps, so every part of the set is asked; `offset` shifts
 * every step by that many items, so offsets 0, 1, 2… give disjoint samples of one size.
 */
export const spread = <T>(all: T[], count: number, offset = 0): T[] => {
  const size = Math.min(count, all.length);
  const step = all.length / size;
  if (offset > 0 && offset >= Math.floor(step))
    throw new Error(
      `offset ${offset}: samples of ${size} of ${all.length} overlap from ${Math.floor(step)}`
    );
  return Array.from({ length: size }, (_, i) => all[Math.floor(i * step) + offset]);
};

const shares = (a: string[], b: string[] | undefined) => !!b && a.some((t) => b.includes(t));

const precision = (method: Related, queries: ReutersStory[], topics: Map<string, string[]>) => {
  let p5 = 0;
  let p10 = 0;
  for (const query of queries) {
    const found = method.related(query.id, 'en', 10);
    const hits = (k: number) =>
      found.slice(0, k).filter((id) => shares(query.topics, topics.get(id)));
    p5 += hits(5).length / 5;
    p10 += hits(10).length / 10;
  }
  return { p5: p5 / queries.length, p10: p10 / queries.length };
};

/** The engine as `/related` runs it: default options, the stories' dates, no tags. */
export const reutersIndex = (stories: ReutersStory[]) => {
  const index = new RelatedIndex();
  index.build(
    stories.map((s) => ({
      id: s.id,
      locale: 'en',
      title: s.title,
      lead: s.lead,
      body: s.paragraphs.join('\n\n'),
      publishedAt: s.publishedAt,
    }))
  );
  return index;
};

/** The engine and the two TF-IDF baselines on `stories`, `queries` of them asked. */
const relevanceOf = (
  set: string,
  stories: ReutersStory[],
  queries: number,
  index: RelatedIndex
) => {
  const topics = new Map(stories.map((s) => [s.id, s.topics]));
  const asked = spread(stories, queries);
  const methods: Related[] = [
    {
      name: 'newsroom engine',
      related: (id, _locale, limit) => index.suggest(id, { limit }).map((s) => s.id),
    },
  ];
  const labelled: LabelledStory[] = stories.map((s) => ({
    id: s.id,
    locale: 'en',
    label: s.topics.join(' '),
    title: s.title,
    lead: s.lead,
    body: s.paragraphs.join('\n\n'),
    publishedAt: s.publishedAt,
  }));
  for (const baseline of [
    labelledTfidf('TF-IDF, raw word forms'),
    labelledTfidf('TF-IDF, 5-letter prefixes', (w) => w.slice(0, 5)),
  ]) {
    baseline.build(labelled);
    methods.push(baseline);
  }
  return methods.map((method): ReutersRow => {
    const row = { set, stories: stories.length, method: method.name };
    const found = { ...row, ...precision(method, asked, topics) };
    console.error(`relevance-reuters: ${set} ${method.name} P@5 ${found.p5.toFixed(4)}`);
    return found;
  });
};

export const relevanceReuters = ({
  folder,
  queries = 300,
  anchorStories = 100,
  anchorSamples = 1,
}: {
  folder: string;
  queries?: number;
  /** Stories of each anchor sample, at even steps. */
  anchorStories?: number;
  /** Disjoint anchor samples: the k-th (from 0) takes each step's k-th story. */
  anchorSamples?: number;
}) => {
  const stories = loadReuters(folder);
  const index = reutersIndex(stories);
  const test = stories.filter((s) => s.split === 'TEST');
  const rows = [
    ...relevanceOf('all', stories, queries, index),
    ...relevanceOf('ModApte test split', test, queries, reutersIndex(test)),
  ];
  const samples = Array.from({ length: anchorSamples }, (_, offset) => {
    const anchors = anchorsOf(index, stories, spread(stories, anchorStories, offset));
    console.error(`relevance-reuters: anchors, ${sampleLine(offset, anchors)}`);
    return anchors;
  });
  return { stories: stories.length, queries, rows, anchors: samples };
};

const SOURCE = [
  'Data: Reuters-21578, Distribution 1.0 (the 22 `reut2-0NN.sgm` files; `--reuters=` takes their',
  'folder). "The copyright for the text of newswire articles and Reuters annotations in the',
  'Reuters-21578 collection resides with Reuters Ltd. Reuters Ltd. and Carnegie Group, Inc. have',
  'agreed to allow the free distribution of this data *for research purposes only*." It is on',
  'the UCI Machine Learning Repository (Reuters-21578 Text Categorization Collection).',
  'Each story is imported as a newsroom would: the headline, the first paragraph as the lead, the',
  'rest as the body, the date; the engine runs with its defaults (recency on), no tags.',
];

const percent = (value: number) => `${(100 * value).toFixed(1)}%`;

const sampleLine = (offset: number, a: AnchorStats) =>
  `sample ${offset + 1} (offset ${offset}): ${a.anchors} anchors in ${a.withAnchors} of ${a.stories} stories (${(a.anchors / a.stories).toFixed(2)} a story), **${percent(a.onTopic)}** on topic, ${percent(a.singleWord)} a single word`;

/** The samples' anchors together, for the totals and the share by kind. */
const pooled = (samples: AnchorStats[]) => {
  const judged = samples.flatMap((a) => a.judged);
  return {
    stories: samples.reduce((sum, a) => sum + a.stories, 0),
    anchors: judged.length,
    withAnchors: samples.reduce((sum, a) => sum + a.withAnchors, 0),
    onTopic: judged.filter((j) => j.onTopic).length / Math.max(1, judged.length),
    judged,
  };
};

export const relevanceReutersTable = ({
  stories,
  queries,
  rows,
  anchors,
}: ReturnType<typeof relevanceReuters>) => {
  const ratios = [...new Set(rows.map((r) => r.set))].map((set) => {
    const group = rows.filter((r) => r.set === set);
    const engine = group.find((r) => r.method === 'newsroom engine')!;
    const best = Math.max(...group.filter((r) => r !== engine).map((r) => r.p5));
    return `- ${set}: engine / best baseline **${(engine.p5 / best).toFixed(3)}×**`;
  });
  const a = pooled(anchors);
  const [first] = anchors;
  const several = anchors.length > 1;
  return [
    '## Relevance and anchors on Reuters-21578 (English newswire, 1987)',
    '',
    `${stories.toLocaleString('en')} stories with a TOPICS label and a body, and the test side of the ModApte split alone (an archive of its stories only); ${queries} stories of each asked (at even steps); a suggestion is relevant when it shares a topic with the story. Rerun: \`npm run bench -- --only=relevance-reuters --reuters=PATH\`.`,
    '',
    ...SOURCE,
    '',
    '| stories | method | precision@5 | precision@10 |',
    '| --- | --- | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.set} (${r.stories.toLocaleString('en')}) | ${r.method} | ${r.p5.toFixed(4)} | ${r.p10.toFixed(4)} |`
    ),
    '',
    ...ratios,
    '',
    several
      ? `In-text anchors of ${anchors.length} disjoint samples of ${first.stories} stories (at even steps, the k-th sample taking each step's k-th story; \`--anchor-stories=${first.stories} --anchor-samples=${anchors.length}\`), found as the writing panel finds them (the story's 30 best suggestions as candidates, 10 anchors at most); an anchor is on topic when it leads to a story that shares a topic with the one it is in:`
      : `In-text anchors of ${first.stories} stories (at even steps), found as the writing panel finds them (the story's 30 best suggestions as candidates, 10 anchors at most); an anchor is on topic when it leads to a story that shares a topic with the one it is in:`,
    '',
    ...anchors.map((sample, offset) => `- ${sampleLine(offset, sample)}`),
    ...(several
      ? [
          `- all samples: ${a.anchors} anchors in ${a.withAnchors} of ${a.stories} stories (${(a.anchors / a.stories).toFixed(2)} a story), **${percent(a.onTopic)}** on topic`,
        ]
      : []),
    '',
    `On topic by kind: ${[...new Set(a.judged.map((j) => j.kind))]
      .map((kind) => {
        const of = a.judged.filter((j) => j.kind === kind);
        return `${kind} ${of.filter((j) => j.onTopic).length} of ${of.length}`;
      })
      .join(', ')}.`,
    '',
    ...(first.offTopic.length > 0
      ? [
          `Anchors that lead off topic (${several ? 'the first sample, ' : ''}up to 8):`,
          '',
          ...first.offTopic.slice(0, 8).map((x) => `- ${x}`),
          '',
        ]
      : []),
  ];
};

/** The section `--only=relevance-reuters` writes; every off-topic anchor goes to stderr. */
export const relevanceReutersSection = (
  folder: string | undefined,
  { anchorStories, anchorSamples }: { anchorStories?: number; anchorSamples?: number } = {}
) => {
  if (!folder) throw new Error('--reuters=PATH: the folder of the reut2-0NN.sgm files');
  const result = relevanceReuters({ folder, anchorStories, anchorSamples });
  result.anchors.forEach((sample, offset) => {
    for (const line of sample.offTopic) console.error(`off topic (sample ${offset + 1}): ${line}`);
  });
  return relevanceReutersTable(result);
};
