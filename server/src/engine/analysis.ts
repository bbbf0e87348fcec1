import { StemmerEn } from '@nlpjs/lang-en-min';
import { StemmerRu } from '@nlpjs/lang-ru';
import { eng, rus } from 'stopword';

import { UK_STOP, ukrainianStemmer } from './ukrainian';

/**
 * Text analysis by language: Unicode normalisation (NFKC), case folding, tokens of letters and
 * digits, stop words (the `stopword` lists) and stemming (nlp.js stemmers). The language comes
 * from the story's locale; unknown locales get the language-neutral part only.
 */
export type Analyzer = {
  /** Stems of the text's content words, in order. */
  terms(text: string): string[];
  /** Stems with the first surface form seen for each, to show in reasons. */
  termsWithForms(text: string): Array<[stem: string, form: string]>;
  /** Normalised, case-folded tokens, stop words included. */
  tokens(text: string): string[];
  /** The stem of a token, or null for a stop word or a token too short to count. */
  stemOf(token: string): string | null;
};

type Stemmer = { stemWord(word: string): string };

/** A word cut to its first `length` letters (a crude stem that needs no rules). */
const prefix = (length: number): Stemmer => ({ stemWord: (word) => word.slice(0, length) });

/**
 * The analysers. `en`, `uk` and `ru` are the defaults, chosen by measurement on labelled news
 * (docs/BENCHMARKS.md, "Relevance in Ukrainian and Russian"); the variants after them name the
 * stemmer they use, for the `languages` option and for the benchmark that compares them. `uk`
 * is `uk-nlpjs6`: nlp.js stems cut to six letters (see `ukrainian.ts`).
 */
const LANGUAGES: Record<string, { stop: string[]; stemmer: () => Stemmer }> = {
  en: { stop: eng, stemmer: () => new StemmerEn() },
  uk: { stop: UK_STOP, stemmer: () => ukrainianStemmer(6) },
  ru: { stop: rus, stemmer: () => new StemmerRu() },
  'uk-nlpjs6': { stop: UK_STOP, stemmer: () => ukrainianStemmer(6) },
  'uk-nlpjs': { stop: UK_STOP, stemmer: () => ukrainianStemmer() },
  'uk-prefix5': { stop: UK_STOP, stemmer: () => prefix(5) },
  'ru-nlpjs': { stop: rus, stemmer: () => new StemmerRu() },
  'ru-prefix5': { stop: rus, stemmer: () => prefix(5) },
};

/** Analyser names a locale can be mapped to; `none` tokenises and folds case only. */
export const SUPPORTED_LANGUAGES = [...Object.keys(LANGUAGES), 'none'];

/** Locale → analyser name (the `languages` option); unmapped locales use their language subtag. */
export type LanguageMap = Record<string, string>;

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const MIN_LENGTH = 2;

const tokens = (text: string): string[] =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .match(TOKEN) ?? [];

const cache = new Map<string, Analyzer>();

/** The analyser a locale gets: its entry in `languages`, else its language subtag. */
export const languageOf = (locale: string, languages: LanguageMap = {}): string =>
  languages[locale] ?? locale.toLowerCase().split(/[-_]/)[0];

/**
 * `en`, `en-GB` → the English analyzer; `uk`, `ru` likewise, unless `languages` maps the
 * locale to another analyser.
 */
export const analyzerFor = (locale: string, languages?: LanguageMap): Analyzer => {
  const language = languageOf(locale, languages);
  const cached = cache.get(language);
  if (cached) return cached;
  const spec = LANGUAGES[language];
  const stop = new Set(spec?.stop ?? []);
  const stemmer = spec?.stemmer();
  const stems = new Map<string, string>();
  const stem = (word: string) => {
    let value = stems.get(word);
    if (value === undefined) {
      value = stemmer ? stemmer.stemWord(word) : word;
      if (stems.size < 200_000) stems.set(word, value);
    }
    return value;
  };
  const content = (word: string) =>
    word.length >= MIN_LENGTH && !stop.has(word) && !/^\d+$/.test(word);

  const analyzer: Analyzer = {
    tokens,
    stemOf: (token) => (content(token) ? stem(token) : null),
    terms: (text) => tokens(text).filter(content).map(stem),
    termsWithForms: (text) =>
      tokens(text)
        .filter(content)
        .map((word): [string, string] => [stem(word), word]),
  };
  cache.set(language, analyzer);
  return analyzer;
};
