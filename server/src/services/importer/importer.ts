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
import { getService } from '../../utils/get-service';
import { tagNameKey } from '../../utils/tag-name';

export type ImportOptions = {
  onProgress?: (progress: ImportProgress) => void;
  totalLines?: number;
};

type PendingLinks = {
  line: number;
  documentId: string;
  locale: string;
  related: string[];
  /** readAlsoAfter: where the links go in the body (null: after it). */
  afterBlock: number | null;
};

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
 * story of the run exists. A bad line is reported with its number and the run goes on.
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

    const authorId = async (name: string) => {
      const cached = authors.get(name);
      if (cached) return cached;
      const found = await strapi.db
        .query(UID.author)
        .findOne({ where: { name }, select: ['documentId'] });
      const documentId =
        found?.documentId ??
        (await strapi.documents(UID.author).create({ data: { name } } as never)).documentId;
      authors.set(name, documentId);
      return documentId;
    };

    const tagId = async (name: string) => {
      const key = tagNameKey(name);
      const cached = tags.get(key);
      if (cached) return cached;
      const found = await strapi.db
        .query(UID.tag)
        .findOne({ where: { nameKey: key }, select: ['documentId'] });
      const documentId =
        found?.documentId ??
        (await strapi.documents(UID.tag).create({ data: { name } } as never)).documentId;
      tags.set(key, documentId);
      return documentId;
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

    const upsert = async (record: ImportRecord, locale: string) => {
      const checksum = recordChecksum(record);
      const existing = await strapi.db.query(UID.article).findOne({
        where: { externalId: record.externalId, locale, publishedAt: null },
        select: ['documentId', 'importHash'],
      });
      if (existing?.importHash === checksum) {
        progress.unchanged += 1;
        return existing.documentId as string;
      }
      const data = {
        title: record.title,
        lead: record.lead ?? null,
        body: bodyToBlocks(record.body),
        section: record.section ?? null,
        source: record.source ?? null,
        externalId: record.externalId,
        datePublished: record.publishedAt ? new Date(record.publishedAt) : null,
        importHash: checksum,
        authors: await Promise.all((record.authors ?? []).map(authorId)),
        tags: await Promise.all((record.tags ?? []).map(tagId)),
      };
      const status = record.publishedAt ? 'published' : undefined;
      const documents = strapi.documents(UID.article);
      if (existing) {
        await documents.update({ documentId: existing.documentId, locale, data, status } as never);
        progress.updated += 1;
        return existing.documentId as string;
      }
      const created = await documents.create({ locale, data, status } as never);
      progress.created += 1;
      return created.documentId as string;
    };

    for await (const text of lines) {
      progress.line += 1;
      let record: ImportRecord | null = null;
      try {
        record = parseRecord(text);
        if (record) {
          const locale = record.locale ?? defaultLocale;
          if (!locales.has(locale))
            throw new Error(`locale: "${locale}" is not a locale of this app`);
          const documentId = await upsert(record, locale);
          stories.set(storyKey(locale, record.externalId), documentId);
          if (record.related?.length) {
            pending.push({
              line: progress.line,
              documentId,
              locale,
              related: record.related,
              afterBlock: record.readAlsoAfter ?? null,
            });
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
    for (const { line, documentId, locale, related, afterBlock } of pending) {
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
        const data = {
          article: documentId,
          target,
          kind: 'read-also',
          origin: 'import',
          position,
          afterBlock,
        };
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
