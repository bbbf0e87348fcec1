import type { ChildProcess } from 'node:child_process';

export type ChildServer = { url: string; logs: () => string; stop: () => Promise<void> };

type Options = {
  /** What the process is, for the errors ("the playground"). */
  what: string;
  url: string;
  /** Whether the server answers now, given its output so far. */
  ready: (output: string) => Promise<boolean>;
  timeoutMs: number;
  intervalMs: number;
  /** Run after the process stopped (or failed to start), e.g. dropping its database. */
  cleanup?: () => Promise<void>;
};

/**
 * Watches a server started as a child process: keeps its output, waits until `ready` says it
 * answers, and stops it politely (SIGTERM, then SIGKILL after 10 s). A process that exits or
 * does not answer in time is an error carrying its output.
 */
export const serveChild = async (
  child: ChildProcess,
  { what, url, ready, timeoutMs, intervalMs, cleanup = async () => {} }: Options
): Promise<ChildServer> => {
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 10_000)))]);
    clearTimeout(timer);
    if (child.exitCode === null) child.kill('SIGKILL');
    await cleanup();
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) {
      await cleanup();
      throw new Error(`${what} exited with code ${child.exitCode}:\n${output}`);
    }
    if (await ready(output)) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${what} did not start in ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  return { url, logs: () => output, stop };
};
