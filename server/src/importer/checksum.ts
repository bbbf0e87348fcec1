import { createHash } from 'node:crypto';

import type { ImportRecord } from '../../../shared/contracts/import';

/**
 * Fingerprint of everything an import line says about a story. A story whose stored
 * fingerprint matches is left untouched, so a second run of the same file writes nothing
 * (and an editor's later changes survive re-running an unchanged file).
 */
export const recordChecksum = (record: ImportRecord): string =>
  createHash('sha256')
    .update(
      JSON.stringify([
        record.externalId,
        record.title,
        record.lead ?? null,
        record.body ?? null,
        record.tags ?? [],
        record.authors ?? [],
        record.section ?? null,
        record.source ?? null,
        record.publishedAt ?? null,
        record.locale ?? null,
        record.related ?? [],
        // Fields added later count only when set, so stories imported before keep their checksum.
        ...(record.coverCaption || record.coverCredit
          ? [record.coverCaption ?? null, record.coverCredit ?? null]
          : []),
      ])
    )
    .digest('hex');
