import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

import { SUPER_ADMIN } from './admin';
import { createTestDatabase, type TestDatabase } from './database';
import { appSecrets } from './secrets';

const root = path.join(__dirname, '..', '..');
const appDir = path.join(root, 'playground');
const strapiBin = path.join(root, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');

export type Playground = { url: string; logs: () => string; stop: () => Promise<void> };

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
}: { demo?: string; timeoutMs?: number } = {}): Promise<Playground> => {
  const database: TestDatabase = await createTestDatabase();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = '';
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
    },
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
    await database.drop();
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) {
      await database.drop();
      throw new Error(`the playground exited with code ${child.exitCode}:\n${output}`);
    }
    if (output.includes('[newsroom demo] log in at')) {
      try {
        if ((await fetch(`${url}/_health`)).status === 204) break;
      } catch {
        // not listening yet
      }
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the playground did not start in ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { url, logs: () => output, stop };
};
