import type { ArticleSummary } from '../../../shared/contracts/related';
import type { StoryInput } from '../engine';
import { blocksToText } from '../utils/blocks-text';

/** How the related service reads articles from the database and hands them to the engine. */
export const SUMMARY_FIELDS = [
  'documentId',
  'title',
  'slug',
  'lead',
  'section',
  'externalId',
  'datePublished',
  'locale',
];
export const key = (documentId: string, locale: string) => `${documentId}:${locale}`;
export const MAX_CACHED_LISTS = 20_000;
export const documentIdOf = (id: string) => id.slice(0, id.lastIndexOf(':'));

export type Row = {
  documentId: string;
  locale: string;
  title: string;
  lead: string | null;
  body: unknown;
  datePublished: string | null;
  publishedAt: string | null;
  tags?: Array<{ name: string }>;
  authors?: Array<{ name: string }>;
};

export const toStory = (row: Row): StoryInput => ({
  id: key(row.documentId, row.locale),
  locale: row.locale,
  title: row.title,
  lead: row.lead,
  body: blocksToText(row.body),
  tags: (row.tags ?? []).map((t) => t.name),
  authors: (row.authors ?? []).map((a) => a.name),
  publishedAt: Date.parse(row.datePublished ?? row.publishedAt ?? '') || null,
});

export const POPULATE = { tags: { select: ['name'] }, authors: { select: ['name'] } };
export const SELECT = [
  'documentId',
  'locale',
  'title',
  'lead',
  'body',
  'datePublished',
  'publishedAt',
];

/** The public summary fields of an article row. */
export const pick = (target: Record<string, unknown>) =>
  Object.fromEntries(
    SUMMARY_FIELDS.map((field) => [field, target[field] ?? null])
  ) as ArticleSummary;
