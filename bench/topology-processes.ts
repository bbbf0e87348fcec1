import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The processes of the topology benchmark (bench/topology.ts): databases, playground
 * processes started as a user would run them, and their RSS.
 */
export const appDir = path.join(__dirname, '..', 'playground');
const secret = () => randomBytes(16).toString('base64');
const secrets = {
  APP_KEYS: `${secret()},${secret()}`,
  API_TOKEN_SALT: secret(),
  ADMIN_JWT_SECRET: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  JWT_SECRET: secret(),
  ENCRYPTION_KEY: secret(),
};
const ADMIN = { email: 'bench@newsroom.local', password: 'Bench-password-1' };
export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A database of the kind asked for: its environment for Strapi, and how to drop it. */
export const database = async (client: 'postgres' | 'sqlite', name: string) => {
  if (client === 'sqlite') {
    const filename = path.join(os.tmpdir(), `${name}.db`);
    const drop = async () => {
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${filename}${suffix}`, { force: true });
    };
    return { env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename }, drop };
  }
  const { Client } = await import('pg');
  const admin = async (sql: string) => {
    const pg = new Client({
      host: '127.0.0.1',
      port: 5432,
      user: 'postgres',
      database: 'postgres',
    });
    await pg.connect();
    try {
      await pg.query(sql);
    } finally {
      await pg.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const env = {
    DATABASE_CLIENT: 'postgres',
    DATABASE_HOST: '127.0.0.1',
    DATABASE_PORT: '5432',
    DATABASE_USERNAME: 'postgres',
    DATABASE_PASSWORD: '',
    DATABASE_NAME: name,
  };
  return { env, drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
};

export const postgresUp = async () => {
  try {
    const { Client } = await import('pg');
    const pg = new Client({
      host: '127.0.0.1',
      port: 5432,
      user: 'postgres',
      database: 'postgres',
    });
    await pg.connect();
    await pg.end();
    return true;
  } catch {
    return false;
  }
};

export const baseEnv = (env: Record<string, string>) => ({
  ...process.env,
  ...secrets,
  ...env,
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  STRAPI_TELEMETRY_DISABLED: 'true',
  NEWSROOM_DEMO_CONTENT: 'none',
  NEWSROOM_ADMIN_EMAIL: ADMIN.email,
  NEWSROOM_ADMIN_PASSWORD: ADMIN.password,
});

/**
 * The playground processes still running. A benchmark stops them in a `finally`, which a
 * signal (Ctrl-C, `kill`) skips, and a child outlives its parent: so they are killed when this
 * process exits, and a signal ends this process through that exit.
 */
const running = new Set<ChildProcess>();
let stopsOnExit = false;
const stopOnExit = () => {
  if (stopsOnExit) return;
  stopsOnExit = true;
  process.once('exit', () => {
    for (const child of running) child.kill('SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => process.exit(128 + os.constants.signals[signal]));
  }
};

/** A playground process; ready when it answers /_health. */
export const start = async (env: Record<string, string>) => {
  const port = 21000 + Math.floor(Math.random() * 20000);
  const script = `require('@strapi/strapi').createStrapi({ appDir: ${JSON.stringify(appDir)}, distDir: ${JSON.stringify(path.join(appDir, 'dist'))}, serveAdminPanel: false }).start()`;
  const child = spawn(process.execPath, ['-e', script], {
    cwd: appDir,
    env: { ...baseEnv(env), PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  stopOnExit();
  running.add(child);
  child.once('exit', () => running.delete(child));
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`a playground process exited (${child.exitCode})`);
    if (Date.now() - started > 600_000) throw new Error('a playground process did not start');
    try {
      if ((await fetch(`${url}/_health`)).status === 204) break;
    } catch {
      // not listening yet
    }
    await pause(500);
  }
  return { child, url, started };
};

export const rssMb = (child: ChildProcess) => {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
};

export const login = async (url: string) => {
  const reply = await fetch(`${url}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  return ((await reply.json()) as { data: { token: string } }).data.token;
};
