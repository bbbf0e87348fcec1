/**
 * The index as plain data, for a server to store (in database rows) and load back without
 * analysing every story again: a header (term dictionary in id order, document frequencies,
 * the latent basis) and one record per story. Term ids differ between processes once each
 * has added stories on its own, so records name their terms by stem, not by id.
 */
import { createHash } from 'node:crypto';

import type { LatentSpace } from './latent';
import { localeTermRows } from './locale-spaces';
import type { RelatedIndex } from './related-index';
import type { EngineOptions } from './types';

/** Bump when the analysis, the vectors or this format change: older saved indexes are rebuilt. */
export const ENGINE_VERSION = 4;

export type IndexHeader = {
  engineVersion: number;
  fingerprint: string;
  stories: number;
  /** Term dictionary in id order, so the rows of the basis line up with it. */
  terms: { keys: string[]; forms: string[]; df: number[] };
  /**
   * The locales' latent spaces: `basis` holds each one's rows × dimensions (Float32, row-major)
   * one after the other, in the order of `locales`; a space's rows are its locale's terms in id
   * order among the first `terms` ids (the terms known when it was computed). Null without any.
   */
  latent: {
    locales: Array<{ locale: string; dimensions: number; rows: number; terms: number }>;
    basis: string;
  } | null;
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
  latent: exportSpaces(index.latents),
});

const exportSpaces = (spaces: Map<string, LatentSpace>): IndexHeader['latent'] => {
  if (spaces.size === 0) return null;
  const locales = [...spaces].map(([locale, space]) => ({
    locale,
    dimensions: space.dimensions,
    rows: space.terms,
    terms: space.termRows?.length ?? space.terms,
  }));
  const basis = new Float32Array(locales.reduce((n, l) => n + l.rows * l.dimensions, 0));
  let offset = 0;
  for (const space of spaces.values()) {
    basis.set(space.basis, offset);
    offset += space.basis.length;
  }
  return { locales, basis: encode(basis) };
};

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
  index.latents = new Map();
  if (!header.latent) return;
  const basis = decode(header.latent.basis);
  let offset = 0;
  for (const { locale, dimensions, rows, terms } of header.latent.locales) {
    const { rows: termRows, count } = localeTermRows(index.terms, locale, terms);
    if (count !== rows) throw new Error(`The saved latent space of ${locale} does not match`);
    const size = rows * dimensions;
    index.latents.set(locale, {
      dimensions,
      terms: rows,
      basis: basis.slice(offset, offset + size),
      termRows,
    });
    offset += size;
  }
};

/** Adds a saved story (replacing one with the same id). */
export const restoreStory = (index: RelatedIndex, record: StoryRecord) => {
  index.remove(record.id);
  const terms = Int32Array.from(record.terms, (stem) =>
    index.terms.id(`${record.locale}:${stem}`, record.forms?.[stem] ?? stem)
  );
  const latent = record.latent && index.latentOf(record.locale) ? decode(record.latent) : null;
  index.insert(record, { terms, weights: decode(record.weights) }, latent);
};
