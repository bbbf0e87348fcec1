import type { Core } from '@strapi/strapi';

import type { StoryItem } from '../../../shared/contracts/admin';
import type { ArticleSummary } from '../../../shared/contracts/related';
import { UID } from '../../../shared/contracts/uids';
import type { StoryInput } from '../engine';
import { published, REST } from '../published-only/rules';
import { blocksToText } from '../utils/blocks-text';
import { importKey, storyKey } from '../utils/story-key';
import { documentRepository, localeWhere } from './documents';

/** The public fields of an article that lists of stories show. */
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

/** Stories read per query when many are asked for at once. */
const READ_BATCH = 200;
/**
 * Stories read per page when all of them are read: a page (with its tags and authors, bodies
 * decoded) is read in one synchronous stretch on SQLite, during which requests wait.
 */
const READ_ALL_PAGE = 250;

/** The fields the related-story engine reads of a story. */
const INPUT_FIELDS = [
  'documentId',
  'locale',
  'title',
  'lead',
  'body',
  'datePublished',
  'publishedAt',
];
const INPUT_RELATIONS = { tags: { select: ['name'] }, authors: { select: ['name'] } };

type InputRow = {
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

type ItemRow = Record<string, unknown> & { documentId: string; publishedAt?: unknown };

/** A story row as the engine takes it. */
const toStoryInput = (row: InputRow): StoryInput => ({
  id: storyKey(row.documentId, row.locale),
  locale: row.locale,
  title: row.title,
  lead: row.lead,
  body: blocksToText(row.body),
  tags: (row.tags ?? []).map((t) => t.name),
  authors: (row.authors ?? []).map((a) => a.name),
  publishedAt: Date.parse(row.datePublished ?? row.publishedAt ?? '') || null,
});

/** The public summary fields of an article row (absent ones null). */
export const toSummary = (row: Record<string, unknown>) =>
  Object.fromEntries(SUMMARY_FIELDS.map((field) => [field, row[field] ?? null])) as ArticleSummary;

/** A story as the admin lists it: its summary and whether a published version exists. */
const toStoryItem = (row: ItemRow): StoryItem => ({
  ...toSummary(row),
  status: row.publishedAt ? 'published' : 'draft',
});

/**
 * Reads of article rows: published summaries for readers, stories as the engine takes them,
 * and stories as editors see them (published version, else the draft).
 */
export const articleRepository = (strapi: Core.Strapi) => {
  const articles = () => strapi.db.query(UID.article);

  /**
   * Every published story as the engine takes it, a page at a time, by id: reading every story
   * at once binds one variable per story to fetch their tags and authors, past SQLite's limit
   * (32,766) at about 30,000 stories.
   */
  async function* publishedPages(): AsyncGenerator<StoryInput[]> {
    for (let after = 0; ;) {
      const page = (await articles().findMany({
        where: { publishedAt: { $notNull: true }, id: { $gt: after } },
        select: INPUT_FIELDS,
        populate: INPUT_RELATIONS,
        orderBy: { id: 'asc' },
        limit: READ_ALL_PAGE,
      })) as Array<InputRow & { id: number }>;
      if (page.length === 0) return;
      yield page.map(toStoryInput);
      after = page[page.length - 1].id;
    }
  }

  return {
    /**
     * Published stories of one locale by documentId, as readers see them now: unpublished and
     * embargoed ones are absent (the engine's stored lists hold embargoed stories; this read
     * keeps them out until their time, and lets them in after it with no write).
     */
    async summaries(documentIds: string[], locale: string) {
      if (documentIds.length === 0) return new Map<string, ArticleSummary>();
      const rows: ArticleSummary[] = await articles().findMany({
        where: { documentId: { $in: documentIds }, locale, ...published(REST) },
        select: SUMMARY_FIELDS,
      });
      return new Map(rows.map((row) => [row.documentId, row]));
    },

    /**
     * Published stories (every locale) as the engine takes them: all of them in id order (so
     * every database builds the same index), or those of `documentIds`.
     */
    async publishedInputs(documentIds?: string[]): Promise<StoryInput[]> {
      const read = async (where: Record<string, unknown>) =>
        (
          (await articles().findMany({
            where: { publishedAt: { $notNull: true }, ...where },
            select: INPUT_FIELDS,
            populate: INPUT_RELATIONS,
            orderBy: { id: 'asc' },
          })) as InputRow[]
        ).map(toStoryInput);
      if (!documentIds) {
        const all: StoryInput[] = [];
        for await (const page of publishedPages()) all.push(...page);
        return all;
      }
      const inputs: StoryInput[] = [];
      for (let start = 0; start < documentIds.length; start += READ_BATCH) {
        const batch = documentIds.slice(start, start + READ_BATCH);
        inputs.push(...(await read({ documentId: { $in: batch } })));
      }
      return inputs;
    },

    /**
     * Every published story as the engine takes it, a page at a time (for a build in a worker
     * thread: no page waits in memory once posted).
     */
    publishedPages,

    /** How many published story rows there are (one per locale). */
    async countPublished(): Promise<number> {
      return articles().count({ where: { publishedAt: { $notNull: true } } });
    },

    /** A story's draft as the engine takes it (for suggestions before it is published). */
    async draftInput(documentId: string, locale: string): Promise<StoryInput | null> {
      const row: InputRow | null = await articles().findOne({
        where: { documentId, locale, publishedAt: null },
        select: INPUT_FIELDS,
        populate: INPUT_RELATIONS,
      });
      return row ? toStoryInput(row) : null;
    },

    /**
     * Stories of one locale by documentId, as editors see them: the published version when
     * there is one, else the draft. Stories that do not exist in the locale are absent.
     */
    async storyItems(documentIds: Array<string | null | undefined>, locale: string) {
      const ids = [...new Set(documentIds.filter((id): id is string => Boolean(id)))];
      const items = new Map<string, StoryItem>();
      if (ids.length === 0) return items;
      const rows: ItemRow[] = await articles().findMany({
        where: { documentId: { $in: ids }, locale },
        select: [...SUMMARY_FIELDS, 'publishedAt'],
      });
      for (const row of rows) {
        if (items.get(row.documentId)?.status !== 'published')
          items.set(row.documentId, toStoryItem(row));
      }
      return items;
    },

    /** Whether a story exists (saved as a draft or published) in a locale. */
    exists: (documentId: string, locale: string) =>
      documentRepository(strapi, UID.article).exists(documentId, locale),

    /** A story's draft in a locale: what its slug is made from and kept by, or null. */
    async draftSlugFields(documentId: string, locale: string) {
      const row: { title: string; slug: string | null; datePublished: string | null } | null =
        await articles().findOne({
          where: { documentId, locale, publishedAt: null },
          select: ['title', 'slug', 'datePublished'],
        });
      return row;
    },

    /**
     * A story's versions in a locale with what dates it: `datePublished`, the embargo and
     * whether the version is the draft.
     */
    async datingOf(documentId: string, locale: string) {
      const rows: Array<{ datePublished: unknown; embargoUntil: unknown; publishedAt: unknown }> =
        await articles().findMany({
          where: { documentId, locale },
          select: ['datePublished', 'embargoUntil', 'publishedAt'],
        });
      return rows;
    },

    /**
     * Stamps `datePublished` on the drafts, in the locale(s) named, that have none: an
     * embargoed draft's date is its embargo's end (each locale's own), the others' now.
     */
    async stampDraftsPublished(documentId: string, locale: string | string[] | undefined) {
      const where = { documentId, publishedAt: null, datePublished: null, ...localeWhere(locale) };
      const embargoed: Array<{ id: number; embargoUntil: unknown }> = await articles().findMany({
        where: { ...where, embargoUntil: { $notNull: true } },
        select: ['id', 'embargoUntil'],
      });
      for (const row of embargoed) {
        await articles().update({
          where: { id: row.id },
          data: { datePublished: row.embargoUntil },
        });
      }
      await articles().updateMany({ where, data: { datePublished: new Date() } });
    },

    /**
     * Records the importer's fingerprint of a story on its versions in a locale (draft and
     * published). `importHash` is private: only the importer writes it, only through here.
     */
    async setImportHash(documentId: string, locale: string, importHash: string) {
      await articles().updateMany({ where: { documentId, locale }, data: { importHash } });
    },

    /**
     * The stored drafts of imported stories, by `importKey(locale, externalId)`: their documentId
     * and the importer's fingerprint (one query per locale, `externalId IN (…)`).
     */
    async importedDrafts(keys: Array<{ externalId: string; locale: string }>) {
      const found = new Map<string, { documentId: string; importHash: string | null }>();
      for (const locale of new Set(keys.map((key) => key.locale))) {
        const ids = keys.filter((key) => key.locale === locale).map((key) => key.externalId);
        for (let i = 0; i < ids.length; i += READ_BATCH) {
          const rows = await articles().findMany({
            where: { externalId: { $in: ids.slice(i, i + READ_BATCH) }, locale, publishedAt: null },
            select: ['documentId', 'importHash', 'externalId'],
          });
          for (const row of rows as Array<{
            documentId: string;
            importHash: string | null;
            externalId: string;
          }>)
            found.set(importKey(locale, row.externalId), row);
        }
      }
      return found;
    },

    /** The documentId of the article row `id`, or null. */
    async documentIdOfRow(id: number): Promise<string | null> {
      const row = await articles().findOne({ where: { id }, select: ['documentId'] });
      return row?.documentId ?? null;
    },
  };
};

export type ArticleRepository = ReturnType<typeof articleRepository>;
