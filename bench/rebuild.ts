import { type ChildProcess, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { appDir, baseEnv, database, login, pause, rssMb, start } from './topology-processes';

/**
 * Serving while the index is rebuilt (`npm run bench -- --only=rebuild --stories=100000`): a
 * generated archive seeded into SQLite (`topology-seed.ts`), an indexer started per setting of
 * `indexerWorkers` (the machine's threads, then 0: everything on the main thread), and, on a
 * quiet indexer and then during `POST /newsroom/index/rebuild` until every list of the new
 * generation is ranked and stored, one request after another to `/_health`, a Content API
 * list and the admin's story search. Latencies in ms.
 */
export type Probe = { p50: number; p95: number; max: number; count: number };
export type RebuildRow = {
  workers: string;
  quiet: Record<string, Probe>;
  rebuilding: Record<string, Probe>;
  /**
   * p95 of every route's requests together, by the phase the index was in when each began; and
   * the CPU time of the process's main thread and of all its threads in that phase, as a share
   * of one core (`/proc`, Linux).
   */
  phases: Array<{
    phase: string;
    seconds: number;
    p95: number;
    max: number;
    count: number;
    mainCpu: number;
    processCpu: number;
  }>;
  buildS: number;
  rankS: number;
  listsPerS: number;
  workerMemory: Array<{ heapMb: number; externalMb: number }>;
  peakRssMb: number;
};

const PATHS = {
  health: '/_health',
  contentApi: '/api/newsroom/articles?fields[0]=title&pagination[pageSize]=10&sort=id',
  adminSearch: '/newsroom/search?q=economy&limit=10',
};

const summary = (times: number[]): Probe => {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => Math.round(sorted[Math.floor(p * (sorted.length - 1))] ?? 0);
  return { p50: at(0.5), p95: at(0.95), max: at(1), count: sorted.length };
};

type Sample = { at: number; ms: number };

/** CPU seconds used so far by a process's main thread and by all its threads (Linux). */
const cpuSeconds = (pid: number) => {
  // utime and stime, fields 14 and 15, in clock ticks (100 a second); after the `(name)` field
  const ticks = (file: string) => {
    const fields = readFileSync(file, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  };
  try {
    return { main: ticks(`/proc/${pid}/task/${pid}/stat`), all: ticks(`/proc/${pid}/stat`) };
  } catch {
    return { main: 0, all: 0 };
  }
};

type Mark = { at: number; phase: string; cpu: { main: number; all: number } };

/**
 * Requests one after another (100 ms apart) to each path until `until` resolves; `samples`
 * receives each request's start and latency.
 */
const probe = async (url: string, token: string, until: Promise<unknown>, samples?: Sample[]) => {
  let done = false;
  void until.finally(() => (done = true));
  const loop = async (route: string) => {
    const times: number[] = [];
    while (!done) {
      const t = performance.now();
      const reply = await fetch(`${url}${route}`, {
        headers: route.startsWith('/newsroom') ? { authorization: `Bearer ${token}` } : {},
      }).catch(() => null);
      // a kept-alive socket the server closed as it was reused (ECONNRESET): not a sample
      if (reply === null) continue;
      await reply.arrayBuffer();
      if (reply.status >= 400) throw new Error(`${route}: ${reply.status}`);
      const ms = performance.now() - t;
      times.push(ms);
      samples?.push({ at: t, ms });
      await pause(100);
    }
    return summary(times);
  };
  const entries = await Promise.all(
    Object.entries(PATHS).map(async ([name, route]) => [name, await loop(route)] as const)
  );
  await until;
  return Object.fromEntries(entries);
};

const statusOf = async (url: string, token: string, attempts = 5): Promise<any> => {
  try {
    const reply = await fetch(`${url}/newsroom/index/status`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return ((await reply.json()) as { data: any }).data;
  } catch (error) {
    // a kept-alive socket the server closed as it was reused (ECONNRESET): ask again
    if (attempts <= 1) throw error;
    console.error(`rebuild: status read failed (${String(error)}), asking again`);
    await pause(1000);
    return statusOf(url, token, attempts - 1);
  }
};

/** The phase a status reports: a build's phase, or the list ranking after it. */
const phaseOf = (status: any) =>
  status.state === 'building' ? (status.phase ?? 'building') : 'ranking lists';

/**
 * Until the index is idle and every list of its generation is stored (`since`: after then);
 * `phases` receives each status read's time and phase.
 */
const settled = async (url: string, token: string, since = '', phases?: Mark[], pid = 0) => {
  for (;;) {
    const status = await statusOf(url, token);
    phases?.push({ at: performance.now(), phase: phaseOf(status), cpu: cpuSeconds(pid) });
    if (status.state === 'failed') throw new Error(`index build failed: ${status.error}`);
    const lists = status.lists;
    if (
      status.state === 'idle' &&
      lists?.rankedAt > since &&
      lists.generation === status.generation &&
      status.builtAt > since
    )
      return status;
    await pause(1000);
  }
};

/**
 * Samples grouped by the phase of the status read last before each began (status is read
 * once a second, so a phase's first second may count under the one before); the CPU time of
 * each phase from its status reads: from the read that gave it to the next read's.
 */
const byPhase = (samples: Sample[], marks: Mark[]) => {
  const cpu = new Map<string, { main: number; all: number; seconds: number }>();
  for (let i = 0; i + 1 < marks.length; i += 1) {
    const [from, to] = [marks[i], marks[i + 1]];
    const used = cpu.get(from.phase) ?? { main: 0, all: 0, seconds: 0 };
    used.main += to.cpu.main - from.cpu.main;
    used.all += to.cpu.all - from.cpu.all;
    used.seconds += (to.at - from.at) / 1000;
    cpu.set(from.phase, used);
  }
  const share = (phase: string, which: 'main' | 'all') => {
    const used = cpu.get(phase);
    return used && used.seconds > 0 ? used[which] / used.seconds : 0;
  };
  const groups = new Map<string, { times: number[]; from: number; to: number }>();
  for (const sample of samples) {
    let phase = marks[0].phase;
    for (const mark of marks) if (mark.at <= sample.at) phase = mark.phase;
    const group = groups.get(phase) ?? { times: [], from: sample.at, to: sample.at };
    group.times.push(sample.ms);
    group.to = sample.at;
    groups.set(phase, group);
  }
  return [...groups].map(([phase, { times, from, to }]) => {
    const { p95, max, count } = summary(times);
    return {
      phase,
      seconds: Math.round((to - from) / 1000),
      p95,
      max,
      count,
      mainCpu: share(phase, 'main'),
      processCpu: share(phase, 'all'),
    };
  });
};

export const rebuildBench = async ({
  stories,
  workers: settings = ['auto', '0'],
}: {
  stories: number;
  workers?: string[];
}): Promise<RebuildRow[]> => {
  const db = await database('sqlite', `newsroom_rebuild_${process.pid}`);
  const children: ChildProcess[] = [];
  const rows: RebuildRow[] = [];
  try {
    execFileSync(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, 'topology-seed.ts'), String(stories)],
      { cwd: appDir, env: { ...baseEnv(db.env), NEWSROOM_INDEXER: 'false' }, stdio: 'inherit' }
    );
    console.error(`rebuild: ${stories} stories seeded`);
    for (const workers of settings) {
      const indexer = await start({ ...db.env, NEWSROOM_INDEXER_WORKERS: workers });
      children.push(indexer.child);
      const token = await login(indexer.url);
      await settled(indexer.url, token);
      console.error(`rebuild: workers=${workers} ready`);
      const pid = indexer.child.pid!;
      // the quiet indexer too, for what the probe requests alone cost its main thread
      const quietSamples: Sample[] = [];
      const quietMarks: Mark[] = [{ at: performance.now(), phase: 'quiet', cpu: cpuSeconds(pid) }];
      const quiet = await probe(indexer.url, token, pause(20_000), quietSamples);
      quietMarks.push({ at: performance.now(), phase: 'end', cpu: cpuSeconds(pid) });
      let peak = rssMb(indexer.child);
      const sampler = setInterval(() => (peak = Math.max(peak, rssMb(indexer.child))), 500);
      const since = new Date().toISOString();
      await fetch(`${indexer.url}/newsroom/index/rebuild`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: '{}',
      });
      const marks: Mark[] = [{ at: performance.now(), phase: 'reading', cpu: cpuSeconds(pid) }];
      const samples: Sample[] = [];
      const finished = settled(indexer.url, token, since, marks, pid);
      const rebuilding = await probe(indexer.url, token, finished, samples);
      clearInterval(sampler);
      const status = await finished;
      const rankS = status.lists.durationMs / 1000;
      rows.push({
        workers,
        quiet,
        rebuilding,
        phases: [...byPhase(quietSamples, quietMarks), ...byPhase(samples, marks)],
        buildS: status.durationMs / 1000,
        rankS,
        listsPerS: status.lists.total / rankS,
        workerMemory: status.lists.workerMemory ?? [],
        peakRssMb: peak,
      });
      console.error(`rebuild: workers=${workers} ${JSON.stringify(rows[rows.length - 1])}`);
      indexer.child.kill();
      await pause(2000);
    }
  } finally {
    for (const child of children) child.kill();
    await db.drop();
  }
  return rows;
};

const ms = (p: Probe) => `${p.p50} / ${p.p95} (${p.max})`;
const percent = (share: number) => `${Math.round(share * 100)}%`;

export const rebuildTable = (rows: RebuildRow[], stories: number, threads: number) => [
  `## Serving while ${stories.toLocaleString('en')} stories are rebuilt (SQLite, one indexer process)`,
  '',
  'Requests one after another, 100 ms apart, to `/_health`, a Content API list',
  '(`/api/newsroom/articles`, 10 titles) and the admin story search (`/newsroom/search`): on a',
  'quiet indexer for 20 s, then from `POST /newsroom/index/rebuild` until every related list of',
  'the new generation is ranked and stored. `indexerWorkers`: `auto` is this machine',
  `(${threads} threads); 0 builds and ranks on the main thread, between requests. Latency`,
  'p50 / p95 (max) in ms. By phase: each request under the phase `GET /newsroom/index/status`',
  'gave last before it began (read once a second). Reproduce with',
  `\`npm run bench -- --only=rebuild --stories=${stories} --workers=${rows.map((r) => r.workers).join(',')}\`.`,
  '',
  '| indexerWorkers | route | quiet | during the rebuild | requests |',
  '| --- | --- | ---: | ---: | ---: |',
  ...rows.flatMap((r) =>
    Object.keys(PATHS).map(
      (name) =>
        `| ${r.workers} | ${name} | ${ms(r.quiet[name])} | ${ms(r.rebuilding[name])} | ${r.rebuilding[name].count} |`
    )
  ),
  '',
  'By phase, also the CPU time of the indexer process: of its main thread (the one that answers',
  'requests) and of all its threads, each as a share of one core over the phase; `quiet` is',
  'the quiet indexer answering the same requests, what they cost alone.',
  '',
  '| indexerWorkers | phase of the rebuild | about | p95 (max), every route | requests | main thread CPU | process CPU |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
  ...rows.flatMap((r) =>
    (r.phases ?? []).map(
      (p) =>
        `| ${r.workers} | ${p.phase} | ${p.seconds} s | ${p.p95} (${p.max}) | ${p.count} | ${percent(p.mainCpu)} | ${percent(p.processCpu)} |`
    )
  ),
  '',
  'Main thread per list: its CPU share while the lists are ranked, less what the probe requests',
  'cost it (its quiet share per request), over the lists ranked a second: what taking in and',
  'storing a list costs the one thread every worker hands its lists to, so the most lists a',
  'second any number of workers can give (CPU time: time blocked in I/O is not counted; with',
  '`0`, the main thread ranks too).',
  '',
  '| indexerWorkers | build (read, analyse, save) | rank every list | lists/s | main thread per list | at most, any workers | memory per worker (heap + buffers) | peak RSS |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => {
    const perList = mainMsPerList(r);
    return `| ${r.workers} | ${r.buildS.toFixed(0)} s | ${r.rankS.toFixed(0)} s | ${r.listsPerS.toFixed(0)} | ${perList ? `${perList.toFixed(2)} ms` : '–'} | ${perList && r.workers !== '0' ? `${Math.round(1000 / perList)} lists/s` : '–'} | ${r.workerMemory.map((m) => `${m.heapMb} + ${m.externalMb} MB`).join(', ') || '–'} | ${r.peakRssMb.toFixed(0)} MB |`;
  }),
  '',
];

/**
 * The main thread's CPU per list ranked, in ms: its share of a core while ranking, less what the
 * probe requests cost it (its share on the quiet indexer, per request, times the requests
 * answered while ranking), over the lists a second.
 */
export const mainMsPerList = (row: Pick<RebuildRow, 'phases' | 'listsPerS'>) => {
  const of = (name: string) => row.phases.find((p) => p.phase === name);
  const [ranking, quiet] = [of('ranking lists'), of('quiet')];
  if (!ranking || !quiet || !(row.listsPerS > 0) || !(quiet.count > 0)) return undefined;
  const rate = (p: typeof ranking) => p.count / Math.max(1, p.seconds);
  const requests = quiet.mainCpu * (rate(ranking) / rate(quiet));
  return (Math.max(0, ranking.mainCpu - requests) * 1000) / row.listsPerS;
};
