import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import Database from 'better-sqlite3';

import { writeArchive } from '../../bench/import-data';
import type { ImportReport } from '../../shared/contracts/import';
import { within } from '../helpers/strapi-process';
import { startApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
/** How long the other writer holds the database, once the import has begun. */
const HOLD_MS = 1500;

const onSqlite = (process.env.DATABASE_CLIENT ?? 'sqlite') === 'sqlite';

/**
 * SQLite has one writer: while an indexer (another Strapi process on the same file) saves
 * ranked lists, every other write waits, and fails with SQLITE_BUSY once SQLite's busy timeout
 * is over. Here a second connection plays the indexer, deterministically: it holds a write
 * transaction, and ends it a bounded time after the import began. The import must wait it out
 * (`importer.busyRetryMs`) and land every line, on the bulk path and on the per-line path.
 */
(onSqlite ? describe : describe.skip)(
  'Importing into a SQLite site whose indexer holds the database',
  () => {
    let app: TestApp;
    let other: Database.Database;
    const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-busy-'));
    const importer = () => app.strapi.plugin('newsroom').service('importer');

    beforeAll(async () => {
      app = await startApp();
      other = new Database(process.env.DATABASE_FILENAME!, { timeout: 0 });
      other.exec('CREATE TABLE IF NOT EXISTS busy_probe (at INTEGER)');
    }, 300_000);
    afterAll(async () => {
      other?.close();
      await app?.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    /**
     * The other writer takes the database (a write in an open transaction) and lets it go
     * `HOLD_MS` after `run` began; answers what `run` answered and when the hold ended.
     */
    const whileHeld = async <T>(run: () => Promise<T>) => {
      // the app's own index writes end first (waited for here, never in a blocking call)
      await within(60_000, async () => {
        try {
          other.exec('BEGIN IMMEDIATE');
          return true;
        } catch (error) {
          if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) return false;
          throw error;
        }
      });
      const probe = other.prepare('INSERT INTO busy_probe (at) VALUES (?)').run(Date.now());
      let releasedAt = 0;
      const release = setTimeout(() => {
        other.exec('COMMIT');
        releasedAt = Date.now();
      }, HOLD_MS);
      const started = Date.now();
      try {
        const result = await run();
        return { result, started, releasedAt, finished: Date.now(), probe: probe.lastInsertRowid };
      } finally {
        clearTimeout(release);
        if (other.inTransaction) other.exec('ROLLBACK');
      }
    };

    const storiesOf = (prefix: string) =>
      app.strapi.db
        .query(ARTICLE)
        .count({ where: { externalId: { $startsWith: prefix }, publishedAt: null } });

    it.each([
      ['the bulk path', 'bulk-', {}],
      ['the per-line path', 'line-', { batchSize: 1 }],
    ])(
      'lands every line on %s while another writer holds the database',
      async (_, prefix, options) => {
        const file = path.join(dir, `${prefix}import.ndjson`);
        const lines = 40;
        await writeArchive(file, lines, prefix, 3);
        const { result, started, releasedAt, finished, probe } = await whileHeld(
          () => importer().importFile(file, options) as Promise<ImportReport>
        );
        // the hold really overlapped the import: it ended while the import was waiting for it
        expect(releasedAt).toBeGreaterThanOrEqual(started + HOLD_MS - 5);
        expect(releasedAt).toBeLessThanOrEqual(finished);
        expect(result.errors).toEqual([]);
        expect(result).toMatchObject({ created: lines, failed: 0 });
        expect(await storiesOf(prefix)).toBe(lines);
        // the other writer's transaction was committed, not undone
        expect(
          other.prepare('SELECT COUNT(*) AS n FROM busy_probe WHERE rowid = ?').get(probe)
        ).toEqual({
          n: 1,
        });
      },
      300_000
    );
  }
);
