import type { Core } from '@strapi/strapi';

import type { ImportReport } from '../../../../shared/contracts/import';
import { detectFormat } from '../../importer/format';
import { fileLines, type FilePosition } from '../../importer/lines';
import { ndjsonReaders, type RecordReader } from '../../importer/sources';
import { ninjsArrayReaders, ninjsLineReaders } from '../../importer/ninjs/source';
import { openWxr } from '../../importer/wxr/source';
import { getService } from '../../utils/get-service';
import { importRun, type ImportOptions, type RunOptions } from './import-run';

/**
 * Imports an archive of stories (see docs/import.md). Stories are matched by
 * (externalId, locale): new ones are created, changed ones updated, unchanged ones left alone;
 * authors and tags are created when missing; `related` becomes "read-also" links once the
 * stories it names are in. A bad line is reported with its number and the run goes on; each
 * line is all or nothing (its story, authors and tags in one transaction). An externalId
 * repeated in one file is reported on the later line, which is skipped.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** The related-story index is brought up to date once, when the run's stories are in. */
  const run = async (readers: AsyncIterable<RecordReader>, options: RunOptions) => {
    const started = Date.now();
    const report = await getService(strapi, 'index-writes').deferRefresh(() =>
      importRun(strapi, readers, options)
    );
    return { ...report, durationMs: Date.now() - started };
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
