/**
 * Before end-to-end tests: everything the integration set-up does (plugin bundle, playground
 * compiled), then the playground's admin panel (`strapi build`, about a minute) when it is
 * missing or older than the plugin's admin bundle or the playground's sources.
 */
const { execSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const integrationSetup = require('./global-setup');
const { playgroundAdmin } = require('../../scripts/build-inputs');

const { newest, run } = integrationSetup;

const root = path.join(__dirname, '..', '..');
const playground = path.join(root, 'playground');

/**
 * The tests drive Debian's Chromium. On a Debian machine where we are root (a fresh CI or demo
 * machine) a missing browser is installed from Debian's packages, so `npm test` needs no
 * manual step; anywhere else the tests stop with the command to run.
 */
const ensureChromium = () => {
  const executable = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (fs.existsSync(executable)) return;
  const canInstall =
    !process.env.CHROMIUM_PATH &&
    typeof process.getuid === 'function' &&
    process.getuid() === 0 &&
    fs.existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    throw new Error(
      `end-to-end tests need Chromium at ${executable}: run "sudo apt-get install -y chromium" ` +
        '(Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium or Chrome binary'
    );
  }
  process.stderr.write(
    '\ninstalling Chromium for the end-to-end tests: apt-get install chromium\n'
  );
  execSync('apt-get update -qq && apt-get install -y -qq chromium', {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
};

module.exports = async () => {
  ensureChromium();
  await integrationSetup();
  const built = path.join(playground, 'dist', 'build', 'index.html');
  const sources = Math.max(
    newest(path.join(root, 'dist', 'admin')),
    newest(path.join(playground, 'src', 'admin')),
    newest(path.join(playground, 'config'))
  );
  if (!fs.existsSync(built) || fs.statSync(built).mtimeMs < sources) {
    run('npx strapi build', {
      cwd: playground,
      env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true', NODE_ENV: 'production' },
    });
  }
  // the admin panel is its sources' build: `npm run demo` need not build it again
  playgroundAdmin(root).done();
};
