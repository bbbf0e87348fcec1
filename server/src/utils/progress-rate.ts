type Progress = { phase: string | null; done: number; total: number };

/**
 * Adds the rate of a long task's current phase (items a second since the phase began) and the
 * seconds left at that rate to each progress report. A new phase, or a count that goes back,
 * starts the measure again.
 */
export const progressRate = (now: () => number = Date.now) => {
  let phase: string | null | undefined;
  let since = 0;
  let from = 0;
  let last = 0;
  return <T extends Progress>(status: T): T & { rate?: number; etaSeconds?: number } => {
    if (status.phase !== phase || status.done < last) {
      phase = status.phase;
      since = now();
      from = status.done;
    }
    last = status.done;
    const seconds = (now() - since) / 1000;
    if (seconds <= 0 || status.done <= from) {
      return { ...status, rate: undefined, etaSeconds: undefined };
    }
    const rate = (status.done - from) / seconds;
    return {
      ...status,
      rate: Math.round(rate * 10) / 10,
      etaSeconds: Math.max(0, Math.round((status.total - status.done) / rate)),
    };
  };
};
