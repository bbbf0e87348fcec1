/**
 * Before integration tests: build the plugin if its bundle is missing or older than its
 * sources (Strapi silently skips a plugin whose server bundle is not built), and compile
 * the playground's TypeScript once for every test file.
 */
const { execSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..', '..');

const newest = (dir) => {
  let latest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const time = entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs;
    latest = Math.max(latest, time);
  }
  return latest;
};

module.exports = async () => {
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  const bundle = path.join(root, 'dist', 'server', 'index.js');
  const sources = ['server/src', 'admin/src', 'content-types', 'shared'].map((dir) =>
    newest(path.join(root, dir))
  );
  if (!fs.existsSync(bundle) || fs.statSync(bundle).mtimeMs < Math.max(...sources)) {
    try {
      execSync('npm run build', { cwd: root, stdio: 'pipe' });
    } catch (error) {
      process.stderr.write(String(error.stdout) + String(error.stderr));
      throw error;
    }
  }
  const { compileStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir: path.join(root, 'playground') });
};
