import { setImmediate as turn } from 'node:timers/promises';

import type { Core } from '@strapi/strapi';

import { UID } from '../../../shared/contracts/uids';
import type { IndexHeader, StoryRecord } from '../engine';
import { ENGINE_VERSION } from '../engine';
import { parseStoryKey } from '../utils/story-key';
import { inShortTransactions } from './short-transactions';

/**
 * Story rows inserted per statement: a row carries a story's analysis (a few KB), and 200 rows
 * a statement took 100–300 ms on SQLite, longer than a short transaction should hold it.
 */
const WRITE_BATCH = 50;
/**
 * Story rows of an old generation deleted per statement: 1,000 took 100–950 ms on SQLite,
 * 200 took 28–45 ms (statement timings during a rebuild of 100,000 stories).
 */
const DROP_SLICE = 50;
/**
 * How long one transaction of a generation's save may write. Saving 100,000 stories, the main
 * thread was busy throughout, a third of it in `COMMIT`s (writing a transaction's pages to the
 * log): with transactions of 50 ms (about 1 MB) each turn of the event loop waited for the
 * writing and then the commit, and requests in that phase waited 200 ms at p95; at 20 ms,
 * 94–110 ms in three runs (`npm run bench -- --only=rebuild`).
 */
const SAVE_SLICE_MS = 20;
/**
 * Rows of a generation read per page (keyset on (generation, id), its own index): a page is
 * read and restored on the thread that serves requests, so it stays a few milliseconds.
 */
const PAGE = 500;
/** Term dictionary entries per chunk row, and characters of the base64 basis per chunk row. */
const TERMS_PER_CHUNK = 20_000;
const BASIS_CHARS_PER_CHUNK = 1_000_000;
/**
 * A process saving a generation touches its row (`updatedAt`) at least this often: after each
 * batch of stories and on a timer in between (see index-snapshot's `save`).
 */
export const HEARTBEAT_MS = 15 * 1000;
/**
 * A saving generation without a heartbeat for this long was abandoned (its process was killed
 * or lost the database): no live process leaves its own row untouched that long.
 */
export const ABANDONED_MS = 8 * HEARTBEAT_MS;

/** A stored related list: the best stories of the same locale, [documentId, score], best first. */
export type StoredList = Array<[documentId: string, score: number]>;

export type StoryRow = { key: string; record: StoryRecord; related: StoredList | null };

type StateRow = {
  id: number;
  stories: number | null;
  state: string;
  updatedAt?: string;
  /** The newest event of the event log the saved generation reflects. */
  eventCursor?: number | null;
};

const parse = <T>(text: string | null | undefined): T | null => (text ? JSON.parse(text) : null);

/**
 * The related-story index saved in the database, in the plugin's hidden tables: one
 * `index-state` row per saved build (its id is the generation), the header in `index-chunk`
 * rows, one `index-story` row per story with its stored related list. A build is written under
 * a new generation and made current once complete; older generations are then deleted.
 */
export const indexStore = (strapi: Core.Strapi) => {
  const states = () => strapi.db.query(UID.indexState);
  const chunks = () => strapi.db.query(UID.indexChunk);
  const stories = () => strapi.db.query(UID.indexStory);

  const abandoned = (row: StateRow) =>
    row.state === 'saving' &&
    !(Date.now() - new Date(row.updatedAt ?? 0).getTime() <= ABANDONED_MS);

  const drop = async (id: number) => {
    // a slice at a time: one statement over a generation's 100,000 rows holds SQLite's one
    // writer, and the event loop with it, for seconds
    for (;;) {
      const rows: Array<{ id: number }> = await stories().findMany({
        where: { generation: id },
        select: ['id'],
        limit: DROP_SLICE,
      });
      if (rows.length === 0) break;
      await stories().deleteMany({ where: { id: { $in: rows.map((row) => row.id) } } });
      await turn();
    }
    await chunks().deleteMany({ where: { generation: id } });
    await states().delete({ where: { id } });
  };

  const storyRow = (generation: number, row: StoryRow) => ({
    generation,
    storyKey: row.key,
    storyDocumentId: parseStoryKey(row.key).documentId,
    storyLocale: row.record.locale,
    data: JSON.stringify(row.record),
    related: row.related ? JSON.stringify(row.related) : null,
  });

  return {
    /** The newest complete generation saved with this engine version and fingerprint. */
    async current(fingerprint: string): Promise<StateRow | null> {
      return states().findOne({
        where: { state: 'ready', engineVersion: ENGINE_VERSION, fingerprint },
        orderBy: { id: 'desc' },
      });
    },

    /** Starts a new generation: the header first, then `addStories`, then `complete`. */
    async begin(header: IndexHeader, eventCursor: number): Promise<number> {
      const { id: generation } = await states().create({
        data: {
          engineVersion: header.engineVersion,
          fingerprint: header.fingerprint,
          state: 'saving',
          stories: header.stories,
          eventCursor,
        },
      });
      const { keys, forms, df } = header.terms;
      const rows: Array<{ kind: string; seq: number; data: string }> = [
        { kind: 'meta', seq: 0, data: JSON.stringify({ ...header, terms: null, latent: null }) },
      ];
      for (let start = 0, seq = 0; start < keys.length; start += TERMS_PER_CHUNK, seq += 1) {
        const end = start + TERMS_PER_CHUNK;
        const slice = { keys: keys.slice(start, end), forms: forms.slice(start, end) };
        rows.push({
          kind: 'terms',
          seq,
          data: JSON.stringify({ ...slice, df: df.slice(start, end) }),
        });
      }
      if (header.latent) {
        const { basis, ...shape } = header.latent;
        rows.push({ kind: 'latent', seq: 0, data: JSON.stringify(shape) });
        for (let start = 0, seq = 0; start < basis.length; start += BASIS_CHARS_PER_CHUNK, seq += 1)
          rows.push({
            kind: 'basis',
            seq,
            data: basis.slice(start, start + BASIS_CHARS_PER_CHUNK),
          });
      }
      for (const row of rows) await chunks().create({ data: { generation, ...row } });
      return generation;
    },

    /**
     * Writes story rows of a generation in short transactions (`inShortTransactions`): a
     * 100,000-story save in one stretch held the event loop for 27 s (better-sqlite3 is
     * synchronous and every await between its calls resolves at once).
     */
    async addStories(generation: number, rows: StoryRow[]) {
      const chunks: StoryRow[][] = [];
      for (let start = 0; start < rows.length; start += WRITE_BATCH) {
        chunks.push(rows.slice(start, start + WRITE_BATCH));
      }
      await inShortTransactions(
        strapi,
        chunks,
        async (chunk) => {
          await stories().createMany({ data: chunk.map((row) => storyRow(generation, row)) });
        },
        SAVE_SLICE_MS
      );
    },

    /** Makes a generation current and deletes the older ones (and abandoned saves). */
    async complete(
      generation: number,
      { stories: count, durationMs }: { stories: number; durationMs: number }
    ) {
      await states().update({
        where: { id: generation },
        data: { state: 'ready', stories: count, durationMs },
      });
      const older = await states().findMany({
        where: { id: { $lt: generation } },
        select: ['id', 'state', 'updatedAt'],
      });
      const stale = (older as StateRow[]).filter((row) => row.state === 'ready' || abandoned(row));
      for (const { id } of stale) await drop(id);
    },

    /**
     * The saved generation reflects every event up to `eventCursor` (the writes they report are
     * in its rows): a process that loads it later replays only the events after it.
     */
    async advanceEventCursor(generation: number, eventCursor: number) {
      await states().updateMany({
        where: {
          id: generation,
          $or: [{ eventCursor: null }, { eventCursor: { $lt: eventCursor } }],
        },
        data: { eventCursor },
      });
    },

    /** Says that the process saving `generation` is alive (see HEARTBEAT_MS). */
    async heartbeat(generation: number) {
      await states().update({ where: { id: generation }, data: { updatedAt: new Date() } });
    },

    /**
     * Deletes the generations whose save was abandoned (state `saving`, no heartbeat for
     * ABANDONED_MS), whatever process left them. Answers how many `saving` generations are
     * still fresh: being saved by a live process, or killed too recently to tell.
     */
    async dropAbandoned(): Promise<{ dropped: number; fresh: number }> {
      const saving = (await states().findMany({
        where: { state: 'saving' },
        select: ['id', 'state', 'updatedAt'],
      })) as StateRow[];
      const gone = saving.filter(abandoned);
      for (const { id } of gone) await drop(id);
      return { dropped: gone.length, fresh: saving.length - gone.length };
    },

    /** The header of a generation. */
    async header(generation: number): Promise<IndexHeader> {
      const rows: Array<{ kind: string; seq: number; data: string }> = await chunks().findMany({
        where: { generation },
        orderBy: [{ kind: 'asc' }, { seq: 'asc' }],
      });
      const of = (kind: string) => rows.filter((row) => row.kind === kind).map((row) => row.data);
      const header = JSON.parse(of('meta')[0]) as IndexHeader;
      const terms = of('terms').map((data) => JSON.parse(data) as IndexHeader['terms']);
      header.terms = {
        keys: terms.flatMap((t) => t.keys),
        forms: terms.flatMap((t) => t.forms),
        df: terms.flatMap((t) => t.df),
      };
      const [shape] = of('latent');
      header.latent = shape ? { ...JSON.parse(shape), basis: of('basis').join('') } : null;
      return header;
    },

    /** A generation's stories, page by page (keyset pagination on the row id). */
    async *pages(generation: number): AsyncGenerator<StoryRow[]> {
      let after = 0;
      for (;;) {
        const rows: Array<{ id: number; storyKey: string; data: string; related: string | null }> =
          await stories().findMany({
            where: { generation, id: { $gt: after } },
            orderBy: { id: 'asc' },
            limit: PAGE,
            select: ['id', 'storyKey', 'data', 'related'],
          });
        if (rows.length === 0) return;
        after = rows[rows.length - 1].id;
        yield rows.map((row) => ({
          key: row.storyKey,
          record: JSON.parse(row.data),
          related: parse<StoredList>(row.related),
        }));
      }
    },

    /** Writes (or replaces) one story's row. */
    async putStory(generation: number, row: StoryRow) {
      const data = storyRow(generation, row);
      const updated = await stories().updateMany({
        where: { generation, storyKey: row.key },
        data: { data: data.data, related: data.related },
      });
      if (!updated?.count) await stories().create({ data });
    },

    /** Deletes the rows of a story's locales that are not in `keep`. */
    async dropStory(generation: number, documentId: string, keep: string[]) {
      await stories().deleteMany({
        where: { generation, storyDocumentId: documentId, storyLocale: { $notIn: keep } },
      });
    },

    /** The stored related list of one story, or null when it has none. */
    async list(generation: number, key: string): Promise<StoredList | null> {
      const row = await stories().findOne({
        where: { generation, storyKey: key },
        select: ['related'],
      });
      return parse<StoredList>(row?.related);
    },

    /** The stored related list of one story as saved (JSON text), or null when it has none. */
    async listText(generation: number, key: string): Promise<string | null> {
      const row = await stories().findOne({
        where: { generation, storyKey: key },
        select: ['related'],
      });
      return row?.related ?? null;
    },

    /** Stories of a generation whose related list is not stored yet, after row `after`. */
    async unranked(generation: number, after: number, limit: number) {
      const rows: Array<{ id: number; storyKey: string }> = await stories().findMany({
        where: { generation, related: { $null: true }, id: { $gt: after } },
        orderBy: { id: 'asc' },
        limit,
        select: ['id', 'storyKey'],
      });
      return rows;
    },

    async countUnranked(generation: number): Promise<number> {
      return stories().count({ where: { generation, related: { $null: true } } });
    },

    /** Stores several related lists, in short transactions (other processes write between). */
    async putLists(generation: number, lists: Array<readonly [string, StoredList]>) {
      await inShortTransactions(strapi, lists, async ([key, related]) => {
        await stories().updateMany({
          where: { generation, storyKey: key },
          data: { related: JSON.stringify(related) },
        });
      });
    },

    async putList(generation: number, key: string, related: StoredList) {
      await stories().updateMany({
        where: { generation, storyKey: key },
        data: { related: JSON.stringify(related) },
      });
    },
  };
};

export type IndexStore = ReturnType<typeof indexStore>;
