import type { Core } from '@strapi/strapi';

import type {
  ImportLineError,
  ImportProgress,
  ImportRecord,
  ImportReport,
} from '../../../../shared/contracts/import';
import { UID } from '../../../../shared/contracts/uids';
import { bodyToBlocks } from '../../importer/body-blocks';
import { recordChecksum } from '../../importer/checksum';
import { countLines, fileLines } from '../../importer/lines';
import { parseRecord } from '../../importer/record';
import { articleRepository } from '../../repositories/articles';
import { getService } from '../../utils/get-service';
import { parseIsoDate } from '../../utils/iso-date';
import { tagNameKey } from '../../utils/tag-name';

export type ImportOptions = {
  onProgress?: (progress: ImportProgress) => void;
  totalLines?: number;
};

type PendingLinks = { line: number; documentId: string; locale: string; related: string[] };

const errorMessage = (error: unknown): string => {
  const details = (error as { details?: { errors?: Array<{ path: string[]; message: string }> } })
    .details;
  const first = details?.errors?.[0];
  if (first && !String((error as Error).message).includes(first.path.join('.'))) {
    return `${first.path.join('.')}: ${first.message}`;
  }
  return (error as Error).message ?? String(error);
};

/**
 * Imports an archive of stories (see docs/import.md). Stories are matched by
 * (externalId, locale): new ones are created, changed ones updated, unchanged ones left alone;
 * authors and tags are created when missing; `related` becomes "read-also" links once every
 * story of the run exists. A bad line is reported with its number and the run goes on; each
 * line is all or nothing (its story, authors and tags in one transaction). An externalId
 * repeated in one file is reported on the later line, which is skipped.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** The related-story index is brought up to date once, when the run's stories are in. */
  const run = async (lines: AsyncIterable<string> | Iterable<string>, options: ImportOptions) => {
    const started = Date.now();
    const report = await getService(strapi, 'index-writes').deferRefresh(() =>
      importRun(lines, options)
    );
    return { ...report, durationMs: Date.now() - started };
  };

  const importRun = async (
    lines: AsyncIterable<string> | Iterable<string>,
    options: ImportOptions
  ) => {
    const started = Date.now();
    const authors = new Map<string, string>();
    const tags = new Map<string, string>();
    const stories = new Map<string, string>();
    const pending: PendingLinks[] = [];
    const errors: ImportLineError[] = [];
    const warnings: ImportLineError[] = [];
    const progress: ImportProgress = {
      line: 0,
      totalLines: options.totalLines,
      created: 0,
      updated: 0,
      unchanged: 0,
      failed: 0,
    };
    const i18n = strapi.plugin('i18n').service('locales');
    const locales = new Set<string>((await i18n.find()).map((l: { code: string }) => l.code));
    const defaultLocale: string = await i18n.getDefaultLocale();

    /** Names said twice in one line ("RT Energy", "rt energy") count once, first spelling. */
    const distinct = (names: string[] | undefined) => {
      const seen = new Map<string, string>();
      for (const name of names ?? [])
        if (!seen.has(tagNameKey(name))) seen.set(tagNameKey(name), name);
      return [...seen.values()];
    };

    /**
     * Authors and tags a line created are remembered only once its transaction committed: a
     * failed line leaves nothing behind, not even in the run's caches.
     */
    type LineCache = { authors: Map<string, string>; tags: Map<string, string> };

    const authorId = async (name: string, line: LineCache) => {
      const cached = authors.get(name) ?? line.authors.get(name);
      if (cached) return cached;
      const found = await strapi.db
        .query(UID.author)
        .findOne({ where: { name }, select: ['documentId'] });
      const documentId =
        found?.documentId ??
        (await strapi.documents(UID.author).create({ data: { name } } as never)).documentId;
      line.authors.set(name, documentId);
      return documentId;
    };

    const tagId = async (name: string, line: LineCache) => {
      const key = tagNameKey(name);
      const cached = tags.get(key) ?? line.tags.get(key);
      if (cached) return cached;
      const found = await strapi.db
        .query(UID.tag)
        .findOne({ where: { nameKey: key }, select: ['documentId'] });
      const documentId =
        found?.documentId ??
        (await strapi.documents(UID.tag).create({ data: { name } } as never)).documentId;
      line.tags.set(key, documentId);
      return documentId;
    };

    /** One after the other: two creations at once would both take the same free slug. */
    const inOrder = async (names: string[], id: (name: string) => Promise<string>) => {
      const ids: string[] = [];
      for (const name of names) ids.push(await id(name));
      return ids;
    };

    const storyKey = (locale: string, externalId: string) => `${locale}\u0000${externalId}`;

    const findStory = async (locale: string, externalId: string) => {
      const known = stories.get(storyKey(locale, externalId));
      if (known) return known;
      const row = await strapi.db.query(UID.article).findOne({
        where: { externalId, locale, publishedAt: null },
        select: ['documentId'],
      });
      return row?.documentId as string | undefined;
    };

    type Upserted = {
      documentId: string;
      outcome: 'created' | 'updated' | 'unchanged';
      line?: LineCache;
    };

    /** Writes one line's story, its new authors and tags in one transaction. */
    const write = async (record: ImportRecord, locale: string): Promise<Upserted> => {
      const checksum = recordChecksum(record);
      const existing = await strapi.db.query(UID.article).findOne({
        where: { externalId: record.externalId, locale, publishedAt: null },
        select: ['documentId', 'importHash'],
      });
      if (existing?.importHash === checksum) {
        return { documentId: existing.documentId, outcome: 'unchanged' };
      }
      const line: LineCache = { authors: new Map(), tags: new Map() };
      const data = {
        title: record.title,
        lead: record.lead ?? null,
        body: bodyToBlocks(record.body),
        section: record.section ?? null,
        source: record.source ?? null,
        externalId: record.externalId,
        datePublished: record.publishedAt ? parseIsoDate(record.publishedAt) : null,
        authors: await inOrder(distinct(record.authors), (name) => authorId(name, line)),
        tags: await inOrder(distinct(record.tags), (name) => tagId(name, line)),
      };
      const status = record.publishedAt ? 'published' : undefined;
      const documents = strapi.documents(UID.article);
      const documentId: string = existing
        ? existing.documentId
        : (await documents.create({ locale, data, status } as never)).documentId;
      if (existing) await documents.update({ documentId, locale, data, status } as never);
      // The fingerprint is private: no Document Service write takes it from a caller.
      await articleRepository(strapi).setImportHash(documentId, locale, checksum);
      return { documentId, outcome: existing ? 'updated' : 'created', line };
    };

    const upsert = async (record: ImportRecord, locale: string) => {
      const result = (await strapi.db.transaction(() => write(record, locale))) as Upserted;
      for (const [name, id] of result.line?.authors ?? []) authors.set(name, id);
      for (const [key, id] of result.line?.tags ?? []) tags.set(key, id);
      progress[result.outcome] += 1;
      return result.documentId;
    };

    /** Where each (locale, externalId) of this run was first seen. */
    const firstLine = new Map<string, number>();

    for await (const text of lines) {
      progress.line += 1;
      let record: ImportRecord | null = null;
      try {
        record = parseRecord(text);
        if (record) {
          const locale = record.locale ?? defaultLocale;
          if (!locales.has(locale))
            throw new Error(`locale: "${locale}" is not a locale of this app`);
          const key = storyKey(locale, record.externalId);
          const first = firstLine.get(key);
          if (first !== undefined) {
            throw new Error(
              `externalId: "${record.externalId}" (locale "${locale}") is already on line ${first} of this import; this line is skipped`
            );
          }
          firstLine.set(key, progress.line);
          const documentId = await upsert(record, locale);
          stories.set(key, documentId);
          if (record.related?.length) {
            pending.push({ line: progress.line, documentId, locale, related: record.related });
          }
        }
      } catch (error) {
        progress.failed += 1;
        errors.push({
          line: progress.line,
          externalId: record?.externalId,
          message: errorMessage(error),
        });
      }
      options.onProgress?.({ ...progress });
    }

    let linksCreated = 0;
    for (const { line, documentId, locale, related } of pending) {
      const existing = await strapi.db.query(UID.relatedNews).findMany({
        where: { locale, article: { documentId } },
        select: ['targetDocumentId'],
      });
      const linked = new Set(
        existing.map((row: { targetDocumentId: string }) => row.targetDocumentId)
      );
      for (const [position, externalId] of related.entries()) {
        const target = await findStory(locale, externalId);
        if (!target) {
          warnings.push({
            line,
            message: `related: no story "${externalId}" in locale "${locale}"`,
          });
          continue;
        }
        if (linked.has(target) || target === documentId) continue;
        const data = { article: documentId, target, kind: 'read-also', origin: 'import', position };
        await strapi.documents(UID.relatedNews).create({ locale, data } as never);
        linked.add(target);
        linksCreated += 1;
      }
    }

    const report: ImportReport = {
      ...progress,
      linksCreated,
      errors,
      warnings,
      durationMs: Date.now() - started,
    };
    return report;
  };

  return {
    /** Imports newline-delimited JSON from a file, streaming it. */
    async importFile(path: string, options: ImportOptions = {}): Promise<ImportReport> {
      const totalLines = options.totalLines ?? (await countLines(path));
      return run(fileLines(path), { ...options, totalLines });
    },

    /** Imports newline-delimited JSON given as lines (strings), e.g. from a request body. */
    async importLines(
      lines: AsyncIterable<string> | Iterable<string>,
      options: ImportOptions = {}
    ): Promise<ImportReport> {
      return run(lines, options);
    },
  };
};
