#!/usr/bin/env node
/**
 * npm run reindex — rebuilds the related-story index from the published stories and saves it
 * in the database (a new generation, made current once complete), showing progress. Running
 * servers keep serving the previous generation meanwhile and load the new one when it is done.
 */
const { ensureEnv } = require('./ensure-env');
const { loadApp } = require('./load-app');

/** 75 → `1 min 15 s`, 4000 → `1 h 7 min`. */
const formatEta = (seconds = 0) => {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = Math.round(seconds % 60);
  if (h > 0) return `${h} h ${m} min`;
  return m > 0 ? `${m} min ${s} s` : `${s} s`;
};

const main = async () => {
  ensureEnv();
  process.env.NEWSROOM_DEMO_CONTENT = process.env.NEWSROOM_DEMO_CONTENT || 'none';
  process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'warn';
  const app = await loadApp();
  const related = app.plugin('newsroom').service('related-index');
  await related.ready();
  const status = await related.rebuild({
    onProgress: ({ phase, done, total, rate, etaSeconds }) =>
      process.stderr.write(
        `${phase}: ${done}/${total}` +
          (rate ? `, ${Math.round(rate)}/s, about ${formatEta(etaSeconds)} left` : '') +
          '\n'
      ),
  });
  console.log(JSON.stringify(status));
  await app.destroy();
  process.exit(status.state === 'failed' ? 1 : 0);
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
