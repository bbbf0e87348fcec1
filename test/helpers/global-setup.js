/**
 * Before integration tests: build the plugin if its bundle is missing or older than its
 * sources (Strapi silently skips a plugin whose server bundle is not built), and compile
 * the playground's TypeScript once for every test file, unless its inputs are unchanged since
 * the last compile.
 */
const { execSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..', '..');
const { pluginBuild, playgroundCompile } = require('../../scripts/build-inputs');

/** The newest modification time of any file below `dir` (0 when it does not exist). */
const newest = (dir) => {
  let latest = 0;
  if (!fs.existsSync(dir)) return latest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const time = entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs;
    latest = Math.max(latest, time);
  }
  return latest;
};

/** Runs a build command, showing its output only when it fails. */
const run = (command, options) => {
  try {
    execSync(command, { stdio: 'pipe', ...options });
  } catch (error) {
    process.stderr.write(String(error.stdout) + String(error.stderr));
    throw error;
  }
};

/** Builds the plugin when a bundle is missing or older than the sources it is built from. */
const buildPlugin = () => {
  const bundles = ['server/index.js', 'client/index.js', 'types/index.js'].map((file) =>
    path.join(root, 'dist', file)
  );
  const sources = ['server/src', 'admin/src', 'client/src', 'content-types', 'shared'].map((dir) =>
    newest(path.join(root, dir))
  );
  const stale = bundles.some(
    (bundle) => !fs.existsSync(bundle) || fs.statSync(bundle).mtimeMs < Math.max(...sources)
  );
  if (stale) run('npm run build', { cwd: root });
  // the bundle is the sources' build: `npm run demo` need not build it again
  pluginBuild(root).done();
};

const setup = async () => {
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  buildPlugin();
  // compiled once for unchanged inputs: test runs side by side (CI's PostgreSQL and MariaDB
  // runs) then never rewrite the compiled app while the other's Strapi is reading it
  const compiled = playgroundCompile(root);
  if (compiled.unchanged()) return;
  const { compileStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir: path.join(root, 'playground') });
  compiled.done();
};

module.exports = setup;
module.exports.newest = newest;
module.exports.buildPlugin = buildPlugin;
module.exports.run = run;
