/**
 * Is a build output still made from the same inputs? A build's inputs (files and folders) are
 * hashed by content; the hash is stored beside the output after a build, and the next run
 * skips the build when the inputs hash the same. Content, not modification times: a checkout
 * or a copy touches every file without changing one.
 * Uses Node's standard library only, like scripts/demo.js.
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const SKIPPED = new Set(['node_modules', 'dist', '.tmp', '.cache', 'build', '.strapi']);
/** Written by the documentation plugin at every start (git ignores it): not an input. */
const GENERATED = path.join('src', 'extensions', 'documentation');

/** Every file below `target` (or `target` itself), sorted, skipping outputs and dependencies. */
const filesOf = (target) => {
  if (!fs.existsSync(target)) return [];
  if (!fs.statSync(target).isDirectory()) return [target];
  return fs
    .readdirSync(target, { withFileTypes: true })
    .filter((entry) => !SKIPPED.has(entry.name))
    .filter((entry) => !path.join(target, entry.name).endsWith(GENERATED))
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => filesOf(path.join(target, entry.name)));
};

/** A hash of the inputs' paths (relative to `root`) and contents. */
const inputsHash = (root, inputs) => {
  const hash = crypto.createHash('sha256');
  for (const file of inputs.flatMap((input) => filesOf(path.join(root, input)))) {
    hash.update(path.relative(root, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
};

/**
 * A build step's record: `unchanged()` when the stamp beside the output holds the inputs' hash
 * and every output named exists; `done()` writes the stamp after a successful build.
 */
const buildStamp = ({ root, inputs, stamp, outputs = [] }) => {
  const hash = inputsHash(root, inputs);
  const stampFile = path.join(root, stamp);
  return {
    unchanged: () =>
      outputs.every((output) => fs.existsSync(path.join(root, output))) &&
      fs.existsSync(stampFile) &&
      fs.readFileSync(stampFile, 'utf8').trim() === hash,
    done: () => {
      fs.mkdirSync(path.dirname(stampFile), { recursive: true });
      fs.writeFileSync(stampFile, `${hash}\n`);
    },
  };
};

/**
 * The plugin's own build (`npm run build`): its sources, manifests and build configuration.
 * Its stamp is kept out of dist/, which is published.
 */
const pluginBuild = (root) =>
  buildStamp({
    root,
    inputs: [
      'admin/src',
      'server/src',
      'client/src',
      'content-types',
      'shared',
      'package.json',
      'package-lock.json',
      'admin/tsconfig.json',
      'admin/tsconfig.build.json',
      'server/tsconfig.json',
      'server/tsconfig.build.json',
      'client/tsconfig.json',
      'client/tsconfig.build.json',
    ],
    stamp: 'node_modules/.cache/newsroom/plugin-build-inputs',
    outputs: ['dist/server/index.js', 'dist/admin/index.js', 'dist/client/index.js'],
  });

/** The playground's server code compiled from TypeScript (what `compileStrapi` writes). */
const PLAYGROUND_SERVER = [
  'playground/src',
  'playground/config',
  'playground/tsconfig.json',
  'playground/package.json',
];

const playgroundCompile = (root) =>
  buildStamp({
    root,
    inputs: PLAYGROUND_SERVER,
    stamp: 'playground/dist/.compile-inputs',
    outputs: ['playground/dist/config/server.js', 'playground/dist/src/index.js'],
  });

/** The playground's admin panel (`strapi build`): its code, and the plugin's admin it bundles. */
const playgroundAdmin = (root) =>
  buildStamp({
    root,
    inputs: [...PLAYGROUND_SERVER, 'dist/admin', 'package-lock.json'],
    stamp: 'playground/dist/.admin-build-inputs',
    outputs: ['playground/dist/build/index.html'],
  });

module.exports = { inputsHash, buildStamp, pluginBuild, playgroundCompile, playgroundAdmin };
