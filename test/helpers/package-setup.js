/** Before the package tests: a fresh build, since they pack `dist/` as `npm publish` would. */
const { buildPlugin } = require('./global-setup');

module.exports = async () => {
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  buildPlugin();
};
