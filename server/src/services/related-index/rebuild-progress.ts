import type { RebuildStatus } from '../../../../shared/contracts/related';
import { progressRate } from '../../utils/progress-rate';

export type OnProgress = (status: RebuildStatus) => void;

/** Where the last or running load or (re)build of an index stands, as the admin shows it. */
export const rebuildProgress = () => {
  let status: RebuildStatus = { state: 'idle', phase: null, done: 0, total: 0, stories: 0 };
  const withRate = progressRate();

  return {
    get: () => status,

    /** A step of the work under way (with its rate), shown to `onProgress` when given. */
    step(next: Partial<RebuildStatus>, onProgress?: OnProgress) {
      status = withRate({ ...status, ...next });
      onProgress?.(status);
    },

    /** The work starts now. */
    start(started: number) {
      status.startedAt = new Date(started).toISOString();
    },

    /** The work is done: the index of `size` stories serves, from a build or a saved one. */
    finish(size: number, started: number, source: 'built' | 'loaded', generation?: number) {
      status = {
        state: 'idle',
        phase: null,
        done: size,
        total: size,
        stories: size,
        source,
        generation,
        startedAt: status.startedAt,
        builtAt: new Date().toISOString(),
        durationMs: Date.now() - started,
      };
    },
  };
};
