import type { AddressInfo } from 'node:net';
import path from 'node:path';

import type { Core } from '@strapi/strapi';
import { createStrapi } from '@strapi/strapi';

import { createTestDatabase, type TestDatabase } from './database';
import { appSecrets } from './secrets';

const appDir = path.join(__dirname, '..', '..', 'playground');

export type TestApp = {
  strapi: Core.Strapi;
  /** Base URL of the running server, e.g. http://127.0.0.1:41234 */
  url: string;
  /** A full-access API token, for writes through the Content API. */
  token: string;
  stop: () => Promise<void>;
};

/**
 * Strapi emits entry events (webhooks, audit) after a write has returned, each reading the
 * entry again. Destroying the app under them would fail those reads, so wait until the
 * connection pool has been idle for a few turns of the event loop.
 */
const settle = async (strapi: Core.Strapi) => {
  const pool = (strapi.db.connection as unknown as { client: { pool?: TarnPool } }).client.pool;
  if (!pool) return;
  let idleTurns = 0;
  for (let turn = 0; turn < 500 && idleTurns < 5; turn += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    idleTurns = pool.numUsed() === 0 && pool.numPendingAcquires() === 0 ? idleTurns + 1 : 0;
  }
};
type TarnPool = { numUsed(): number; numPendingAcquires(): number };

/**
 * SQLite plans without statistics, and takes the (locale) index, which is in id order, for a
 * read that also names its stories (by id, document id, slug or external id) and asks for id
 * order: it then walks every story of the locale (400 ms a read at 100,000 stories), though a
 * test's few stories never show it. Every such read a test app makes is planned on a read-only
 * connection of its own; `stop()` fails the file that made one (test/integration/list-plans.test.ts).
 */
const localeWalks = (strapi: Core.Strapi, filename: string | undefined) => {
  if (strapi.db.dialect.client !== 'sqlite' || !filename) return () => [];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Database = require('better-sqlite3');
  const planner = new Database(filename, { readonly: true });
  const planned = new Set<string>();
  const walks: string[] = [];
  const bind = (value: unknown) =>
    value instanceof Date ? value.getTime() : typeof value === 'boolean' ? Number(value) : value;
  strapi.db.connection.on('query', ({ sql, bindings }: { sql: string; bindings?: unknown[] }) => {
    if (planned.has(sql) || !/from `newsroom_articles`/.test(sql)) return;
    if (!/`t0`\.`(id|document_id|slug|external_id)` (= \?|in \()/.test(sql)) return;
    planned.add(sql);
    try {
      const steps = planner.prepare(`EXPLAIN QUERY PLAN ${sql}`).all((bindings ?? []).map(bind));
      const plan = steps.map((step: { detail: string }) => step.detail).join(' | ');
      if (/INDEX newsroom_articles_locale_idx/.test(plan)) walks.push(`${sql}\n  ${plan}`);
    } catch {
      // a statement this connection cannot plan (a table created since): not a read of stories
    }
  });
  return () => {
    planner.close();
    return walks;
  };
};

/**
 * Boots the playground's Strapi (compiled by the global set-up) on a fresh, empty database,
 * listening on a free port. The demo content is limited to the UNIAN story.
 */
export const startApp = async (): Promise<TestApp> => {
  const database: TestDatabase = await createTestDatabase();
  Object.assign(process.env, database.env, {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'error',
    STRAPI_TELEMETRY_DISABLED: 'true',
    NEWSROOM_DEMO_CONTENT: 'unian',
    ...appSecrets(),
  });

  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist') }).load();
  const walked = localeWalks(strapi, database.env.DATABASE_FILENAME);
  await strapi.server.mount();
  const httpServer = strapi.server.httpServer;
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;

  const { accessKey } = await strapi.service('admin::api-token').create({
    name: `test-${port}`,
    type: 'full-access',
    lifespan: null,
  });

  return {
    strapi,
    url: `http://127.0.0.1:${port}`,
    token: accessKey,
    stop: async () => {
      await settle(strapi);
      const walks = walked();
      await strapi.destroy();
      await database.drop();
      if (walks.length > 0) {
        throw new Error(`reads of stories walked the (locale) index:\n${walks.join('\n')}`);
      }
    },
  };
};
