import type { ChildProcess } from 'node:child_process';

import { prepareSite, startSite } from '../../scripts/site';
import { type ChildServer, serveChild } from './child-server';
import { freePort } from './playground';

export type NewsSite = ChildServer;

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

/**
 * Starts the built site against the newsroom at `newsroomUrl`, on `port` (a free one when not
 * given: pass one to tell the newsroom its site's address before the site starts).
 */
export const startNewsSite = async (
  newsroomUrl: string,
  env: Record<string, string> = {},
  timeoutMs = 60_000,
  port?: number
): Promise<NewsSite> => {
  port ??= await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = startSite({
    port,
    host: '127.0.0.1',
    newsroomUrl,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return serveChild(child, {
    what: 'the site',
    url,
    timeoutMs,
    intervalMs: 300,
    ready: async () => {
      try {
        // Any answer will do: the preview route answers without asking the newsroom.
        await fetch(`${url}/api/preview`);
        return true;
      } catch {
        return false; // not listening yet
      }
    },
  });
};
