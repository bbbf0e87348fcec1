import type { Core } from '@strapi/strapi';

import { UID } from '../../../shared/contracts/uids';
import { describe } from './link-graph';

/** A permission query of the Content Manager over article rows (Strapi `where` syntax). */
export type PermissionWhere = Record<string, unknown>;

/** Stories checked per query. */
const BATCH = 500;

/**
 * Which stories a Content Manager permission query lets through. A story is judged in a locale
 * by its draft row, the version the Content Manager lists and opens by default (every story has
 * one; its published row is a copy).
 */
export const storyPermissions = (strapi: Core.Strapi) => {
  const articles = () => strapi.db.query(UID.article);
  const drafts = (locale: string, where: PermissionWhere) => ({
    $and: [{ locale, publishedAt: null }, where],
  });

  return {
    /** The stories among `documentIds` that exist in the locale and match `where`. */
    async matching(where: PermissionWhere, documentIds: string[], locale: string) {
      const found = new Set<string>();
      const ids = [...new Set(documentIds)];
      for (let start = 0; start < ids.length; start += BATCH) {
        const rows: Array<{ documentId: string }> = await articles().findMany({
          where: {
            $and: [{ documentId: { $in: ids.slice(start, start + BATCH) } }, drafts(locale, where)],
          },
          select: ['documentId'],
        });
        for (const row of rows) found.add(row.documentId);
      }
      return found;
    },

    /**
     * A subquery selecting the documentIds of the locale's stories that match `where`, for a
     * `whereIn` (knex) or a `$in` (Strapi query): lists filter in the database, page by page.
     */
    subquery(where: PermissionWhere, locale: string) {
      const builder = strapi.db.entityManager
        .createQueryBuilder(UID.article)
        .init({ where: drafts(locale, where), select: ['documentId'] });
      const query = builder.getKnexQuery();
      correlations.set(
        query,
        `${builder.alias}.${describe(strapi, UID.article).column('documentId')}`
      );
      return query;
    },
  };
};

export type StorySubquery = ReturnType<ReturnType<typeof storyPermissions>['subquery']>;

/** Each subquery's own documentId column, by its root alias. */
const correlations = new WeakMap<object, string>();

/**
 * `only` as a correlated `EXISTS` for the story whose documentId is in column `ref`: SQLite
 * answers `ref IN (only)` by first listing every story `only` lets through (about 360 ms at
 * 100,000 stories, on every search), where `EXISTS` looks up the few rows asked about in the
 * (documentId, locale, publishedAt) index.
 */
export const readableExists = (only: StorySubquery, ref: string) =>
  only.clone().whereRaw('?? = ??', [correlations.get(only)!, ref]);

/** The operators a permission query may test `locale` with, and what each decides. */
const LOCALE_TESTS: Record<string, (locale: string, value: unknown) => boolean> = {
  $eq: (locale, value) => locale === value,
  $ne: (locale, value) => locale !== value,
  $in: (locale, value) => Array.isArray(value) && value.includes(locale),
  $notIn: (locale, value) => Array.isArray(value) && !value.includes(locale),
};

/** A test of the `locale` column alone, decided for `locale`; undefined when not one. */
const localeTest = (locale: string, value: unknown): boolean | undefined => {
  if (typeof value === 'string') return locale === value;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const tests = Object.entries(value);
  if (tests.length === 0 || tests.some(([operator]) => !(operator in LOCALE_TESTS)))
    return undefined;
  return tests.every(([operator, operand]) => LOCALE_TESTS[operator](locale, operand));
};

/**
 * A permission query as it applies to the rows of one locale: `true` when it lets every row of
 * that locale through, `false` when none, else the query left once its tests of `locale` are
 * decided. The Content Manager's locales (i18n) reach the query as such tests: a role that may
 * read every story in the locale needs no subquery, one that may read none of them no query.
 * Only `locale` tests, `$and` and `$or` are decided; anything else is kept as it is.
 */
export const forLocale = (where: PermissionWhere, locale: string): boolean | PermissionWhere => {
  const kept: PermissionWhere = {};
  for (const [key, value] of Object.entries(where)) {
    let verdict: boolean | undefined;
    if ((key === '$and' || key === '$or') && Array.isArray(value)) {
      const parts = value.map((part) =>
        part && typeof part === 'object' ? forLocale(part as PermissionWhere, locale) : part
      );
      const decisive = key === '$or'; // one part decides an $or when true, an $and when false
      if (parts.includes(decisive)) verdict = decisive;
      else {
        const open = parts.filter((part) => part !== !decisive);
        if (open.length === 0) verdict = !decisive;
        else kept[key] = open;
      }
    } else if (key === 'locale') {
      verdict = localeTest(locale, value);
      if (verdict === undefined) kept[key] = value;
    } else kept[key] = value;
    if (verdict === false) return false;
  }
  return Object.keys(kept).length === 0 ? true : kept;
};
