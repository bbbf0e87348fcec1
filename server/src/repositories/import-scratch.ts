import { createHash, randomBytes } from 'node:crypto';

import type { Core } from '@strapi/strapi';

/** Rows in one insert, values in one `IN (…)` list: under every database's limit. */
const CHUNK = 250;

/**
 * Tables of a run that ended without dropping them (a killed process) go after a week: longer
 * than any run (a million stories take hours), so a run never drops another's that is going on.
 */
const STALE_SECONDS = 7 * 24 * 60 * 60;

const PREFIX = 'newsroom_import_';
const NAME = /^newsroom_import_([0-9a-z]+)_[0-9a-f]+_(seen|held)$/;

/** A story's `related` entries waiting for a story further on in the file. */
export type HeldLinks = {
  line: number;
  documentId: string;
  locale: string;
  related: string[];
  /** readAlsoAfter: where the links go in the body (null: after it). */
  afterBlock: number | null;
  /** The number of blocks of the story's body, when `afterBlock` is given. */
  blocks: number | null;
};

const chunks = <T>(items: T[]) =>
  Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) =>
    items.slice(i * CHUNK, (i + 1) * CHUNK)
  );

/**
 * A story's key in the scratch table: a hash of its `importKey` (fixed length and plain ASCII,
 * so no database's collation folds two externalIds into one; 128 bits, so two keys of one
 * file never meet).
 */
const hashed = (key: string) => createHash('sha256').update(key).digest('hex').slice(0, 32);

/**
 * Where a run of the importer keeps what it must remember of every story, so that its memory
 * does not grow with the file: the line each story was first seen on (`…_seen`, for "already
 * on line N" and for knowing which stories of the file are written), and the `related` entries
 * waiting for a story further on in the file (`…_held`). Two plain tables made for the run and
 * dropped at its end (not temporary tables: those belong to one connection of the pool).
 */
export const importScratch = async (strapi: Core.Strapi) => {
  const schema = () => strapi.db.getSchemaConnection();
  const now = Math.floor(Date.now() / 1000);
  for (const table of await strapi.db.dialect.schemaInspector.getTables()) {
    const made = NAME.exec(table);
    if (made && now - parseInt(made[1], 36) > STALE_SECONDS)
      await schema().dropTableIfExists(table);
  }
  const name = `${PREFIX}${now.toString(36)}_${randomBytes(3).toString('hex')}`;
  const seen = `${name}_seen`;
  const held = `${name}_held`;
  await schema().createTable(seen, (table) => {
    table.string('key', 32).primary();
    table.integer('line').notNullable();
  });
  await schema().createTable(held, (table) => {
    table.integer('line').primary();
    table.string('document_id', 255).notNullable();
    table.string('locale', 255).notNullable();
    table.text('related').notNullable();
    table.integer('after_block').nullable();
    table.integer('blocks').nullable();
  });
  const rows = (table: string) => strapi.db.getConnection(table);

  return {
    /** The line each of `keys` (`importKey`s) was first seen on, for those seen. */
    async firstLines(keys: string[]) {
      const lines = new Map<string, number>();
      const byHash = new Map(keys.map((key) => [hashed(key), key]));
      for (const part of chunks([...byHash.keys()])) {
        const found = (await rows(seen).whereIn('key', part).select('key', 'line')) as Array<{
          key: string;
          line: number;
        }>;
        for (const row of found) lines.set(byHash.get(row.key)!, Number(row.line));
      }
      return lines;
    },

    /** Stories seen (`importKey` and line), none seen before. */
    async see(stories: Array<{ key: string; line: number }>) {
      for (const part of chunks(stories))
        await rows(seen).insert(part.map(({ key, line }) => ({ key: hashed(key), line })));
    },

    /** Keeps stories' links for later. */
    async hold(stories: HeldLinks[]) {
      for (const part of chunks(stories))
        await rows(held).insert(
          part.map((story) => ({
            line: story.line,
            document_id: story.documentId,
            locale: story.locale,
            related: JSON.stringify(story.related),
            after_block: story.afterBlock,
            blocks: story.blocks,
          }))
        );
    },

    /** Up to `limit` stories' links kept for later, in line order, after line `after`. */
    async heldAfter(after: number, limit: number): Promise<HeldLinks[]> {
      const found = (await rows(held)
        .where('line', '>', after)
        .orderBy('line', 'asc')
        .limit(limit)
        .select('*')) as Array<Record<string, unknown>>;
      const number = (value: unknown) => (value === null ? null : Number(value));
      return found.map((row) => ({
        line: Number(row.line),
        documentId: String(row.document_id),
        locale: String(row.locale),
        related: JSON.parse(String(row.related)) as string[],
        afterBlock: number(row.after_block),
        blocks: number(row.blocks),
      }));
    },

    /** Drops the run's tables. */
    async drop() {
      await schema().dropTableIfExists(seen);
      await schema().dropTableIfExists(held);
    },
  };
};

export type ImportScratch = Awaited<ReturnType<typeof importScratch>>;
