/**
 * Before integration tests: build the plugin if its bundle is missing or older than its
 * sources (Strapi silently skips a plugin whose server bundle is not built), and compile
 * the playground's TypeScript once for every test file.
 */
const { execSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..', '..');

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

const setup = async () => {
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  const bundle = path.join(root, 'dist', 'server', 'index.js');
  const sources = ['server/src', 'admin/src', 'content-types', 'shared'].map((dir) =>
    newest(path.join(root, dir))
  );
  if (!fs.existsSync(bundle) || fs.statSync(bundle).mtimeMs < Math.max(...sources)) {
    run('npm run build', { cwd: root });
  }
  const { compileStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir: path.join(root, 'playground') });
};

module.exports = setup;
module.exports.newest = newest;
module.exports.run = run;
