import type { Analyzer } from './analysis';
import { bodyPhrases, type Phrase, type PhraseBlock, stemsOf } from './phrases';

/**
 * In-text anchors: which phrases of a story's body should link to which other stories. Pure:
 * the caller gives the body's block texts, the candidate stories (ranked by the engine) and
 * the locale's analyser; matching is on stems, so "NATO's summit" and "саміту НАТО" match
 * "NATO summit" and "саміт НАТО".
 *
 * A phrase (1–4 content words, at most 6 words, within a clause) anchors a candidate when
 * - `running-story`: it is the name of a running story the candidate stands for (quality
 *   RUNNING_QUALITY: a phrase carrying half its headline says more of the story);
 * - `headline`: every content word of it is in the candidate's headline, and together they
 *   carry at least MIN_COVERAGE of the headline's weight (words weighted by rarity);
 * - `name`: it is a capitalised name of two words or more that the candidate's headline or
 *   lead also has (quality NAME_QUALITY).
 * Refused whatever the kind: a phrase with a number in it ("rise of 18 pct" says nothing of a
 * story); and, where the caller gives document frequencies (`share`), a lone common word
 * (in LONE_WORD_SHARE of the locale's stories or more) and a broad phrase (every word of it in
 * BROAD_SHARE of them: "United States") unless the candidate's headline has it, since then the
 * candidate is about it. A running story's name, chosen by an editor, is exempt.
 * A link in the text claims the story is close, and the engine's weaker suggestions are the ones
 * that most often turn out to be about something else (docs/BENCHMARKS.md, Reuters-21578), so:
 * - a candidate scored below MIN_SCORE is not anchored at all (on Reuters-21578, a quarter of
 *   the anchors to such candidates led off topic, against one in twelve above it);
 * - a phrase that only names (capitalised words only: "Royal Dutch", "San Juan Basin") anchors
 *   only a candidate scored NAME_ONLY_SCORE or more, and a single word only one scored
 *   LONE_WORD_SCORE or more: a name says whom a story is about, not what happened, and an
 *   archive holds many stories of one company or country ("Avon" in a story of Avon's earnings
 *   leading to its purchase of Giorgio);
 * - a candidate scored below MIN_RELATIVE_SCORE of the best candidate's score is anchored only
 *   by a specific phrase (its words' shares multiplied below SPECIFIC_SHARE: few stories if any
 *   hold them all; "first quarter" in a cocoa story leading to industrial output).
 * The three floors hold where the caller gives document frequencies: on an archive of a few
 * stories, idf from so few documents keeps every score low (0.18 for the closest story of the
 * demo's six). A candidate an editor tied to the story (`linked`: a story it links to; or one
 * standing for a running story the body names) is close by the editor's word: these score
 * rules leave it alone.
 * An anchor's score is the candidate's score times the phrase's quality. Candidates are served
 * best first, each with its best phrase that overlaps no link of the body, no anchor already
 * chosen and no phrase given to another story; earlier mentions win ties.
 */
export type AnchorCandidate = {
  id: string;
  title: string;
  lead?: string | null;
  /**
   * The engine's score (0–1, 1 a near-duplicate): the order candidates are served in, and how
   * close a candidate must be for some phrases (MIN_SCORE …).
   */
  score: number;
  /** Names of running stories (tags) this story stands for. */
  runningStories?: string[];
  /**
   * An editor tied it to the story (the story links to it, or it stands for a running story the
   * body names): anchored whatever its score.
   */
  linked?: boolean;
};

export type AnchorKind = 'headline' | 'running-story' | 'name';

export type FoundAnchor = {
  /** The candidate's id. */
  id: string;
  block: number;
  start: number;
  end: number;
  text: string;
  score: number;
  kind: AnchorKind;
  /** What the phrase matched: the headline, the running story's name, or the shared name. */
  matched: string;
};

export type AnchorOptions = {
  limit?: number;
  /** How distinctive a stem is (its idf in the index); every stem weighs 1 when absent. */
  rarity?: (stem: string) => number;
  /**
   * Share of the locale's stories a stem is in (0..1), to refuse common words and broad
   * phrases; without it (on an archive too small to tell) nothing counts as common, and no
   * score floor (MIN_SCORE, NAME_ONLY_SCORE, LONE_WORD_SCORE) holds.
   */
  share?: (stem: string) => number;
};

export type { PhraseBlock };

/** Share of a headline's weight a phrase must carry to stand for it. */
export const MIN_COVERAGE = 0.25;
/** Quality of a running story's name. */
export const RUNNING_QUALITY = 0.5;
/** Quality of a shared capitalised name (below a running story's name). */
export const NAME_QUALITY = 0.4;
/** A word alone in this share of the locale's stories or more is too common to be an anchor. */
export const LONE_WORD_SHARE = 0.005;
/** A phrase whose every word is in this share of the stories or more is broad. */
export const BROAD_SHARE = 0.02;
/** Score below which a candidate is not anchored (the engine's scores: 1 is a near-duplicate). */
export const MIN_SCORE = 0.4;
/** Score a candidate needs to be anchored by a phrase of capitalised words only. */
export const NAME_ONLY_SCORE = 0.45;
/** Score a candidate needs to be anchored by a single word. */
export const LONE_WORD_SCORE = 0.5;
/** Share of the best candidate's score below which a candidate needs a specific phrase. */
export const MIN_RELATIVE_SCORE = 0.8;
/** A phrase whose words' shares multiply below this is specific (about 1 story in 100,000). */
export const SPECIFIC_SHARE = 1e-5;
/** A number standing alone ("18 pct", "1.5 billion"), not one inside a name ("G20"). */
const NUMBER = /(?:^|[^\p{L}\p{N}])\p{N}/u;

/** Tied to the story by an editor: a story it links to, a running story's newest story. */
const tied = (candidate: AnchorCandidate) =>
  Boolean(candidate.linked) || (candidate.runningStories?.length ?? 0) > 0;

type Option = { phrase: Phrase; quality: number; kind: AnchorKind; matched: string };

const sameSet = (a: string[], b: Set<string>) => a.length === b.size && a.every((s) => b.has(s));

/** A contiguous run of `needle` in `haystack` (both stem sequences). */
const containsRun = (haystack: string[], needle: string[]) => {
  for (let i = 0; i + needle.length <= haystack.length; i += 1) {
    if (needle.every((stem, k) => haystack[i + k] === stem)) return true;
  }
  return false;
};

/** Every way a candidate can be anchored in the body, best first (then earliest). */
const optionsFor = (
  candidate: AnchorCandidate,
  phrases: Phrase[],
  analyzer: Analyzer,
  weight: (stem: string) => number,
  share: (stem: string) => number,
  close: boolean,
  closeAs: (least: number) => boolean
): Option[] => {
  const headline = new Set(stemsOf(analyzer, candidate.title));
  const total = [...headline].reduce((sum, stem) => sum + weight(stem), 0);
  const text = stemsOf(analyzer, `${candidate.title}\n${candidate.lead ?? ''}`);
  const names = (candidate.runningStories ?? [])
    .map((name) => ({ name, stems: new Set(stemsOf(analyzer, name)) }))
    .filter(({ stems }) => stems.size > 0);
  const options: Option[] = [];
  for (const phrase of phrases) {
    const running = names.find(({ stems }) => sameSet(phrase.distinct, stems));
    if (running) {
      options.push({
        phrase,
        quality: RUNNING_QUALITY,
        kind: 'running-story',
        matched: running.name,
      });
      continue;
    }
    if (NUMBER.test(phrase.text)) continue;
    const inHeadline = phrase.distinct.every((stem) => headline.has(stem));
    const common = phrase.distinct.map(share);
    if (common.length === 1 && (common[0] >= LONE_WORD_SHARE || !closeAs(LONE_WORD_SCORE)))
      continue;
    if (phrase.name && !closeAs(NAME_ONLY_SCORE)) continue;
    if (!inHeadline && common.every((value) => value >= BROAD_SHARE)) continue;
    if (!close && common.reduce((product, value) => product * value, 1) >= SPECIFIC_SHARE) continue;
    if (total > 0 && inHeadline) {
      const coverage = phrase.distinct.reduce((sum, stem) => sum + weight(stem), 0) / total;
      if (coverage >= MIN_COVERAGE) {
        options.push({ phrase, quality: coverage, kind: 'headline', matched: candidate.title });
        continue;
      }
    }
    if (phrase.name && containsRun(text, phrase.stems)) {
      options.push({ phrase, quality: NAME_QUALITY, kind: 'name', matched: phrase.text });
    }
  }
  return options.sort(
    (a, b) =>
      b.quality - a.quality ||
      a.phrase.block - b.phrase.block ||
      a.phrase.start - b.phrase.start ||
      b.phrase.end - a.phrase.end
  );
};

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** The anchors for a body, best first, at most one per candidate (see the module comment). */
export const findAnchors = (
  blocks: PhraseBlock[],
  candidates: AnchorCandidate[],
  analyzer: Analyzer,
  { limit = 10, rarity, share }: AnchorOptions = {}
): FoundAnchor[] => {
  const weight = rarity ?? (() => 1);
  // the score floors hold where scores are comparable: an archive large enough for shares
  const reaches = (candidate: AnchorCandidate, least: number) =>
    share === undefined || tied(candidate) || candidate.score >= least;
  const phrases = bodyPhrases(blocks, analyzer);
  const best = Math.max(0, ...candidates.map((candidate) => candidate.score));
  const ranked = candidates
    .filter((candidate) => reaches(candidate, MIN_SCORE))
    .map((candidate) => ({
      candidate,
      options: optionsFor(
        candidate,
        phrases,
        analyzer,
        weight,
        share ?? (() => 0),
        tied(candidate) || candidate.score >= MIN_RELATIVE_SCORE * best,
        (least) => reaches(candidate, least)
      ),
    }))
    .filter(({ options }) => options.length > 0)
    .map((entry) => ({ ...entry, best: entry.candidate.score * entry.options[0].quality }))
    .sort((a, b) => b.best - a.best);

  const chosen: FoundAnchor[] = [];
  const usedPhrases = new Set<string>();
  for (const { candidate, options } of ranked) {
    if (chosen.length >= limit) break;
    const option = options.find(
      ({ phrase }) =>
        !usedPhrases.has(phrase.key) &&
        !chosen.some((anchor) => anchor.block === phrase.block && overlaps(anchor, phrase))
    );
    if (!option) continue;
    const { phrase } = option;
    usedPhrases.add(phrase.key);
    chosen.push({
      id: candidate.id,
      block: phrase.block,
      start: phrase.start,
      end: phrase.end,
      text: phrase.text,
      score: Math.round(candidate.score * option.quality * 10_000) / 10_000,
      kind: option.kind,
      matched: option.matched,
    });
  }
  return chosen.sort((a, b) => b.score - a.score || a.block - b.block || a.start - b.start);
};

/** The running-story names (of `names`) that the body mentions, matched on stems. */
export const namesMentioned = (blocks: PhraseBlock[], names: string[], analyzer: Analyzer) => {
  const keys = new Set(bodyPhrases(blocks, analyzer).map((phrase) => phrase.key));
  return names.filter((name) => {
    const stems = [...new Set(stemsOf(analyzer, name))].sort();
    return stems.length > 0 && keys.has(stems.join(' '));
  });
};
