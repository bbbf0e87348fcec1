import type { Core } from '@strapi/strapi';

import { headlineIndex } from './headline-index';
import { linkGraph } from './link-graph';
import { readableExists, type StorySubquery } from './story-permissions';

/** `text` as a LIKE pattern matching it anywhere, with `!` escaping LIKE's wildcards. */
const containing = (text: string) => `%${text.replace(/[!%_]/g, '!$&')}%`;

/**
 * The spellings of `q` to look for. `LOWER()` folds only ASCII letters on SQLite (and on
 * PostgreSQL under a C locale), so besides the case-folded match the query is also matched as
 * typed, capitalised and in capitals: "нато" finds "НАТО", "саміт" finds "Саміт у Вільнюсі".
 */
const spellings = (q: string) => {
  const lower = q.toLocaleLowerCase();
  const capitalised = lower.charAt(0).toLocaleUpperCase() + lower.slice(1);
  return [...new Set([lower, q, capitalised, q.toLocaleUpperCase()])];
};

export type HeadlineQuery = {
  q: string;
  locale: string;
  limit: number;
  exclude?: string;
  /** Only these stories: a subquery of documentIds (the user's readable stories). */
  only?: StorySubquery | null;
};

/**
 * Stories whose headline contains `q` (case-insensitive), by documentId: published ones newest
 * first, then stories saved only as drafts, most recently edited first. Looked up in the
 * headline index where there is one (`headline-index.ts`), else by a `LIKE` scan.
 */
export const headlineSearch = async (
  strapi: Core.Strapi,
  { q, locale, limit, exclude, only }: HeadlineQuery
): Promise<string[]> => {
  const sql = linkGraph(strapi);
  const documentId = sql.article('documentId');
  const index = headlineIndex(strapi, q);
  const matching = () => {
    const query = index
      ? sql
          .stories(locale)
          .join(`${index.table} as f`, 'f.rowid', 'a.id')
          .whereRaw('?? MATCH ?', [`f.${index.table}`, index.match])
      : sql.stories(locale).where((where) => {
          const title = sql.article('title');
          const [lower, ...others] = spellings(q);
          where.whereRaw(`LOWER(??) LIKE ? ESCAPE '!'`, [title, containing(lower)]);
          for (const other of others)
            where.orWhereRaw(`?? LIKE ? ESCAPE '!'`, [title, containing(other)]);
        });
    query.select(`${documentId} as documentId`);
    if (only) query.whereExists(readableExists(only, documentId));
    return exclude ? query.whereNot(documentId, exclude) : query;
  };
  const published: Array<{ documentId: string }> = await sql
    .newestFirst(
      matching().whereNotNull(sql.article('publishedAt')),
      sql.article('datePublished'),
      'a.id'
    )
    .limit(limit);
  const drafts: Array<{ documentId: string }> =
    published.length < limit
      ? await matching()
          .whereNull(sql.article('publishedAt'))
          .whereNotExists(sql.publishedVersion(locale, documentId))
          .orderBy(sql.article('updatedAt'), 'desc')
          .orderBy('a.id', 'desc')
          .limit(limit - published.length)
      : [];
  return [...published, ...drafts].map((row) => row.documentId);
};
