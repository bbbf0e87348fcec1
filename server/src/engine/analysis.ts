import { StemmerEn } from '@nlpjs/lang-en-min';
import { StemmerRu } from '@nlpjs/lang-ru';
import { StemmerUk } from '@nlpjs/lang-uk';
import { eng, rus, ukr } from 'stopword';

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

const LANGUAGES: Record<string, { stop: string[]; stemmer: () => Stemmer }> = {
  en: { stop: eng, stemmer: () => new StemmerEn() },
  uk: { stop: ukr, stemmer: () => new StemmerUk() },
  ru: { stop: rus, stemmer: () => new StemmerRu() },
};

export const SUPPORTED_LANGUAGES = Object.keys(LANGUAGES);

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const MIN_LENGTH = 2;

const tokens = (text: string): string[] =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .match(TOKEN) ?? [];

const cache = new Map<string, Analyzer>();

/** `en`, `en-GB` → the English analyzer; `uk`, `ru` likewise. */
export const analyzerFor = (locale: string): Analyzer => {
  const language = locale.toLowerCase().split(/[-_]/)[0];
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
