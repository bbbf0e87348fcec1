/**
 * Relevance in Ukrainian and Russian, alone and in a newsroom that also publishes ~10,000
 * English stories: precision@5 of the engine (with each stemmer it can use) against exhaustive
 * TF-IDF over raw word forms and over 5-letter prefixes. A suggestion is relevant when it has
 * the query story's label. The data is not in the repository: `--ru=PATH --uk=PATH` (see
 * docs/BENCHMARKS.md for where to get it).
 */
import { loadBbc } from './corpus';
import { generateStories } from './generate';
import { type LabelledStory, loadLabelled } from './labelled';
import { labelledTfidf } from './methods/labelled-tfidf';
import { RelatedIndex } from '../server/src/engine';

export type I18nRow = { language: string; newsroom: string; method: string; p5: number };

type Related = { name: string; related(id: string, locale: string, limit: number): string[] };

const engineMethod = (stories: LabelledStory[], name: string, languages = {}): Related => {
  const index = new RelatedIndex({ languages });
  index.build(stories.map(({ label: _label, ...story }) => story));
  return { name, related: (id, _locale, limit) => index.suggest(id, { limit }).map((s) => s.id) };
};

const precision = (method: Related, queries: LabelledStory[], labels: Map<string, string>) => {
  let sum = 0;
  for (const query of queries) {
    const found = method.related(query.id, query.locale, 5);
    sum += found.filter((id) => labels.get(id) === query.label).length / 5;
  }
  return sum / queries.length;
};

/** Stemmer variants of the engine per language (see `LANGUAGES` in analysis.ts). */
const VARIANTS: Record<string, string[]> = {
  ru: ['ru-nlpjs', 'ru-prefix5'],
  uk: ['uk-nlpjs6', 'uk-nlpjs', 'uk-prefix5'],
};

export const relevanceI18n = ({
  sets,
  stories = 1500,
  queries = 300,
  english = 10_000,
}: {
  sets: Record<string, string>;
  stories?: number;
  queries?: number;
  english?: number;
}) => {
  const rows: I18nRow[] = [];
  const sizes: Record<string, number> = {};
  const englishStories: LabelledStory[] = [...generateStories(loadBbc(), english)].map(
    ({ category, ...story }) => ({ ...story, locale: 'en', label: category })
  );
  for (const [language, file] of Object.entries(sets)) {
    const own = loadLabelled(file, language, stories);
    sizes[language] = own.length;
    const step = own.length / queries;
    const asked = Array.from({ length: queries }, (_, i) => own[Math.floor(i * step)]);
    for (const [newsroom, all] of [
      ['alone', own],
      [`with ${english.toLocaleString('en')} English`, [...englishStories, ...own]],
    ] as const) {
      const labels = new Map(all.map((s) => [s.id, s.label]));
      const methods: Related[] = [engineMethod(all, 'newsroom engine')];
      if (newsroom === 'alone')
        for (const variant of VARIANTS[language] ?? [])
          methods.push(engineMethod(all, `engine, ${variant}`, { [language]: variant }));
      for (const baseline of [
        labelledTfidf('TF-IDF, raw word forms'),
        labelledTfidf('TF-IDF, 5-letter prefixes', (w) => w.slice(0, 5)),
      ]) {
        baseline.build(all);
        methods.push(baseline);
      }
      for (const method of methods) {
        rows.push({
          language,
          newsroom,
          method: method.name,
          p5: precision(method, asked, labels),
        });
        console.error(`relevance-i18n: ${language} ${newsroom} ${method.name} done`);
      }
    }
  }
  return { sizes, queries, rows };
};

/** Where the labelled sets come from (they are not in the repository). */
const SOURCES = [
  'Russian: the Telegram news posts set of `NKTKLN/telegram-news-classifier` on GitHub (folder',
  '`data/raw`, 22,099 posts of 24 Russian news channels, each with one of 12 categories assigned',
  'by a language model; licence CC BY 4.0, `data/LICENCE.md`); `--ru=` takes the folder.',
  'Ukrainian: SIB-200 (`dadelani/sib-200` on GitHub, folder `data/annotated/ukr_Cyrl`: 1,004',
  'sentences of FLORES-200, from Wikinews, Wikivoyage and Wikibooks articles, professionally',
  'translated from English, each with one of 7 topics; the sentences are FLORES-200\u2019s, CC BY-SA',
  '4.0, the repository Apache-2.0); `--uk=` takes the folder.',
  'A story is one sentence there, so it measures short texts; we found no labelled set of',
  'Ukrainian news articles on GitHub (UA-News of `fido-ai/ua-datasets` is on Hugging Face and',
  'fits `--uk=` as JSON Lines of `{ title?, text, category | label | topic }`).',
  'The English stories are generated from the BBC corpus (`bench/generate.ts`).',
  'Morphology: the `ru` analyser stems with nlp.js (its Russian stemmer is Snowball: the npm',
  '`snowball-stemmers` package gave the same stems, so the same figure); `uk` (`uk-nlpjs6`) cuts',
  "nlp.js's Ukrainian stems to six letters, which joins words of one root that the stemmer leaves",
  'apart (українськ-, україн-), and drops the case forms of pronouns and the auxiliaries that the',
  '`stopword` list lacks (all `uk` variants do). Cutting words to five letters (`ru-prefix5`,',
  '`uk-prefix5`) is the floor they are measured against; on these sentences `uk-prefix5` is level',
  'with `uk`, which still keeps apart words five letters merge (матеріали, матері).',
];

export const relevanceI18nTable = ({ sizes, queries, rows }: ReturnType<typeof relevanceI18n>) => {
  const counts = Object.entries(sizes).map(
    ([language, n]) => `${n.toLocaleString('en')} (${language})`
  );
  const lines = [
    '## Relevance in Ukrainian and Russian, alone and with English stories',
    '',
    `Labelled stories: ${counts.join(', ')}; ${queries} of each language's asked; a suggestion is relevant when it has the story's label. Rerun: \`npm run bench -- --only=relevance-i18n --ru=PATH --uk=PATH\`.`,
    '',
    ...SOURCES,
    '',
    '| language | newsroom | method | precision@5 |',
    '| --- | --- | --- | ---: |',
    ...rows.map((r) => `| ${r.language} | ${r.newsroom} | ${r.method} | ${r.p5.toFixed(3)} |`),
    '',
  ];
  for (const language of new Set(rows.map((r) => r.language))) {
    for (const newsroom of new Set(rows.map((r) => r.newsroom))) {
      const group = rows.filter((r) => r.language === language && r.newsroom === newsroom);
      const engine = group.find((r) => r.method === 'newsroom engine');
      const best = Math.max(...group.filter((r) => r.method.startsWith('TF-IDF')).map((r) => r.p5));
      if (engine)
        lines.push(
          `- ${language}, ${newsroom}: engine / best baseline **${(engine.p5 / best).toFixed(3)}×**`
        );
    }
  }
  return [...lines, ''];
};
