import type { FilePosition } from './lines';

/**
 * The rate of a long import and its expected end: lines (or WordPress `<item>`s) per second
 * since `started`, and the seconds left at that rate: from the lines left when the total is
 * known, else from the bytes of the file left (`position`).
 */
export const importRate =
  (started: number, totalLines: number | undefined, now: () => number = Date.now) =>
  (line: number, position?: FilePosition): { rate: number; etaSeconds?: number } => {
    const seconds = Math.max((now() - started) / 1000, 0.001);
    const rate = Math.round((line / seconds) * 10) / 10;
    if (totalLines !== undefined && rate > 0) {
      return { rate, etaSeconds: Math.max(0, Math.round((totalLines - line) / (line / seconds))) };
    }
    const done = position?.totalBytes ? position.bytesRead / position.totalBytes : 0;
    if (done <= 0) return { rate };
    return { rate, etaSeconds: Math.max(0, Math.round((seconds * (1 - done)) / done)) };
  };
