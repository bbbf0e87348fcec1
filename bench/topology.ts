import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { compileStrapi } from '@strapi/strapi';

/**
 * N web instances + an indexer on one database, measured: a generated archive of `stories`
 * published stories (bench/generate.ts, seeded by bench/topology-seed.ts) on PostgreSQL (or
 * SQLite), then three playground processes, each its own Node process: (a) a bare Strapi, the
 * playground with the plugin disabled (NEWSROOM_ENABLED=false) on its own empty database of
 * the same kind (a Strapi without the plugin would drop the plugin's tables of a shared one);
 * (b) a web instance (`indexer: false`) and (c) an indexer, both on the archive. Each serves
 * the same requests; its RSS is read from /proc after.
 */
export type TopologyResult = {
  database: string;
  stories: number;
  seedS: number;
  sample: number;
  build: { buildMs: number; rankMs: number; ranked: number; readyS: number };
  rows: Array<{
    process: string;
    rssStartMb: number;
    rssMb: number;
    p50: number | null;
    p95: number | null;
    rps: number | null;
  }>;
  agreeing: number;
};

const appDir = path.join(__dirname, '..', 'playground');
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
/** What the bare Strapi serves meanwhile: a core route that reads the database, no plugin. */
export const BARE_ROUTE = '/admin/init';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A database of the kind asked for: its environment for Strapi, and how to drop it. */
const database = async (client: 'postgres' | 'sqlite', name: string) => {
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

const postgresUp = async () => {
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

const baseEnv = (env: Record<string, string>) => ({
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

/** A playground process; ready when it answers /_health. */
const start = async (env: Record<string, string>) => {
  const port = 21000 + Math.floor(Math.random() * 20000);
  const script = `require('@strapi/strapi').createStrapi({ appDir: ${JSON.stringify(appDir)}, distDir: ${JSON.stringify(path.join(appDir, 'dist'))}, serveAdminPanel: false }).start()`;
  const child = spawn(process.execPath, ['-e', script], {
    cwd: appDir,
    env: { ...baseEnv(env), PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
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

const rssMb = (child: ChildProcess) => {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
};

const login = async (url: string) => {
  const reply = await fetch(`${url}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  return ((await reply.json()) as { data: { token: string } }).data.token;
};

/** Paths asked round-robin by `connections` clients for `seconds`: latency p50/p95, rps. */
const measure = async (url: string, paths: string[], seconds: number, connections = 10) => {
  const latencies: number[] = [];
  let next = 0;
  let failed = 0;
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < end) {
        const at = performance.now();
        const reply = await fetch(`${url}${paths[next++ % paths.length]}`);
        await reply.arrayBuffer();
        if (!reply.ok) failed += 1;
        latencies.push(performance.now() - at);
      }
    })
  );
  if (failed > 0) throw new Error(`${failed} answers were not 2xx`);
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { p50: at(0.5), p95: at(0.95), rps: latencies.length / seconds };
};

/** Every path once, `connections` at a time (warms caches, loads the rows each needs). */
const visit = async (url: string, paths: string[], connections = 10) => {
  const bodies = new Map<string, string>();
  let next = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < paths.length) {
        const p = paths[next++];
        bodies.set(p, await (await fetch(`${url}${p}`)).text());
      }
    })
  );
  return bodies;
};

export const topologyBench = async ({
  stories = 20_000,
  sample = 2000,
  seconds = 10,
  db,
}: {
  stories?: number;
  sample?: number;
  seconds?: number;
  db?: 'postgres' | 'sqlite';
}): Promise<TopologyResult> => {
  const client = db ?? ((await postgresUp()) ? 'postgres' : 'sqlite');
  await compileStrapi({ appDir });
  const name = `newsroom_bench_topology_${process.pid}`;
  const archive = await database(client, name);
  const empty = await database(client, `${name}_bare`);
  const children: ChildProcess[] = [];
  try {
    const seedOut = execFileSync(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, 'topology-seed.ts'), String(stories)],
      {
        cwd: appDir,
        env: { ...baseEnv(archive.env), NEWSROOM_INDEXER: 'false' },
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      }
    );
    const seed = JSON.parse(seedOut.trim().split('\n').pop()!);
    console.error(`topology: ${stories} stories seeded in ${seed.seconds.toFixed(1)} s`);

    // (c) the indexer: builds, saves, then ranks every list; timed from its start
    const indexer = await start({ ...archive.env, NEWSROOM_INDEXER: 'true' });
    children.push(indexer.child);
    const token = await login(indexer.url);
    let status: any;
    for (;;) {
      const reply = await fetch(`${indexer.url}/newsroom/index/status`, {
        headers: { authorization: `Bearer ${token}` },
      });
      status = ((await reply.json()) as { data: any }).data;
      if (status.state === 'failed') throw new Error(`index build failed: ${status.error}`);
      const lists = status.lists;
      if (status.state === 'idle' && lists?.rankedAt && lists.generation === status.generation)
        break;
      await pause(1000);
    }
    const readyS = (Date.now() - indexer.started) / 1000;
    console.error(`topology: indexer ready, every list ranked, after ${readyS.toFixed(0)} s`);

    // (b) a web instance and (a) a bare Strapi
    const web = await start({ ...archive.env, NEWSROOM_INDEXER: 'false' });
    children.push(web.child);
    const bare = await start({ ...empty.env, NEWSROOM_ENABLED: 'false' });
    children.push(bare.child);
    const rssStart = [bare, web, indexer].map((p) => rssMb(p.child));

    const ids: string[] = [];
    for (let page = 1; ids.length < sample; page += 1) {
      const reply = await fetch(
        `${web.url}/api/newsroom/articles?fields[0]=title&pagination[pageSize]=100&pagination[page]=${page}&sort=id`
      );
      const { data } = (await reply.json()) as { data: Array<{ documentId: string }> };
      if (data.length === 0) break;
      // spread over the archive: every nth story
      ids.push(...data.filter((_, i) => i % 5 === page % 5).map((story) => story.documentId));
    }
    const paths = ids.slice(0, sample).map((id) => `/api/newsroom/articles/${id}/related`);
    const [onWeb, onIndexer] = [await visit(web.url, paths), await visit(indexer.url, paths)];
    const agreeing = paths.filter((p) => {
      const items = (body: string) => JSON.stringify(JSON.parse(body).data);
      return items(onWeb.get(p)!) === items(onIndexer.get(p)!);
    }).length;
    await visit(
      bare.url,
      paths.map(() => BARE_ROUTE)
    );

    const rows: TopologyResult['rows'] = [];
    const bareRun = await measure(bare.url, [BARE_ROUTE], seconds);
    rows.push({
      process: 'bare Strapi (plugin disabled)',
      rssStartMb: rssStart[0],
      rssMb: rssMb(bare.child),
      ...bareRun,
    });
    const webRun = await measure(web.url, paths, seconds);
    rows.push({
      process: 'web instance (indexer: false)',
      rssStartMb: rssStart[1],
      rssMb: rssMb(web.child),
      ...webRun,
    });
    const indexerRun = await measure(indexer.url, paths, seconds);
    rows.push({
      process: 'indexer',
      rssStartMb: rssStart[2],
      rssMb: rssMb(indexer.child),
      ...indexerRun,
    });
    return {
      database: client,
      stories,
      seedS: seed.seconds,
      sample: paths.length,
      build: {
        buildMs: status.durationMs,
        rankMs: status.lists.durationMs,
        ranked: status.lists.done,
        readyS,
      },
      rows,
      agreeing,
    };
  } finally {
    for (const child of children) child.kill();
    await pause(2000);
    await archive.drop().catch(() => undefined);
    await empty.drop().catch(() => undefined);
  }
};
