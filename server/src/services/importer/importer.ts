import type { Core } from '@strapi/strapi';

import type {
  ImportLineError,
  ImportProgress,
  ImportRecord,
  ImportReport,
  ImportTag,
} from '../../../../shared/contracts/import';
import { UID } from '../../../../shared/contracts/uids';
import { articleFields, distinctNames, importKey } from '../../importer/article-data';
import { bodyToBlocks } from '../../importer/body-blocks';
import { recordChecksum } from '../../importer/checksum';
import { detectFormat } from '../../importer/format';
import { fileLines, type FilePosition } from '../../importer/lines';
import { ndjsonReaders, RecordError, type RecordReader } from '../../importer/sources';
import { ninjsArrayReaders, ninjsLineReaders } from '../../importer/ninjs/source';
import { openWxr } from '../../importer/wxr/source';
import { articleRepository } from '../../repositories/articles';
import { errorMessage } from '../../importer/errors';
import { getService } from '../../utils/get-service';
import type { BatchItem } from './import-batch';
import type { PendingLinks } from './import-links';
import { importRate } from '../../importer/rate';
import { tagNameKey } from '../../utils/tag-name';
import { importerOptions } from '../../config';
import { retryWhenBusy } from '../../utils/busy-retry';

export type ImportOptions = {
  onProgress?: (progress: ImportProgress) => void;
  totalLines?: number;
  /**
   * New stories written per transaction by the bulk path (default 500); 1 writes every line
   * through the Document Service, one transaction per line.
   */
  batchSize?: number;
  /**
   * A batch also ends once its lines hold this many characters (default 500,000), so that
   * long stories make smaller batches: the memory of a batch is bounded by its text.
   */
  batchChars?: number;
  /** Stops the run after the batch being written (its stories are in), throwing the reason. */
  signal?: AbortSignal;
};

/** What a file import adds: where the stream is in the file, for progress and the ETA. */
type RunOptions = ImportOptions & { position?: FilePosition };

const BATCH_SIZE = 500;
const BATCH_CHARS = 500_000;

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
  const run = async (readers: AsyncIterable<RecordReader>, options: RunOptions) => {
    const started = Date.now();
    const report = await getService(strapi, 'index-writes').deferRefresh(() =>
      importRun(readers, options)
    );
    return { ...report, durationMs: Date.now() - started };
  };

  const importRun = async (readers: AsyncIterable<RecordReader>, options: RunOptions) => {
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
    const { anonymousAuthorName, busyRetryMs } = importerOptions(strapi);
    /** A write another process holds the database against is tried again (bounded). */
    const retried = <T>(write: () => Promise<T>) =>
      retryWhenBusy(write, { timeoutMs: busyRetryMs });
    const i18n = strapi.plugin('i18n').service('locales');
    const locales = new Set<string>((await i18n.find()).map((l: { code: string }) => l.code));
    const defaultLocale: string = await i18n.getDefaultLocale();

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

    const tagId = async (tag: ImportTag, line: LineCache) => {
      const { name, slug } = typeof tag === 'string' ? { name: tag, slug: null } : tag;
      const key = tagNameKey(name);
      const cached = tags.get(key) ?? line.tags.get(key);
      if (cached) return cached;
      const found = await strapi.db
        .query(UID.tag)
        .findOne({ where: { nameKey: key }, select: ['documentId'] });
      let documentId = found?.documentId as string | undefined;
      if (!documentId) {
        // A slug asked for is used when no other tag has it; else one is made from the name.
        const free = slug && !(await strapi.db.query(UID.tag).count({ where: { slug } }));
        const data = free ? { name, slug } : { name };
        documentId = (await strapi.documents(UID.tag).create({ data } as never)).documentId;
      }
      line.tags.set(key, documentId!);
      return documentId!;
    };

    /** One after the other: two creations at once would both take the same free slug. */
    const inOrder = async <T>(names: T[], id: (name: T) => Promise<string>) => {
      const ids: string[] = [];
      for (const name of names) ids.push(await id(name));
      return ids;
    };

    const storyKey = importKey;

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
        ...articleFields(record),
        authors: await inOrder(distinctNames(record.authors), (name) => authorId(name, line)),
        tags: await inOrder(distinctNames(record.tags), (name) => tagId(name, line)),
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
      const result = (await retried(() =>
        strapi.db.transaction(() => write(record, locale))
      )) as Upserted;
      for (const [name, id] of result.line?.authors ?? []) authors.set(name, id);
      for (const [key, id] of result.line?.tags ?? []) tags.set(key, id);
      progress[result.outcome] += 1;
      return result.documentId;
    };

    /** Where each (locale, externalId) of this run was first seen. */
    const firstLine = new Map<string, number>();
    const batchSize = Math.max(1, options.batchSize ?? BATCH_SIZE);
    const batchChars = Math.max(1, options.batchChars ?? BATCH_CHARS);
    /** Characters of the lines in the batch. */
    let chars = 0;
    const { position } = options;
    const rate = importRate(started, options.totalLines);
    /** Lines read whose progress is told once their batch is written, in order. */
    const waiting: number[] = [];
    let batch: BatchItem[] = [];

    const fail = (line: number, error: unknown, externalId?: string) => {
      progress.failed += 1;
      errors.push({ line, externalId, message: errorMessage(error) });
    };

    const landed = (item: BatchItem, documentId: string) => {
      stories.set(storyKey(item.locale, item.record.externalId), documentId);
      if (item.record.related?.length) {
        pending.push({
          line: item.line,
          documentId,
          locale: item.locale,
          related: item.record.related,
          afterBlock: item.record.readAlsoAfter ?? null,
          blocks:
            typeof item.record.readAlsoAfter === 'number'
              ? (bodyToBlocks(item.record.body)?.length ?? 0)
              : null,
        });
      }
    };

    /** One line through the Document Service, in its own transaction. */
    const perLine = async (item: BatchItem) => {
      try {
        landed(item, await upsert(item.record, item.locale));
      } catch (error) {
        fail(item.line, error, item.record.externalId);
      }
    };

    const tell = () => {
      for (const line of waiting)
        options.onProgress?.({ ...progress, ...position, line, ...rate(line, position) });
      waiting.length = 0;
    };

    /**
     * A batch: unchanged stories skipped, new ones written by the bulk path in one
     * transaction, changed ones (and any line the bulk path refused or could not write)
     * through the Document Service, line by line.
     */
    const flush = async () => {
      const items = batch;
      batch = [];
      chars = 0;
      if (items.length === 0) return tell();
      if (batchSize === 1) {
        await perLine(items[0]);
        return tell();
      }
      const known = await retried(() =>
        articleRepository(strapi).importedDrafts(
          items.map((item) => ({ externalId: item.record.externalId, locale: item.locale }))
        )
      );
      const fresh = items.filter(
        (item) => !known.has(storyKey(item.locale, item.record.externalId))
      );
      let written = new Map<BatchItem, string>();
      if (fresh.length > 0) {
        try {
          ({ written } = await getService(strapi, 'import-batch').writeNew(fresh));
        } catch (error) {
          strapi.log.warn(`[newsroom] import: batch redone line by line (${errorMessage(error)})`);
          written = new Map();
        }
      }
      for (const item of items) {
        const stored = known.get(storyKey(item.locale, item.record.externalId));
        const documentId = written.get(item);
        if (documentId) {
          progress.created += 1;
          landed(item, documentId);
        } else if (stored && stored.importHash === recordChecksum(item.record)) {
          progress.unchanged += 1;
          landed(item, stored.documentId);
        } else {
          await perLine(item);
        }
      }
      tell();
    };

    for await (const read of readers) {
      progress.line += 1;
      waiting.push(progress.line);
      let record: ImportRecord | null = null;
      const mended: string[] = [];
      try {
        record = read({ warn: (message) => mended.push(message), anonymousAuthorName });
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
          batch.push({ line: progress.line, record, locale });
          chars += read.size ?? 0;
        }
      } catch (error) {
        fail(progress.line, error, record?.externalId ?? (error as RecordError).externalId);
      }
      // what had to be mended for the story to be stored, on its line
      for (const message of mended) {
        warnings.push({ line: progress.line, externalId: record?.externalId, message });
      }
      if (batch.length >= batchSize || chars >= batchChars) {
        await flush();
        options.signal?.throwIfAborted();
      }
    }
    await flush();

    const links = await getService(strapi, 'import-links').create(pending, findStory, {
      bulk: batchSize > 1,
    });
    warnings.push(...links.warnings);
    const linksCreated = links.created;

    // a batch hands the lines it refuses to the per-line path after its others: in file order
    const byLine = (a: ImportLineError, b: ImportLineError) => a.line - b.line;
    const report: ImportReport = {
      ...progress,
      totalLines: progress.line,
      linksCreated,
      errors: errors.sort(byLine),
      warnings: warnings.sort(byLine),
      durationMs: Date.now() - started,
    };
    return report;
  };

  /** A WordPress export (WXR): `line` counts `<item>`s; other post types are counted as skipped. */
  const importWxrFile = async (path: string, options: ImportOptions = {}) => {
    const wxr = await openWxr(path);
    const report = await run(wxr.readers(), {
      ...options,
      totalLines: wxr.items,
      position: wxr.position,
    });
    return { ...report, format: 'wxr', skipped: wxr.skipped } satisfies ImportReport;
  };

  return {
    /**
     * Imports a file, streaming it once: NDJSON, or a WordPress export (detected by content).
     * Progress tells how far into the file the run is (`bytesRead` of `totalBytes`).
     */
    async importFile(path: string, options: ImportOptions = {}): Promise<ImportReport> {
      const format = await detectFormat(path);
      if (format === 'wxr') return importWxrFile(path, options);
      if (format === 'ninjs-array') {
        const batch = await ninjsArrayReaders(path);
        const report = await run(batch.readers(), { ...options, totalLines: batch.items });
        return { ...report, format: 'ninjs' };
      }
      const position: FilePosition = { bytesRead: 0 };
      const readers = format === 'ninjs' ? ninjsLineReaders : ndjsonReaders;
      const report = await run(readers(fileLines(path, position)), { ...options, position });
      return { ...report, format: format === 'ninjs' ? 'ninjs' : 'ndjson' };
    },

    importWxrFile,

    /** Imports newline-delimited JSON given as lines (strings), e.g. from a request body. */
    async importLines(
      lines: AsyncIterable<string> | Iterable<string>,
      options: ImportOptions = {}
    ): Promise<ImportReport> {
      return run(ndjsonReaders(lines), options);
    },
  };
};
