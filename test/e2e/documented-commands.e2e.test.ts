import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { freePort } from '../helpers/playground';

/**
 * The commands the README and docs/ give, run as a user runs them (`npm run …` in a child
 * process, from the folder the docs say) on one fresh database, each judged by its exit code
 * and what it left: the imports' summaries and the stories the Content API then serves, the
 * related-story index rebuilt, the demo newsroom answering with its login printed (its
 * builds skipped: their inputs did not change since the test set-up built them), and the
 * reference site rendering an imported story.
 */
const root = path.join(__dirname, '..', '..');
const playground = path.join(root, 'playground');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

let database: TestDatabase;
let tmp: string;

type Ran = { code: number | null; stdout: string; stderr: string };

/** `npm <args>` in `cwd` (a shell for the docs' redirections), on the test's database. */
const run = (command: string, cwd: string, env: Record<string, string> = {}) =>
  new Promise<Ran>((resolve, reject) => {
    const child = spawn(command, {
      cwd,
      shell: true,
      env: { ...process.env, ...database.env, ...env, STRAPI_TELEMETRY_DISABLED: 'true' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });

/** Exit code and the end of the output, so that a failure shows why. */
const outcome = (ran: Ran) => ({ code: ran.code, output: ran.stderr.slice(-3000) });

/** The JSON summary an import prints last. */
const summary = (ran: Ran) => JSON.parse(ran.stdout.trim().split('\n').pop()!);

/** Starts a long-running command in its own process group; answers it and its output so far. */
const start = (args: string[], env: Record<string, string>) => {
  const child = spawn(npm, args, {
    cwd: root,
    detached: true,
    env: { ...process.env, ...database.env, ...env, STRAPI_TELEMETRY_DISABLED: 'true' },
  });
  const output = { text: '' };
  child.stdout!.on('data', (chunk) => (output.text += chunk));
  child.stderr!.on('data', (chunk) => (output.text += chunk));
  return { child, output };
};

/** Stops a command started by `start` and everything it started. */
const stop = async (child: ChildProcess) => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid!, 'SIGTERM');
  const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
};

/** Polls `url` until it answers 200, or fails with the command's output. */
const answers = async (url: string, proc: ReturnType<typeof start>, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { exitCode, signalCode } = proc.child;
    if (exitCode !== null || signalCode !== null)
      throw new Error(`exited with ${exitCode ?? signalCode}:\n${proc.output.text}`);
    const response = await fetch(url).catch(() => null);
    if (response?.ok) return response;
    if (Date.now() > deadline) throw new Error(`${url} did not answer:\n${proc.output.text}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
};

beforeAll(async () => {
  database = await createTestDatabase();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-commands-'));
});

afterAll(async () => {
  await database?.drop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('the documented commands', () => {
  it('npm run import -w playground -- FILE (NDJSON, from the root): imports, reports bad lines, exits 1', async () => {
    const ran = await run(
      'npm run import -w playground -- test/fixtures/import-sample.ndjson',
      root
    );
    expect(summary(ran)).toMatchObject({ created: 4, failed: 5, linksCreated: 2 });
    expect(ran.stderr).toMatch(/^line 6: .*not valid JSON/m);
    expect(ran.stderr).not.toMatch(/heap out of memory/);
    expect(outcome(ran)).toMatchObject({ code: 1 });
  });

  it('npm run import -w playground -- FILE (a WordPress export): imports its posts', async () => {
    const ran = await run(
      'npm run import -w playground -- test/fixtures/wxr/newsroom-export.xml',
      root
    );
    const report = summary(ran);
    expect(report.created).toBeGreaterThan(0);
    expect(report.skipped).toMatchObject({ page: 1, attachment: 1 });
    expect(ran.stderr).toMatch(/^item 13\/13 \(100%\)/m);
    expect(outcome(ran)).toMatchObject({ code: report.failed > 0 ? 1 : 0 });
  });

  it('docs/import.md: converts the BBC corpus and imports it from the playground', async () => {
    const file = path.join(tmp, 'bbc.ndjson');
    const converted = await run(
      `node scripts/convert-bbc.js data/bbc-news-2095.jsonl > ${file}`,
      playground
    );
    expect(outcome(converted)).toMatchObject({ code: 0 });
    const ran = await run(`npm run import -- ${file}`, playground);
    expect(summary(ran)).toMatchObject({ created: 2095, failed: 0 });
    expect(ran.stderr).toMatch(/^line 2095 \(100%\): 2095 created/m);
    expect(outcome(ran)).toMatchObject({ code: 0 });
  }, 300_000);

  it('npm run reindex -w playground: rebuilds the related-story index', async () => {
    const ran = await run('npm run reindex -w playground', root);
    expect(outcome(ran)).toMatchObject({ code: 0 });
    const status = JSON.parse(ran.stdout.trim().split('\n').pop()!);
    // every published story: the BBC corpus, and the fixtures' published stories and posts
    expect(status.stories).toBeGreaterThan(2095);
    expect(status.state).not.toBe('failed');
    expect(ran.stderr).toMatch(/^reading: \d+\/\d+/m);
  }, 300_000);

  it('npm run demo (builds unchanged: skipped) and npm run site serve the imported stories', async () => {
    const port = await freePort();
    const demo = start(['run', 'demo'], { PORT: String(port), NEWSROOM_DEMO_CONTENT: 'unian' });
    try {
      const started = Date.now();
      await answers(`http://127.0.0.1:${port}/_health`, demo, 120_000);
      expect(demo.output.text).toMatch(/plugin unchanged since its last build, skipping/);
      expect(demo.output.text).toMatch(/admin panel unchanged since their last build, skipping/);
      expect(demo.output.text).toMatch(/log in at http:\/\/localhost:\d+\/admin as \S+ \/ \S+/);
      process.stderr.write(`npm run demo answered in ${Date.now() - started} ms\n`);

      const api = `http://127.0.0.1:${port}/api/newsroom/articles`;
      const read = async (query: string) =>
        (await (await fetch(`${api}?${query}`)).json()) as {
          data: Array<{ title: string; slug: string }>;
          meta: { pagination: { total: number } };
        };
      const count = async (filter: string) =>
        (await read(`${filter}&pagination[pageSize]=1`)).meta.pagination.total;
      expect(await count('filters[externalId][$startsWith]=bbc/')).toBe(2095);
      expect(await count('filters[externalId][$startsWith]=arch-')).toBeGreaterThan(0);
      expect(await count('filters[source][$eq]=UNIAN')).toBeGreaterThan(0);
      const [story] = (
        await read('filters[externalId][$eq]=bbc/business/1m-payoff-for-former-shell-boss')
      ).data;

      const sitePort = await freePort();
      const site = start(['run', 'site'], {
        PORT: String(sitePort),
        NEWSROOM_URL: `http://127.0.0.1:${port}`,
      });
      try {
        const page = await answers(
          `http://127.0.0.1:${sitePort}/news/${story.slug}`,
          site,
          240_000
        );
        expect(story.title).toBe('$1m payoff for former Shell boss');
        expect(await page.text()).toContain(story.title);
      } finally {
        await stop(site.child);
      }
    } finally {
      await stop(demo.child);
    }
  }, 420_000);
});
