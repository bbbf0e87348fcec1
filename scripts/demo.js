#!/usr/bin/env node
/**
 * npm run demo — the demo newsroom in one command, on a fresh clone:
 * installs dependencies (root and playground, one npm workspace) if they are missing,
 * builds the plugin and the playground's admin when their inputs changed since the last build
 * (a hash of the inputs is stored beside each output: scripts/build-inputs.js), then starts
 * Strapi. On its first start the
 * playground seeds the UNIAN story and the BBC corpus and prints the admin login; then this
 * script says how to start the reference reader site beside it (`npm run site`).
 * Uses Node's standard library only, so it runs before anything is installed.
 */
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
process.env.STRAPI_TELEMETRY_DISABLED = process.env.STRAPI_TELEMETRY_DISABLED || 'true';

const step = (title, args) => {
  console.log(`\n[newsroom demo] ${title}: npm ${args.join(' ')}`);
  const result = spawnSync(npm, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!fs.existsSync(path.join(root, 'node_modules', '.package-lock.json'))) {
  step('installing dependencies (a few minutes, once)', ['ci', '--no-audit', '--no-fund']);
}
const { pluginBuild, playgroundAdmin, playgroundCompile } = require('./build-inputs');

/** Runs a build step unless its inputs are those of the last build, saying which; answers if it ran. */
const build = (stamp, title, args, unchanged) => {
  if (stamp.unchanged()) {
    console.log(`\n[newsroom demo] ${unchanged}`);
    return false;
  }
  step(title, args);
  stamp.done();
  return true;
};

build(
  pluginBuild(root),
  'building the plugin',
  ['run', 'build'],
  'plugin unchanged since its last build, skipping its build'
);
require(path.join(root, 'playground', 'scripts', 'ensure-env.js')).ensureEnv();
fs.mkdirSync(path.join(root, 'playground', 'public', 'uploads'), { recursive: true });
const built = build(
  playgroundAdmin(root),
  'building the demo app and its admin panel',
  ['run', 'build', '-w', 'playground'],
  'demo app and admin panel unchanged since their last build, skipping their build'
);
// `strapi build` compiled the playground too: `npm run import` and `reindex` need not compile it
if (built) playgroundCompile(root).done();

/** Once the newsroom is up: how to read it on the reference site (examples/news-site). */
const siteHint = () => {
  const port = process.env.PORT || '1337';
  console.log(
    `\n[newsroom demo] the reader site beside it, in another terminal:\n` +
      `  NEWSROOM_URL=http://localhost:${port} npm run site   # http://localhost:3000\n` +
      `  then open http://localhost:3000/news/all-allies-agree-that-ukraine-will-become-a-member-of-nato\n`
  );
};

/** Calls `then` once the server answers its health check (it logs the login just before). */
const whenUp = (then, tries = 120) => {
  fetch(`http://127.0.0.1:${process.env.PORT || '1337'}/_health`)
    .then((response) => (response.ok ? then() : Promise.reject(new Error('not yet'))))
    .catch(() => tries > 0 && setTimeout(() => whenUp(then, tries - 1), 500));
};

console.log('\n[newsroom demo] starting the demo newsroom: npm run start -w playground');
const server = spawn(npm, ['run', 'start', '-w', 'playground'], {
  cwd: root,
  env: { FORCE_COLOR: process.stdout.isTTY ? '1' : '0', ...process.env },
  stdio: ['inherit', 'pipe', 'inherit'],
});
let hinted = false;
server.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  if (!hinted && String(chunk).includes('[newsroom demo] log in at')) {
    hinted = true;
    whenUp(siteHint);
  }
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.once('exit', (code) => process.exit(code ?? 0));
