#!/usr/bin/env node
/**
 * npm run demo — the demo newsroom in one command, on a fresh clone:
 * installs dependencies (root and playground, one npm workspace) if they are missing,
 * builds the plugin and the playground's admin, then starts Strapi. On its first start the
 * playground seeds the UNIAN story and the BBC corpus and prints the admin login.
 * Uses Node's standard library only, so it runs before anything is installed.
 */
const { spawnSync } = require('node:child_process');
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
step('building the plugin', ['run', 'build']);
require(path.join(root, 'playground', 'scripts', 'ensure-env.js')).ensureEnv();
fs.mkdirSync(path.join(root, 'playground', 'public', 'uploads'), { recursive: true });
step('building the demo app and its admin panel', ['run', 'build', '-w', 'playground']);
step('starting the demo newsroom', ['run', 'start', '-w', 'playground']);
