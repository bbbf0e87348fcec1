import { type ChildProcess, execFileSync } from 'node:child_process';
import path from 'node:path';

import { compileStrapi } from '@strapi/strapi';

import {
  appDir,
  baseEnv,
  database,
  login,
  pause,
  postgresUp,
  rssMb,
  start,
} from './topology-processes';

/**
 * N web instances + an indexer on one database, measured: a generated archive of `stories`
 * published stories (bench/generate.ts, seeded by bench/topology-seed.ts) on PostgreSQL (or
 * SQLite), then three playground processes, each its own Node process: (a) a bare Strapi, the
 * playground with the plugin disabled (NEWSROOM_ENABLED=false) on its own empty database of
 * the same kind (a Strapi without the plugin would drop the plugin's tables of a shared one);
 * (b) a web instance (`indexer: false`) and (c) an indexer, both on the archive. Each serves
 * the same requests; its RSS is read from /proc after.
 */
/** What the bare Strapi serves meanwhile: a core route that reads the database, no plugin. */
export const BARE_ROUTE = '/admin/init';

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
