#!/usr/bin/env node
/**
 * npm run site — the reference reader site (examples/news-site, Next.js) beside the newsroom:
 * installs its dependencies if they are missing (`npm ci` in examples/news-site: the site is
 * its own project, not a workspace of the plugin), builds it if the build is missing or older
 * than its sources, and starts it at PORT (default 3000) reading NEWSROOM_URL (default
 * http://localhost:1337). The end-to-end tests use the same functions.
 * Uses Node's standard library only, like scripts/demo.js.
 */
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const siteDir = path.join(__dirname, '..', 'examples', 'news-site');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const nextBin = path.join(siteDir, 'node_modules', 'next', 'dist', 'bin', 'next');
/** What a build is made from; anything newer than the build makes it stale. */
const SOURCES = [
  'app',
  'components',
  'lib',
  'public',
  'proxy.ts',
  'next.config.ts',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
];

const siteEnv = (extra = {}) => ({
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  ...extra,
});

/** The newest modification time of a file or of any file below a folder (0: none). */
const newest = (target) => {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of fs.readdirSync(target))
    latest = Math.max(latest, newest(path.join(target, entry)));
  return latest;
};

/** Runs a command in the site's folder; `quiet` keeps its output and shows it only on failure. */
const run = (command, args, { quiet = false } = {}) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: siteDir,
      env: siteEnv(),
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} exited with ${code}\n${output}`))
    );
  });

const installed = () => {
  const marker = path.join(siteDir, 'node_modules', '.package-lock.json');
  return (
    fs.existsSync(marker) &&
    fs.statSync(marker).mtimeMs >= fs.statSync(path.join(siteDir, 'package-lock.json')).mtimeMs
  );
};

const built = () => {
  const buildId = path.join(siteDir, '.next', 'BUILD_ID');
  if (!fs.existsSync(buildId)) return false;
  const sources = Math.max(...SOURCES.map((name) => newest(path.join(siteDir, name))));
  return fs.statSync(buildId).mtimeMs >= sources;
};

/**
 * Installs and builds the site when needed. Answers what it did and how long each step took
 * (`{ install: ms | null, build: ms | null }`, null: not needed).
 */
const prepareSite = async ({ quiet = false, log = console.log } = {}) => {
  const timings = { install: null, build: null };
  if (!installed()) {
    log('[news site] installing its dependencies: npm ci in examples/news-site');
    const started = Date.now();
    await run(npm, ['ci', '--no-audit', '--no-fund'], { quiet });
    timings.install = Date.now() - started;
    log(`[news site] installed in ${Math.round(timings.install / 1000)} s`);
  }
  if (!built()) {
    log('[news site] building it: next build');
    const started = Date.now();
    await run(process.execPath, [nextBin, 'build'], { quiet });
    timings.build = Date.now() - started;
    log(`[news site] built in ${Math.round(timings.build / 1000)} s`);
  }
  return timings;
};

/** Starts the built site (`next start`); answers the child process. */
const startSite = ({
  port = 3000,
  host,
  newsroomUrl = 'http://localhost:1337',
  env = {},
  stdio,
} = {}) =>
  spawn(process.execPath, [nextBin, 'start', '-p', String(port), ...(host ? ['-H', host] : [])], {
    cwd: siteDir,
    env: siteEnv({ NEWSROOM_URL: newsroomUrl, ...env }),
    stdio: stdio ?? 'inherit',
  });

module.exports = { siteDir, prepareSite, startSite };

if (require.main === module) {
  const port = Number(process.env.PORT || 3000);
  const newsroomUrl = process.env.NEWSROOM_URL || 'http://localhost:1337';
  prepareSite()
    .then(() => {
      console.log(`[news site] starting at http://localhost:${port}, reading ${newsroomUrl}`);
      const child = startSite({ port, newsroomUrl });
      for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
      child.once('exit', (code) => process.exit(code ?? 0));
    })
    .catch((error) => {
      console.error(error.message);
      process.exit(1);
    });
}
