import { spawn } from 'node:child_process';
import path from 'node:path';

import { type ChildServer, serveChild } from './child-server';
import { freePort } from './playground';

const appDir = path.join(__dirname, '..', '..', 'playground');
const UNIAN_SLUG = 'all-allies-agree-that-ukraine-will-become-a-member-of-nato';

/**
 * Another Strapi process of the playground on the database of the app `startApp` booted (its
 * environment is this process's), as a second instance behind a load balancer; `env` adds to
 * it (`NEWSROOM_INDEXER: 'false'` for a web instance). Ready once it serves the UNIAN story.
 */
export const startStrapiProcess = async (
  env: Record<string, string> = {},
  { timeoutMs = 90_000 } = {}
): Promise<ChildServer> => {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const script = `require('@strapi/strapi').createStrapi({ appDir: ${JSON.stringify(appDir)}, distDir: ${JSON.stringify(path.join(appDir, 'dist'))}, serveAdminPanel: false }).start()`;
  const child = spawn(process.execPath, ['-e', script], {
    cwd: appDir,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return serveChild(child, {
    what: 'another Strapi process',
    url,
    timeoutMs,
    intervalMs: 500,
    ready: async () => {
      try {
        return (await fetch(`${url}/api/newsroom/articles/slug/${UNIAN_SLUG}`)).status === 200;
      } catch {
        return false; // not listening yet
      }
    },
  });
};

/**
 * Polls until `check` holds, for at most `ms`; returns how long it took, or throws (with what
 * `explain` says of the state it ended in, when given).
 */
export const within = async (
  ms: number,
  check: () => Promise<boolean>,
  explain?: () => Promise<string>
) => {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await check()) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`not within ${ms} ms${explain ? `: ${await explain()}` : ''}`);
};
