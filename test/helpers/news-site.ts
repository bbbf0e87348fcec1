import type { ChildProcess } from 'node:child_process';

import { prepareSite, startSite } from '../../scripts/site';
import { freePort } from './playground';

export type NewsSite = { url: string; logs: () => string; stop: () => Promise<void> };

/**
 * Installs and builds the reference site when needed (scripts/site.js: `npm ci` and
 * `next build` in examples/news-site) and reports how long that took.
 */
export const prepareNewsSite = async () => {
  const timings = await prepareSite({
    quiet: true,
    log: (message) => process.stderr.write(`${message}\n`),
  });
  return timings;
};

/** Starts the built site on a free port against the newsroom at `newsroomUrl`. */
export const startNewsSite = async (
  newsroomUrl: string,
  env: Record<string, string> = {},
  timeoutMs = 60_000
): Promise<NewsSite> => {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const child: ChildProcess = startSite({
    port,
    host: '127.0.0.1',
    newsroomUrl,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 10_000)))]);
    clearTimeout(timer);
    if (child.exitCode === null) child.kill('SIGKILL');
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`the site exited with ${child.exitCode}:\n${output}`);
    try {
      // Any answer will do: the preview route answers without asking the newsroom.
      await fetch(`${url}/api/preview`);
      break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the site did not start in ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return { url, logs: () => output, stop };
};
