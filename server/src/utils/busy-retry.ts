/**
 * A write another process holds the database against: SQLite's `SQLITE_BUSY` ("database is
 * locked": another process writes, or a deadlock SQLite refuses to wait out), PostgreSQL's
 * deadlock and serialization failures, MySQL's deadlock and lock wait timeout. The write was
 * rolled back whole; doing it again is safe.
 */
export const isBusy = (error: unknown): boolean => {
  const { code, errno, message } = (error ?? {}) as {
    code?: unknown;
    errno?: unknown;
    message?: unknown;
  };
  if (typeof code === 'string' && /^SQLITE_BUSY/.test(code)) return true;
  if (code === '40P01' || code === '40001') return true;
  if (code === 'ER_LOCK_DEADLOCK' || code === 'ER_LOCK_WAIT_TIMEOUT') return true;
  if (errno === 1213 || errno === 1205) return true;
  return typeof message === 'string' && /database is locked|SQLITE_BUSY/.test(message);
};

export type BusyRetry = {
  /** How long to keep trying, in all (ms); 0 tries once. */
  timeoutMs: number;
  /** Told before each new try. */
  onRetry?: (attempt: number, error: unknown) => void;
  /** Waits between tries (tests replace it). */
  sleep?: (ms: number) => Promise<void>;
};

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `write` (a whole transaction, or a statement) and, while it fails because the database
 * is busy (`isBusy`), runs it again after a growing, jittered pause (25 ms doubling up to 1 s),
 * for at most `timeoutMs` in all. Any other error, or the last busy one, is thrown.
 */
export const retryWhenBusy = async <T>(
  write: () => Promise<T>,
  { timeoutMs, onRetry, sleep = pause }: BusyRetry
): Promise<T> => {
  const started = Date.now();
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await write();
    } catch (error) {
      const waited = Date.now() - started;
      if (!isBusy(error) || waited >= timeoutMs) throw error;
      const backoff = Math.min(1000, 25 * 2 ** Math.min(attempt - 1, 6));
      const delay = Math.min(timeoutMs - waited, backoff / 2 + Math.random() * (backoff / 2));
      onRetry?.(attempt, error);
      await sleep(delay);
    }
  }
};
