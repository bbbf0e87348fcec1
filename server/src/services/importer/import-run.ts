import type { Core } from '@strapi/strapi';

import type {
  ImportLineError,
  ImportLinksProgress,
  ImportProgress,
  ImportRecord,
  ImportReport,
} from '../../../../shared/contracts/import';
import { bodyToBlocks } from '../../importer/body-blocks';
import { recordChecksum } from '../../importer/checksum';
import { errorMessage } from '../../importer/errors';
import type { FilePosition } from '../../importer/lines';
import type { RecordError, RecordReader } from '../../importer/sources';
import { importerOptions } from '../../config';
import { articleRepository } from '../../repositories/articles';
import { importRows } from '../../repositories/import-rows';
import { retryWhenBusy } from '../../utils/busy-retry';
import { getService } from '../../utils/get-service';
import { importKey } from '../../utils/story-key';
import type { BatchItem } from './import-batch';
import type { PendingLinks } from './import-links';
import { importProgress } from './import-progress';
import { storyWriter } from './story-writer';

export type ImportOptions = {
  onProgress?: (progress: ImportProgress) => void;
  /** Told, after each of its transactions, how far the last phase (the links) is. */
  onLinksProgress?: (progress: ImportLinksProgress) => void;
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
export type RunOptions = ImportOptions & { position?: FilePosition };

const BATCH_SIZE = 500;
const BATCH_CHARS = 500_000;

/**
 * One run of the importer over records read one at a time: lines gathered into batches
 * (bounded by count and by characters), each batch written (new stories by the bulk path,
 * others line by line), then the run's "read also" links once every story exists.
 */
export const importRun = async (
  strapi: Core.Strapi,
  readers: AsyncIterable<RecordReader>,
  options: RunOptions
): Promise<ImportReport> => {
  const started = Date.now();
  const { anonymousAuthorName, busyRetryMs } = importerOptions(strapi);
  /** A write another process holds the database against is tried again (bounded). */
  const retried = <T>(write: () => Promise<T>) => retryWhenBusy(write, { timeoutMs: busyRetryMs });
  const i18n = strapi.plugin('i18n').service('locales');
  const locales = new Set<string>((await i18n.find()).map((l: { code: string }) => l.code));
  const defaultLocale: string = await i18n.getDefaultLocale();
  const writer = storyWriter(strapi, retried);
  const progress = importProgress(options);
  const errors: ImportLineError[] = [];
  const warnings: ImportLineError[] = [];
  /** The stories of this run, by `importKey`, for its links. */
  const stories = new Map<string, string>();
  /** Where each (locale, externalId) of this run was first seen. */
  const firstLine = new Map<string, number>();
  const pending: PendingLinks[] = [];
  const batchSize = Math.max(1, options.batchSize ?? BATCH_SIZE);
  const batchChars = Math.max(1, options.batchChars ?? BATCH_CHARS);
  let batch: BatchItem[] = [];
  /** Characters of the lines in the batch. */
  let chars = 0;

  const fail = (line: number, error: unknown, externalId?: string) => {
    progress.count('failed');
    errors.push({ line, externalId, message: errorMessage(error) });
  };

  const landed = (item: BatchItem, documentId: string) => {
    stories.set(importKey(item.locale, item.record.externalId), documentId);
    if (!item.record.related?.length) return;
    const after = item.record.readAlsoAfter;
    pending.push({
      line: item.line,
      documentId,
      locale: item.locale,
      related: item.record.related,
      afterBlock: after ?? null,
      blocks: typeof after === 'number' ? (bodyToBlocks(item.record.body)?.length ?? 0) : null,
    });
  };

  /** One line through the Document Service, in its own transaction. */
  const perLine = async (item: BatchItem) => {
    try {
      const { documentId, outcome } = await writer.upsert(item.record, item.locale);
      progress.count(outcome);
      landed(item, documentId);
    } catch (error) {
      fail(item.line, error, item.record.externalId);
    }
  };

  /** New stories by the bulk path; a batch it cannot write is redone line by line. */
  const writeNew = async (fresh: BatchItem[]) => {
    if (fresh.length === 0) return new Map<BatchItem, string>();
    try {
      return (await getService(strapi, 'import-batch').writeNew(fresh)).written;
    } catch (error) {
      strapi.log.warn(`[newsroom] import: batch redone line by line (${errorMessage(error)})`);
      return new Map<BatchItem, string>();
    }
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
    if (items.length > 0 && batchSize === 1) await perLine(items[0]);
    else if (items.length > 0) {
      const keyOf = (item: BatchItem) => importKey(item.locale, item.record.externalId);
      const known = await retried(() =>
        articleRepository(strapi).importedDrafts(
          items.map((item) => ({ externalId: item.record.externalId, locale: item.locale }))
        )
      );
      const written = await writeNew(items.filter((item) => !known.has(keyOf(item))));
      for (const item of items) {
        const stored = known.get(keyOf(item));
        const documentId = written.get(item);
        if (documentId) {
          progress.count('created');
          landed(item, documentId);
        } else if (stored && stored.importHash === recordChecksum(item.record)) {
          progress.count('unchanged');
          landed(item, stored.documentId);
        } else {
          await perLine(item);
        }
      }
    }
    progress.tell();
  };

  /** A line read: into the batch, or an error (a bad record, a locale, a repeated story). */
  const take = (read: RecordReader, line: number) => {
    let record: ImportRecord | null = null;
    const mended: string[] = [];
    try {
      record = read({ warn: (message) => mended.push(message), anonymousAuthorName });
      if (record) {
        const locale = record.locale ?? defaultLocale;
        if (!locales.has(locale))
          throw new Error(`locale: "${locale}" is not a locale of this app`);
        const key = importKey(locale, record.externalId);
        const first = firstLine.get(key);
        if (first !== undefined) {
          throw new Error(
            `externalId: "${record.externalId}" (locale "${locale}") is already on line ${first} of this import; this line is skipped`
          );
        }
        firstLine.set(key, line);
        batch.push({ line, record, locale });
        chars += read.size ?? 0;
      }
    } catch (error) {
      fail(line, error, record?.externalId ?? (error as RecordError).externalId);
    }
    // what had to be mended for the story to be stored, on its line
    for (const message of mended) warnings.push({ line, externalId: record?.externalId, message });
  };

  for await (const read of readers) {
    take(read, progress.read());
    if (batch.length >= batchSize || chars >= batchChars) {
      await flush();
      options.signal?.throwIfAborted();
    }
  }
  await flush();

  /** A story named by `related`: one of this run, else one stored before. */
  const findStory = async (locale: string, externalId: string) =>
    stories.get(importKey(locale, externalId)) ??
    (await importRows(strapi).draftOf(externalId, locale))?.documentId;
  const links = await getService(strapi, 'import-links').create(pending, findStory, {
    bulk: batchSize > 1,
    onProgress: (done, total) => {
      progress.tellLinks(done, total);
      options.signal?.throwIfAborted();
    },
  });
  warnings.push(...links.warnings);

  // a batch hands the lines it refuses to the per-line path after its others: in file order
  const byLine = (a: ImportLineError, b: ImportLineError) => a.line - b.line;
  return {
    ...progress.counts,
    totalLines: progress.counts.line,
    linksCreated: links.created,
    errors: errors.sort(byLine),
    warnings: warnings.sort(byLine),
    durationMs: Date.now() - started,
  };
};
