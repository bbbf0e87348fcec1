/**
 * The index as plain data, for a server to store (in database rows) and load back without
 * analysing every story again: a header (term dictionary in id order, document frequencies,
 * the latent basis) and one record per story. Term ids differ between processes once each
 * has added stories on its own, so records name their terms by stem, not by id.
 */
import { createHash } from 'node:crypto';

import type { RelatedIndex } from './related-index';
import type { EngineOptions } from './types';

/** Bump when the analysis, the vectors or this format change: older saved indexes are rebuilt. */
export const ENGINE_VERSION = 2;

export type IndexHeader = {
  engineVersion: number;
  fingerprint: string;
  stories: number;
  /** Term dictionary in id order, so the rows of the basis line up with it. */
  terms: { keys: string[]; forms: string[]; df: number[] };
  /** Row-major terms × dimensions, Float32 in base64; null without a latent space. */
  latent: { dimensions: number; terms: number; basis: string } | null;
};

export type StoryRecord = {
  id: string;
  locale: string;
  /** The stems of the story's strongest terms (keys without the `locale:` prefix)… */
  terms: string[];
  /** …their weights (Float32, base64)… */
  weights: string;
  /** …and the surface forms of terms a header may not know yet (added since its build). */
  forms?: Record<string, string>;
  /** Latent vector (Float32, base64) in the space of the header it is saved with, or null. */
  latent: string | null;
  tags: string[];
  authors: string[];
  publishedAt: number | null;
};

const encode = (values: Float32Array) =>
  Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');

const decode = (text: string) => {
  const bytes = Buffer.from(text, 'base64');
  return new Float32Array(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
  );
};

/**
 * What a saved index depends on besides the stories: the engine version and every option
 * (ranking options too, since the server stores ranked lists with the index).
 */
export const indexFingerprint = (options: EngineOptions, extra: Record<string, unknown> = {}) => {
  const stable = (value: unknown): unknown =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((k) => [k, stable((value as Record<string, unknown>)[k])])
        )
      : value;
  const text = JSON.stringify(stable({ engine: ENGINE_VERSION, options, extra }));
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
};

export const exportHeader = (index: RelatedIndex, fingerprint: string): IndexHeader => ({
  engineVersion: ENGINE_VERSION,
  fingerprint,
  stories: index.size,
  terms: index.terms.entries(),
  latent: index.latent
    ? {
        dimensions: index.latent.dimensions,
        terms: index.latent.terms,
        basis: encode(index.latent.basis),
      }
    : null,
});

/**
 * One story as a record. `knownTerms`: how many terms the header it goes with holds (terms
 * with higher ids get their surface form in the record); `withLatent`: whether the story's
 * latent vector is in that header's space (otherwise the loader projects it again).
 */
export const exportStory = (
  index: RelatedIndex,
  id: string,
  { knownTerms = Infinity, withLatent = true } = {}
): StoryRecord | undefined => {
  const story = index.get(id);
  if (!story) return undefined;
  const prefix = story.locale.length + 1;
  const forms: Record<string, string> = {};
  const terms = Array.from(story.vector.terms, (term) => {
    const stem = index.terms.key(term).slice(prefix);
    if (term >= knownTerms) forms[stem] = index.terms.form(term);
    return stem;
  });
  return {
    id: story.id,
    locale: story.locale,
    terms,
    weights: encode(story.vector.weights),
    ...(Object.keys(forms).length > 0 ? { forms } : {}),
    latent: withLatent && story.latent ? encode(story.latent) : null,
    tags: Array.from(story.tags, (tag) => index.tags.form(tag)),
    authors: story.authors,
    publishedAt: story.publishedAt,
  };
};

/** Every story's record, in index order. */
export function* exportStories(index: RelatedIndex): Generator<StoryRecord> {
  for (const story of index.stories) if (story) yield exportStory(index, story.id)!;
}

/** Loads a header into an empty index (made with the options the header was saved with). */
export const restoreHeader = (index: RelatedIndex, header: IndexHeader) => {
  index.terms.restore(header.terms);
  index.latent = header.latent
    ? {
        dimensions: header.latent.dimensions,
        terms: header.latent.terms,
        basis: decode(header.latent.basis),
      }
    : undefined;
};

/** Adds a saved story (replacing one with the same id). */
export const restoreStory = (index: RelatedIndex, record: StoryRecord) => {
  index.remove(record.id);
  const terms = Int32Array.from(record.terms, (stem) =>
    index.terms.id(`${record.locale}:${stem}`, record.forms?.[stem] ?? stem)
  );
  const latent = record.latent && index.latent ? decode(record.latent) : null;
  index.insert(record, { terms, weights: decode(record.weights) }, latent);
};
