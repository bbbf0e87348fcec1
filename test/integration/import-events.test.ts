import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

import { adminLogin, SUPER_ADMIN } from '../helpers/admin';
import type { ChildServer } from '../helpers/child-server';
import { http } from '../helpers/http';
import { startStrapiProcess, within } from '../helpers/strapi-process';
import { startApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const INDEX_STATE = 'plugin::newsroom.index-state';
const INDEX_EVENT = 'plugin::newsroom.index-event';
const FIXTURE = path.join(__dirname, '..', 'fixtures', 'import-sample.ndjson');
const IMPORT = path.join(__dirname, '..', '..', 'playground', 'scripts', 'import.js');

/**
 * `npm run import` is a web instance (`indexer: false`): it never loads the related index, and
 * its stories reach the index as events. An indexer that was not following the event log while
 * the import ran (stopped, or not started yet) replays them from the saved generation's cursor.
 */
describe('npm run import reports its stories to the indexers', () => {
  let app: TestApp;
  let later: ChildServer | undefined;

  beforeAll(async () => {
    app = await startApp();
  });

  afterAll(async () => {
    await later?.stop();
    await app?.stop();
  });

  it('an indexer started after the import replays the stories the import wrote', async () => {
    const related = app.strapi.plugin('newsroom').service('related-index');
    await related.ready();
    await within(60_000, async () => related.status().state === 'idle');
    // this indexer stops following the event log, as if it were down during the import
    await app.strapi.plugin('newsroom').service('index-sync').stop();
    const state = await app.strapi.db
      .query(INDEX_STATE)
      .findOne({ where: { state: 'ready' }, orderBy: { id: 'desc' } });
    expect(typeof state.eventCursor).toBe('number');

    const result = await promisify(execFile)('node', [IMPORT, FIXTURE], {
      env: process.env,
    }).catch((error) => error);
    const summary = JSON.parse(result.stdout.trim().split('\n').pop());
    expect(summary).toMatchObject({ created: 4 });

    // each imported story is an event of a web instance, after the saved generation's cursor
    const events = (await app.strapi.db
      .query(INDEX_EVENT)
      .findMany({ where: { id: { $gt: state.eventCursor } } })) as Array<{
      origin: string;
      storyDocumentId: string;
    }>;
    const fromWeb = new Set(
      events.filter((event) => event.origin.startsWith('web:')).map((e) => e.storyDocumentId)
    );
    const imported = (await app.strapi.db.query(ARTICLE).findMany({
      where: { externalId: { $startsWith: 'arch-' } },
      select: ['documentId'],
    })) as Array<{ documentId: string }>;
    expect(imported.length).toBeGreaterThanOrEqual(4);
    expect(imported.filter((row) => !fromWeb.has(row.documentId))).toEqual([]);

    const published = await app.strapi.db
      .query(ARTICLE)
      .count({ where: { publishedAt: { $notNull: true } } });
    expect(published).toBeGreaterThan(related.status().stories);

    // a new indexer loads the saved generation (no build) and replays what it lacks
    later = await startStrapiProcess();
    const admin = http(
      later.url,
      await adminLogin(later.url, SUPER_ADMIN.email, SUPER_ADMIN.password)
    );
    await within(60_000, async () => {
      const status = (await admin.get('/newsroom/index/status')).body.data;
      return status.source === 'loaded' && status.stories === published;
    });
    const status = (await admin.get('/newsroom/index/status')).body.data;
    expect(status).toMatchObject({ role: 'indexer', source: 'loaded', generation: state.id });
  });
});
