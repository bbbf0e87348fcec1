import type { Core } from '@strapi/strapi';

import { UID } from '../../../shared/contracts/uids';
import { describe } from './link-graph';

/** Shortest query the trigram index can look up: one trigram. */
export const MIN_INDEXED_LENGTH = 3;

/** A quoted SQLite identifier. */
const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
/** A quoted SQLite string. */
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** The headline index of a running Strapi, once `ensureHeadlineIndex` has made it. */
const ready = new WeakMap<Core.Strapi, { table: string }>();

/**
 * A full-text index of the headlines on SQLite: an FTS5 table with the trigram tokenizer over
 * the articles table's titles (external content: the titles are not stored twice), kept up to
 * date by three triggers on that table. It answers "headline contains q" (case-insensitive,
 * Unicode case folding: "нато" finds "НАТО") for a q of three characters or more from the
 * index instead of reading every row: the admin's story search over 200,000 rows went from about
 * 300 ms to a few. On SQLite that matters beyond the search itself: better-sqlite3 is
 * synchronous, so a long query holds the event loop and every request of the process waits.
 * PostgreSQL and MariaDB answer the search asynchronously and keep the `LIKE` scan.
 *
 * Made at start-up when missing. Strapi leaves tables it did not create alone; when it
 * rebuilds the articles table (SQLite alters some columns by copying the table), the triggers
 * go with the old table and are made again here, and the index is rebuilt from the titles
 * (about 2 s for 200,000 rows) since writes may have happened without them.
 */
export const ensureHeadlineIndex = async (strapi: Core.Strapi) => {
  if (strapi.db.dialect.client !== 'sqlite') return;
  const knex = strapi.db.connection;
  const A = describe(strapi, UID.article);
  const title = A.column('title');
  const table = `${A.table}_titles`;
  const names = ['ai', 'ad', 'au'].map((suffix) => `${table}_${suffix}`);
  try {
    const existing: Array<{ name: string }> = await knex
      .select('name')
      .from('sqlite_master')
      .whereIn('name', [table, ...names]);
    const has = new Set(existing.map((row) => row.name));
    if (has.has(table) && names.every((name) => has.has(name))) {
      ready.set(strapi, { table });
      return;
    }
    const started = Date.now();
    await knex.transaction(async (trx) => {
      // a virtual table's arguments are tokens, not values: no bindings
      await trx.raw(
        `CREATE VIRTUAL TABLE IF NOT EXISTS ${q(table)} USING fts5(${q(title)}, content=${literal(A.table)}, content_rowid='id', tokenize='trigram')`
      );
      const remove = `INSERT INTO ${q(table)}(${q(table)}, rowid, ${q(title)}) VALUES ('delete', old.id, old.${q(title)});`;
      const add = `INSERT INTO ${q(table)}(rowid, ${q(title)}) VALUES (new.id, new.${q(title)});`;
      const [inserted, deleted, updated] = names.map(q);
      await trx.raw(
        `CREATE TRIGGER IF NOT EXISTS ${inserted} AFTER INSERT ON ${q(A.table)} BEGIN ${add} END`
      );
      await trx.raw(
        `CREATE TRIGGER IF NOT EXISTS ${deleted} AFTER DELETE ON ${q(A.table)} BEGIN ${remove} END`
      );
      await trx.raw(
        `CREATE TRIGGER IF NOT EXISTS ${updated} AFTER UPDATE OF ${q(title)} ON ${q(A.table)} BEGIN ${remove} ${add} END`
      );
      await trx.raw(`INSERT INTO ?? (??) VALUES ('rebuild')`, [table, table]);
    });
    ready.set(strapi, { table });
    strapi.log.info(`[newsroom] headline search index built in ${Date.now() - started} ms`);
  } catch (error) {
    // an SQLite without FTS5 or its trigram tokenizer (before 3.34): the search scans instead
    strapi.log.warn(`[newsroom] no headline search index, searches read every row: ${error}`);
  }
};

/**
 * The headline index, when this database has one and `text` is long enough to look up in it:
 * the index's table and its `MATCH` argument for "contains `text`" (one quoted phrase, so
 * FTS5's query syntax has no effect).
 */
export const headlineIndex = (strapi: Core.Strapi, text: string) => {
  const index = ready.get(strapi);
  if (!index || Array.from(text).length < MIN_INDEXED_LENGTH) return null;
  return { table: index.table, match: `"${text.replace(/"/g, '""')}"` };
};
