import type { ImportLinksProgress, ImportProgress } from '../../../../shared/contracts/import';
import type { FilePosition } from '../../importer/lines';
import { progressRate } from '../../utils/progress-rate';
import type { Outcome } from './story-writer';

/**
 * The counts of a run and its progress reports. A line is reported once its batch is written
 * (in file order), with the rate since the run began and the time left: from `totalLines`
 * when known, else from the share of the file read (`position`), so a file is read once.
 */
export const importProgress = (
  options: {
    totalLines?: number;
    position?: FilePosition;
    onProgress?: (progress: ImportProgress) => void;
    onLinksProgress?: (progress: ImportLinksProgress) => void;
  },
  now: () => number = Date.now
) => {
  const { totalLines, position, onProgress, onLinksProgress } = options;
  const counts: ImportProgress = {
    line: 0,
    totalLines,
    created: 0,
    updated: 0,
    unchanged: 0,
    failed: 0,
  };
  const withRate = progressRate(now);
  withRate({ phase: 'import', done: 0, total: 0 });
  /** Lines read whose progress is told once their batch is written. */
  const waiting: number[] = [];

  /** The lines expected in all: given, else estimated from the share of the file read. */
  const expected = (line: number) => {
    if (totalLines !== undefined) return totalLines;
    const share = position?.totalBytes ? position.bytesRead / position.totalBytes : 0;
    return share > 0 ? Math.max(line, Math.round(line / share)) : undefined;
  };

  return {
    counts,
    /** A line read: its number. */
    read() {
      counts.line += 1;
      waiting.push(counts.line);
      return counts.line;
    },
    count(outcome: Outcome | 'failed') {
      counts[outcome] += 1;
    },
    /** Reports the lines read so far (their batch is written). */
    tell() {
      for (const line of waiting) {
        if (!onProgress) break;
        const total = expected(line);
        const { rate, etaSeconds } = withRate({ phase: 'import', done: line, total: total ?? 0 });
        onProgress({
          ...counts,
          ...position,
          line,
          rate,
          etaSeconds: total === undefined ? undefined : etaSeconds,
        });
      }
      waiting.length = 0;
    },
    /** Reports the links phase: stories whose links are done, of all. */
    tellLinks(done: number, total: number) {
      onLinksProgress?.({ done, total });
    },
  };
};
