import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

import { SUPER_ADMIN } from './admin';
import { createTestDatabase, type TestDatabase } from './database';
import { type ChildServer, serveChild } from './child-server';
import { appSecrets } from './secrets';

const root = path.join(__dirname, '..', '..');
const appDir = path.join(root, 'playground');
const strapiBin = path.join(root, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');

export type Playground = ChildServer;

/** A TCP port nobody listens on right now. */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

/**
 * Starts the built playground as a user does (`strapi start`, admin panel included) on a
 * fresh database, seeded with `demo` content, and waits until it answers.
 */
export const startPlayground = async ({
  demo = 'all',
  timeoutMs = 240_000,
  env = {},
}: {
  demo?: string;
  timeoutMs?: number;
  /** More environment for the app, e.g. `NEWSROOM_SITE_URL`. */
  env?: Record<string, string>;
} = {}): Promise<Playground> => {
  const database: TestDatabase = await createTestDatabase();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, [strapiBin, 'start'], {
    cwd: appDir,
    env: {
      ...process.env,
      ...database.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'info',
      STRAPI_TELEMETRY_DISABLED: 'true',
      NEWSROOM_DEMO_CONTENT: demo,
      NEWSROOM_ADMIN_EMAIL: SUPER_ADMIN.email,
      NEWSROOM_ADMIN_PASSWORD: SUPER_ADMIN.password,
      ...appSecrets(),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return serveChild(child, {
    what: 'the playground',
    url,
    timeoutMs,
    intervalMs: 500,
    cleanup: () => database.drop(),
    ready: async (output) => {
      if (!output.includes('[newsroom demo] log in at')) return false;
      try {
        return (await fetch(`${url}/_health`)).status === 204;
      } catch {
        return false; // not listening yet
      }
    },
  });
};
