import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';

import { compileStrapi } from '@strapi/strapi';
import autocannon from 'autocannon';

/**
 * Requests per second of GET /api/newsroom/articles/:id/related against the core
 * GET /api/newsroom/articles/:id, same server, same run: the playground with the demo
 * newsroom (UNIAN + BBC) on a fresh SQLite file, served by its own process.
 */
export type HttpRow = { route: string; rps: number; p50: number; p97_5: number; p99: number };

const PORT = 1400 + Math.floor(Math.random() * 500);
const appDir = path.join(__dirname, '..', 'playground');
const secret = () => randomBytes(16).toString('base64');

/** `demo`: the playground's demo content; the server is ready when it lists `minStories`. */
export const startServer = async (demo = 'all', minStories = 2000): Promise<ChildProcess> => {
  await compileStrapi({ appDir });
  const env = {
    ...process.env,
    PORT: String(PORT),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    STRAPI_TELEMETRY_DISABLED: 'true',
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: path.join(os.tmpdir(), `newsroom-bench-${process.pid}.db`),
    NEWSROOM_DEMO_CONTENT: demo,
    APP_KEYS: `${secret()},${secret()}`,
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
  };
  const script = `require('@strapi/strapi').createStrapi({ appDir: ${JSON.stringify(appDir)}, distDir: ${JSON.stringify(path.join(appDir, 'dist'))}, serveAdminPanel: false }).start()`;
  const child = spawn(process.execPath, ['-e', script], {
    cwd: appDir,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start in 5 minutes')), 300_000);
    const poll = setInterval(async () => {
      try {
        const reply = await fetch(
          `http://127.0.0.1:${PORT}/api/newsroom/articles?pagination[pageSize]=1`
        );
        const total = (await reply.json())?.meta?.pagination?.total ?? 0;
        if (total >= minStories) {
          clearInterval(poll);
          clearTimeout(timer);
          resolve();
        }
      } catch {
        // not up yet
      }
    }, 2000);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  }).catch((error) => {
    child.kill();
    throw error;
  });
  return child;
};

export const PLAYGROUND_PORT = PORT;

export const load = (url: string, seconds: number, headers: Record<string, string> = {}) =>
  new Promise<autocannon.Result>((resolve, reject) =>
    autocannon({ url, connections: 10, duration: seconds, headers }, (error, result) =>
      error ? reject(error) : resolve(result)
    )
  );

export const httpBench = async (seconds = 10): Promise<HttpRow[]> => {
  const server = await startServer();
  try {
    const base = `http://127.0.0.1:${PORT}/api/newsroom/articles`;
    const slug = 'all-allies-agree-that-ukraine-will-become-a-member-of-nato';
    const { documentId } = (await (await fetch(`${base}/slug/${slug}`)).json()).data;
    const routes = [
      { route: 'GET /api/newsroom/articles/:id', url: `${base}/${documentId}` },
      { route: 'GET /api/newsroom/articles/:id/related', url: `${base}/${documentId}/related` },
    ];
    await load(routes[1].url, 2); // warm-up: the index is built on first use
    const rows: HttpRow[] = [];
    for (const { route, url } of routes) {
      const result = await load(url, seconds);
      if (result.non2xx > 0) throw new Error(`${route}: ${result.non2xx} answers were not 2xx`);
      rows.push({
        route,
        rps: result.requests.average,
        p50: result.latency.p50,
        p97_5: result.latency.p97_5,
        p99: result.latency.p99,
      });
    }
    return rows;
  } finally {
    server.kill();
  }
};
