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
import { importScratch, type ImportScratch } from '../../repositories/import-scratch';
import { plannerStatistics } from '../../repositories/planner-statistics';
import { retryWhenBusy } from '../../utils/busy-retry';
import { getService } from '../../utils/get-service';
import { importKey } from '../../utils/story-key';
import type { BatchItem } from './import-batch';
import type { PendingLinks } from './import-links';
import { importProgress } from './import-progress';
import { runLinks } from './run-links';
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
 * others line by line), then its "read also" links once the stories they name are in. What the
 * run remembers of each story is in its scratch tables (`repositories/import-scratch`), so its
 * memory is one batch's whatever the size of the file.
 */
export const importRun = async (
  strapi: Core.Strapi,
  readers: AsyncIterable<RecordReader>,
  options: RunOptions
): Promise<ImportReport> => {
  const { busyRetryMs } = importerOptions(strapi);
  const scratch = await retryWhenBusy(() => importScratch(strapi), { timeoutMs: busyRetryMs });
  try {
    return await run(strapi, scratch, readers, options);
  } finally {
    await retryWhenBusy(() => scratch.drop(), { timeoutMs: busyRetryMs });
  }
};

/** A line whose story an earlier line of the batch has: reported once the batch is checked. */
type Repeat = { line: number; externalId: string; locale: string; first: number };

const run = async (
  strapi: Core.Strapi,
  scratch: ImportScratch,
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
  const statistics = await plannerStatistics(strapi);
  const progress = importProgress(options);
  const errors: ImportLineError[] = [];
  const warnings: ImportLineError[] = [];
  const batchSize = Math.max(1, options.batchSize ?? BATCH_SIZE);
  const batchChars = Math.max(1, options.batchChars ?? BATCH_CHARS);
  const links = runLinks(strapi, scratch, {
    bulk: batchSize > 1,
    retried,
    onProgress: (done, total) => {
      progress.tellLinks(done, total);
      options.signal?.throwIfAborted();
    },
  });
  let batch: BatchItem[] = [];
  /** The batch's lines by `importKey`; a key again in the batch is a repeat, told at its end. */
  let batchLines = new Map<string, number>();
  let repeats: Array<Repeat> = [];
  /** The batch's stories with `related` entries, for their links once it is written. */
  let linking: PendingLinks[] = [];
  /** Characters of the lines in the batch. */
  let chars = 0;

  const fail = (line: number, error: unknown, externalId?: string) => {
    progress.count('failed');
    errors.push({ line, externalId, message: errorMessage(error) });
  };

  const landed = (item: BatchItem, documentId: string) => {
    if (!item.record.related?.length) return;
    const after = item.record.readAlsoAfter;
    linking.push({
      line: item.line,
      documentId,
      locale: item.locale,
      related: item.record.related,
      afterBlock: after ?? null,
      blocks: typeof after === 'number' ? (bodyToBlocks(item.record.body)?.length ?? 0) : null,
    });
  };

  const keyOf = (item: BatchItem) => importKey(item.locale, item.record.externalId);

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
    const items = await unseen(batch);
    batch = [];
    chars = 0;
    if (items.length > 0 && batchSize === 1) await perLine(items[0]);
    else if (items.length > 0) {
      const known = await retried(() =>
        articleRepository(strapi).importedDrafts(
          items.map((item) => ({ externalId: item.record.externalId, locale: item.locale }))
        )
      );
      const written = await writeNew(items.filter((item) => !known.has(keyOf(item))));
      // a draft row and, for a published story, its published row
      await statistics.written(
        [...written.keys()].reduce((rows, item) => rows + (item.record.publishedAt ? 2 : 1), 0)
      );
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
    await links.batch(linking);
    linking = [];
    progress.tell();
  };

  const repeated = ({ line, externalId, locale }: Omit<Repeat, 'first'>, first: number) =>
    fail(
      line,
      new Error(
        `externalId: "${externalId}" (locale "${locale}") is already on line ${first} of this import; this line is skipped`
      ),
      externalId
    );

  /**
   * The batch's lines whose story no earlier line of the run had (the others are repeats,
   * reported naming the first line); the batch's stories are then marked seen.
   */
  const unseen = async (items: BatchItem[]) => {
    const keys = [...batchLines.keys()];
    const earlier = keys.length > 0 ? await retried(() => scratch.firstLines(keys)) : new Map();
    for (const repeat of repeats)
      repeated(repeat, earlier.get(importKey(repeat.locale, repeat.externalId)) ?? repeat.first);
    const fresh = items.filter((item) => !earlier.has(keyOf(item)));
    for (const item of items) {
      const first = earlier.get(keyOf(item));
      if (first !== undefined) repeated({ ...item, externalId: item.record.externalId }, first);
    }
    await retried(() => scratch.see(fresh.map((item) => ({ key: keyOf(item), line: item.line }))));
    batchLines = new Map();
    repeats = [];
    return fresh;
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
        const first = batchLines.get(key);
        if (first !== undefined)
          repeats.push({ line, externalId: record.externalId, locale, first });
        else {
          batchLines.set(key, line);
          batch.push({ line, record, locale });
          chars += read.size ?? 0;
        }
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

  const linked = await links.finish();
  warnings.push(...linked.warnings);

  // a batch hands the lines it refuses to the per-line path after its others: in file order
  const byLine = (a: ImportLineError, b: ImportLineError) => a.line - b.line;
  return {
    ...progress.counts,
    totalLines: progress.counts.line,
    linksCreated: linked.created,
    errors: errors.sort(byLine),
    warnings: warnings.sort(byLine),
    durationMs: Date.now() - started,
  };
};
