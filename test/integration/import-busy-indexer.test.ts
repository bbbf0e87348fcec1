import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { writeArchive } from '../../bench/import-data';
import type { ChildServer } from '../helpers/child-server';
import { http } from '../helpers/http';
import { startStrapiProcess, within } from '../helpers/strapi-process';
import { startApp, type TestApp } from '../helpers/strapi';

const INDEX_STATE = 'plugin::newsroom.index-state';
/** Stories already on the site (enough for the indexer to be ranking lists for a while). */
const SEED = 2500;
/** Stories imported while it ranks. */
const IMPORTED = 1500;

const onSqlite = (process.env.DATABASE_CLIENT ?? 'sqlite') === 'sqlite';

/**
 * SQLite has one writer. An import (here a web instance, as `npm run import` is) into a site
 * whose indexer, another Strapi process on the same file, is ranking and saving related lists
 * must land every line: the indexer's writes come in short transactions and the importer waits
 * out a busy database instead of reporting the line as failed.
 */
(onSqlite ? describe : describe.skip)(
  'Importing into a SQLite site whose indexer is ranking',
  () => {
    let app: TestApp;
    let indexer: ChildServer | undefined;
    const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-busy-'));
    const importer = () => app.strapi.plugin('newsroom').service('importer');

    beforeAll(async () => {
      process.env.NEWSROOM_INDEXER = 'false'; // this process imports, as the command does
      app = await startApp();
      indexer = await startStrapiProcess({ NEWSROOM_INDEXER: 'true' }, { timeoutMs: 240_000 });
      // the indexer rebuilds its index for the seeded stories, saves it, then ranks the lists
      const seed = path.join(dir, 'seed.ndjson');
      await writeArchive(seed, SEED, 'seed-', 1);
      expect(await importer().importFile(seed)).toMatchObject({ created: SEED, failed: 0 });
      // the indexer has taken the seeded stories in: it rebuilds, saves and ranks (writes)
      await within(300_000, async () => {
        const generations = await app.strapi.db
          .query(INDEX_STATE)
          .count({ where: { stories: { $gt: SEED / 2 } } }); // a tenth are drafts
        return generations > 0;
      });
    }, 900_000);
    afterAll(async () => {
      await indexer?.stop();
      await app?.stop();
      delete process.env.NEWSROOM_INDEXER;
      rmSync(dir, { recursive: true, force: true });
    });

    it('lands every line while the indexer ranks and saves lists', async () => {
      const file = path.join(dir, 'import.ndjson');
      await writeArchive(file, IMPORTED, 'busy-', 2);
      const report = await importer().importFile(file);
      expect(report.errors).toEqual([]);
      expect(report).toMatchObject({ created: IMPORTED, failed: 0 });

      // every story is there, and every published one readable over the Content API
      const published = readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line && JSON.parse(line).publishedAt).length;
      const reply = await http(app.url).get(
        '/api/newsroom/articles?filters[externalId][$startsWith]=busy-&pagination[pageSize]=1'
      );
      expect(reply.body.meta.pagination.total).toBe(published);
      const drafts = await app.strapi.db
        .query('plugin::newsroom.article')
        .count({ where: { externalId: { $startsWith: 'busy-' }, publishedAt: null } });
      expect(drafts).toBe(IMPORTED);
    }, 600_000);
  }
);
