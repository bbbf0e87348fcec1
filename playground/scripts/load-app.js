/**
 * The playground's Strapi, loaded in this process for a command-line task (import, reindex).
 * The TypeScript compile (`compileStrapi`: the TypeScript compiler with Strapi's types, over
 * 400 MB) runs in a child process, and only when the playground's sources changed since the
 * last compile, so the task's memory is Strapi's and its own.
 */
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const { playgroundCompile } = require('../../scripts/build-inputs');

const appDir = path.join(__dirname, '..');

const compile = () => {
  const stamp = playgroundCompile(path.join(appDir, '..'));
  if (stamp.unchanged()) return;
  console.error('[newsroom] compiling the playground (its sources changed since the last build)');
  const { status } = spawnSync(
    process.execPath,
    ['-e', 'require("@strapi/strapi").compileStrapi({ appDir: process.argv[1] })', appDir],
    { cwd: appDir, stdio: 'inherit' }
  );
  if (status !== 0) throw new Error(`compiling the playground failed (exit code ${status})`);
  stamp.done();
};

/** Compiles the playground if needed, then loads its Strapi (not listening); answers the app. */
const loadApp = async () => {
  compile();
  process.chdir(appDir); // Strapi reads .env from the working directory when it is loaded
  const { createStrapi } = require('@strapi/strapi');
  return createStrapi({ appDir, distDir: path.join(appDir, 'dist') }).load();
};

module.exports = { loadApp, appDir };
