import type { ReutersStory } from './reuters';
import { analyzerFor, type RelatedIndex } from '../server/src/engine';
import { findAnchors } from '../server/src/engine/anchors';

/** Suggestions read as anchor candidates and anchors asked for, as the writing panel does. */
const CANDIDATES = 30;
const LIMIT = 10;

export type AnchorStats = {
  stories: number;
  withAnchors: number;
  anchors: number;
  /** Share of anchors whose target shares a topic with the story they are in. */
  onTopic: number;
  /** Share of anchors of one word. */
  singleWord: number;
  /** `"phrase" (kind) in story [topics] → "target headline" [topics]`, for reading. */
  offTopic: string[];
  /** Every anchor: its text, kind and whether it led on topic. */
  judged: Array<{ text: string; kind: string; onTopic: boolean }>;
};

/**
 * The in-text anchors of `asked` (see `services/admin/anchors.ts`: the story's best
 * suggestions as candidates, rarity and document shares from the index), each judged by
 * whether its target shares a topic with the story it is in.
 */
export const anchorsOf = (
  index: RelatedIndex,
  stories: ReutersStory[],
  asked: ReutersStory[]
): AnchorStats => {
  const byId = new Map(stories.map((s) => [s.id, s]));
  const analyzer = analyzerFor('en');
  const documents = index.localeSize('en');
  const term = (stem: string) => index.terms.lookup(`en:${stem}`);
  const rarity = (stem: string) => index.terms.idf(term(stem) ?? -1, documents + 1);
  const share = (stem: string) => {
    const id = term(stem);
    return id === undefined ? 0 : index.terms.frequency(id) / documents;
  };
  let anchors = 0;
  let onTopic = 0;
  let singleWord = 0;
  let withAnchors = 0;
  const offTopic: string[] = [];
  const judged: AnchorStats['judged'] = [];
  for (const story of asked) {
    const candidates = index.suggest(story.id, { limit: CANDIDATES }).map(({ id, score }) => {
      const { title, lead } = byId.get(id)!;
      return { id, title, lead, score };
    });
    const blocks = story.paragraphs.map((text) => ({ text }));
    const found = findAnchors(blocks, candidates, analyzer, { limit: LIMIT, rarity, share });
    if (found.length > 0) withAnchors += 1;
    for (const anchor of found) {
      const target = byId.get(anchor.id)!;
      anchors += 1;
      if (!/\s/.test(anchor.text.trim())) singleWord += 1;
      const on = target.topics.some((t) => story.topics.includes(t));
      judged.push({ text: anchor.text, kind: anchor.kind, onTopic: on });
      if (on) onTopic += 1;
      else
        offTopic.push(
          `"${anchor.text}" (${anchor.kind}) in ${story.id} [${story.topics.join(', ')}] → "${target.title}" [${target.topics.join(', ')}]`
        );
    }
  }
  return {
    stories: asked.length,
    withAnchors,
    anchors,
    onTopic: anchors === 0 ? 0 : onTopic / anchors,
    singleWord: anchors === 0 ? 0 : singleWord / anchors,
    offTopic,
    judged,
  };
};
