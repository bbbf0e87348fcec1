import type { Analyzer } from './analysis';

/** A top-level block of a body: its plain text, what is already linked, where phrases stop. */
export type PhraseBlock = {
  text: string;
  /** `[start, end)` ranges already inside a link: no phrase overlaps them. */
  linked?: Array<[number, number]>;
  /** Offsets no phrase crosses (between list items, say). */
  breaks?: number[];
};

/** A phrase of the body that could be an anchor. */
export type Phrase = {
  block: number;
  start: number;
  end: number;
  text: string;
  /** Stems of its content words, in order. */
  stems: string[];
  /** The same, each once. */
  distinct: string[];
  /** Its distinct stems sorted: two phrases with one key say the same thing. */
  key: string;
  /** Two or more content words, each capitalised: a name ("Jens Stoltenberg"). */
  name: boolean;
};

/** `end` is where the word ends, `cut` where an anchor ending with it ends. */
type Word = { start: number; end: number; cut: number; stem: string | null; capital: boolean };

/** Content words of a phrase, at most, and words in all (stop words inside included). */
export const MAX_CONTENT_WORDS = 4;
export const MAX_WORDS = 6;

/** Words as the analyser cuts them, found in the original text so offsets stay true. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
/** What may stand between two words of one phrase: spaces, a hyphen or a dash. */
const JOINER = /^[\s\u00a0]*[-‐‑–—]?[\s\u00a0]*$/u;
const POSSESSIVE = /['’]s$/iu;

const wordsOf = (text: string, analyzer: Analyzer): Word[] =>
  [...text.matchAll(WORD)].map((match) => {
    const start = match.index ?? 0;
    const surface = match[0];
    const token = analyzer.tokens(surface)[0];
    // "NATO's" ends an anchor as "NATO"
    const end = start + surface.length;
    return {
      start,
      end,
      cut: end - (POSSESSIVE.test(surface) ? 2 : 0),
      stem: token === undefined ? null : analyzer.stemOf(token),
      capital: /^\p{Lu}/u.test(surface),
    };
  });

/** Stems of a text's content words, in order (as the body's words are stemmed). */
export const stemsOf = (analyzer: Analyzer, text: string): string[] =>
  wordsOf(text, analyzer).flatMap((word) => (word.stem ? [word.stem] : []));

/**
 * Every phrase of the body that starts and ends with a content word, stays within a clause
 * (only spaces, a hyphen or a dash between its words), crosses no break and touches no link.
 */
export const bodyPhrases = (blocks: PhraseBlock[], analyzer: Analyzer): Phrase[] => {
  const phrases: Phrase[] = [];
  blocks.forEach(({ text, linked = [], breaks = [] }, block) => {
    const words = wordsOf(text, analyzer);
    const joined = (a: Word, b: Word) =>
      JOINER.test(text.slice(a.end, b.start)) &&
      !breaks.some((offset) => offset > a.start && offset <= b.start);
    for (let i = 0; i < words.length; i += 1) {
      if (!words[i].stem) continue;
      const stems: string[] = [];
      let name = true;
      for (let j = i; j < words.length && j - i < MAX_WORDS; j += 1) {
        if (j > i && !joined(words[j - 1], words[j])) break;
        const { stem, capital } = words[j];
        if (!stem) continue;
        stems.push(stem);
        name &&= capital;
        if (stems.length > MAX_CONTENT_WORDS) break;
        const start = words[i].start;
        const end = words[j].cut;
        if (linked.some(([from, to]) => start < to && from < end)) break;
        const distinct = [...new Set(stems)];
        phrases.push({
          block,
          start,
          end,
          text: text.slice(start, end),
          stems: [...stems],
          distinct,
          key: [...distinct].sort().join(' '),
          name: name && stems.length >= 2,
        });
      }
    }
  });
  return phrases;
};
