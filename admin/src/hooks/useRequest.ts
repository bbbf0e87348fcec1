import { useCallback, useEffect, useRef, useState } from 'react';

export type RequestState<T> = {
  data: T | undefined;
  error: unknown;
  isLoading: boolean;
  /** Runs the request again (after a write); the current data stays visible meanwhile. */
  reload: () => Promise<void>;
  /** Replaces the data in place (optimistic updates). */
  setData: (update: (previous: T | undefined) => T | undefined) => void;
};

/**
 * Loads `load()` when it changes (wrap it in `useCallback`), keeping only the newest answer.
 * `load === null` skips the request.
 */
export const useRequest = <T>(load: (() => Promise<T>) | null): RequestState<T> => {
  const [data, setDataState] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [isLoading, setIsLoading] = useState(load !== null);
  const latest = useRef(0);

  const run = useCallback(async () => {
    if (!load) return;
    const request = ++latest.current;
    setIsLoading(true);
    try {
      const answer = await load();
      if (request !== latest.current) return;
      setDataState(answer);
      setError(undefined);
    } catch (failure) {
      if (request !== latest.current) return;
      setError(failure);
    } finally {
      if (request === latest.current) setIsLoading(false);
    }
  }, [load]);

  useEffect(() => {
    void run();
  }, [run]);

  const setData = useCallback(
    (update: (previous: T | undefined) => T | undefined) => setDataState(update),
    []
  );

  return { data, error, isLoading, reload: run, setData };
};
