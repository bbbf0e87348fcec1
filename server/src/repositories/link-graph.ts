import type { Core } from '@strapi/strapi';

import { UID } from '../../../shared/contracts/uids';

type Knex = Core.Strapi['db']['connection'];
type Builder = ReturnType<Knex['queryBuilder']>;
type JoinTable = {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
};
type Meta = {
  tableName: string;
  attributes: Record<string, { columnName?: string; joinTable?: JoinTable }>;
};

/** Table and column names read from Strapi's metadata, so the SQL follows the schema. */
export const describe = (strapi: Core.Strapi, uid: string) => {
  const meta = strapi.db.metadata.get(uid) as Meta;
  return {
    table: meta.tableName,
    column: (attribute: string) => meta.attributes[attribute]?.columnName ?? attribute,
    joinTable: (attribute: string) => meta.attributes[attribute].joinTable as JoinTable,
  };
};

/** A value read by knex from a datetime column: a Date, or epoch milliseconds on SQLite. */
export const readDate = (value: unknown): Date | null =>
  value === null || value === undefined ? null : new Date(value as string | number | Date);

/**
 * SQL over the link graph, for reports over the whole archive (aggregated in the database,
 * portable across SQLite, PostgreSQL and MySQL/MariaDB). A link belongs to a story through the
 * `article` join table (to its draft and/or published row, so stories are matched by
 * documentId) and points to the story named by its `targetDocumentId` column, which outlives a
 * deleted target.
 */
export const linkGraph = (strapi: Core.Strapi) => {
  const knex = strapi.db.connection;
  const A = describe(strapi, UID.article);
  const L = describe(strapi, UID.relatedNews);
  const owner = L.joinTable('article');
  const tagged = A.joinTable('tags');
  const T = describe(strapi, UID.tag);
  const col = (alias: string, table: typeof A, attribute: string) =>
    `${alias}.${table.column(attribute)}`;

  /** Newest first by `datePublished` (stories without one last), then by row id. */
  const newestFirst = (qb: Builder, column: string, id: string) =>
    qb
      .orderByRaw('CASE WHEN ?? IS NULL THEN 1 ELSE 0 END', [column])
      .orderBy(column, 'desc')
      .orderBy(id, 'desc');

  /** Links of a locale with the story each belongs to: `l` (link), `s` (a row of its story). */
  const withOwners = (locale: string, alias = '') =>
    knex
      .from(`${L.table} as ${alias}l`)
      .join(`${owner.name} as ${alias}j`, `${alias}j.${owner.joinColumn.name}`, `${alias}l.id`)
      .join(`${A.table} as ${alias}s`, `${alias}s.id`, `${alias}j.${owner.inverseJoinColumn.name}`)
      .where(col(`${alias}l`, L, 'locale'), locale);

  /** Correlated: the links out of the story whose documentId is in column `ref`. */
  const linksOut = (locale: string, ref: string) =>
    withOwners(locale, 'o_').whereRaw('?? = ??', [col('o_s', A, 'documentId'), ref]);

  /** Correlated: the links into the story whose documentId is in column `ref`. */
  const linksIn = (locale: string, ref: string) =>
    knex
      .from(`${L.table} as i_l`)
      .where(col('i_l', L, 'locale'), locale)
      .whereRaw('?? = ??', [col('i_l', L, 'targetDocumentId'), ref]);

  /** Correlated: the published version, in the locale, of the story whose documentId is in `ref`. */
  const publishedVersion = (locale: string, ref: string) =>
    knex
      .from(`${A.table} as p`)
      .select(knex.raw('1'))
      .whereRaw('?? = ??', [col('p', A, 'documentId'), ref])
      .where(col('p', A, 'locale'), locale)
      .whereNotNull(col('p', A, 'publishedAt'));

  return {
    knex,
    publishedVersion,
    /** A locale's story rows (published and drafts), as `a`. */
    stories: (locale: string) => knex.from(`${A.table} as a`).where(col('a', A, 'locale'), locale),
    article: (attribute: string, alias = 'a') => col(alias, A, attribute),
    link: (attribute: string, alias = 'l') => col(alias, L, attribute),
    newestFirst,
    /** A select expression: the number of rows (or groups) the query finds before LIMIT. */
    total: () => knex.raw('COUNT(*) OVER () AS ??', ['total']),

    /** The published rows of a locale's stories, as `a`. */
    published: (locale: string) =>
      knex
        .from(`${A.table} as a`)
        .where(col('a', A, 'locale'), locale)
        .whereNotNull(col('a', A, 'publishedAt')),

    /** Published stories (as `a`) with no link out and no link in. */
    unlinked(locale: string) {
      const ref = col('a', A, 'documentId');
      return this.published(locale)
        .whereNotExists(linksOut(locale, ref).select(knex.raw('1')))
        .whereNotExists(linksIn(locale, ref).select(knex.raw('1')));
    },

    /** Select expressions: how many links a story (`a`) has out, and in. */
    degreeColumns(locale: string) {
      const ref = col('a', A, 'documentId');
      return [
        linksOut(locale, ref).countDistinct('o_l.id').as('linksOut'),
        linksIn(locale, ref).count('*').as('linksIn'),
      ];
    },

    /**
     * Links (`l`) of a locale whose target story has no published version in it (a draft only,
     * or deleted), one row per link and story (`s`).
     */
    broken(locale: string) {
      const target = col('l', L, 'targetDocumentId');
      return withOwners(locale)
        .whereNotNull(target)
        .whereNotExists(publishedVersion(locale, target));
    },

    /** The row ids of a story's links in a locale. */
    async linkIdsOf(documentId: string, locale: string): Promise<number[]> {
      const rows: Array<{ id: number }> = await withOwners(locale)
        .where(col('s', A, 'documentId'), documentId)
        .distinct('l.id as id');
      return rows.map((row) => row.id);
    },

    /** The stories a story links to in a locale (by documentId, deleted ones included). */
    async targetsOf(documentId: string, locale: string): Promise<string[]> {
      const target = col('l', L, 'targetDocumentId');
      const rows: Array<{ target: string }> = await withOwners(locale)
        .where(col('s', A, 'documentId'), documentId)
        .whereNotNull(target)
        .distinct(`${target} as target`);
      return rows.map((row) => row.target);
    },

    /** Links of a locale (`l`, owned through `s`): id, source, target and kind. */
    withOwners,
    linkColumns: [
      'l.id as link',
      `${col('s', A, 'documentId')} as source`,
      `${col('l', L, 'targetDocumentId')} as target`,
      `${col('l', L, 'kind')} as kind`,
    ],

    /** Rows (`a`) carrying the tag with row id `tagId`. */
    taggedWith: (qb: Builder, tagId: number) =>
      qb.whereExists(
        knex
          .from(`${tagged.name} as x`)
          .select(knex.raw('1'))
          .whereRaw('?? = ??', [`x.${tagged.joinColumn.name}`, 'a.id'])
          .where(`x.${tagged.inverseJoinColumn.name}`, tagId)
      ),

    /**
     * The tags on a locale's published stories (those of `only`, a subquery of documentIds, when
     * given), with how many stories each, most used first.
     */
    tagCounts: (locale: string, limit: number, only?: Builder | null) =>
      knex
        .from(`${T.table} as t`)
        .join(`${tagged.name} as x`, `x.${tagged.inverseJoinColumn.name}`, 't.id')
        .join(`${A.table} as a`, 'a.id', `x.${tagged.joinColumn.name}`)
        .where(col('a', A, 'locale'), locale)
        .whereNotNull(col('a', A, 'publishedAt'))
        .modify((qb) => {
          if (only) qb.whereIn(col('a', A, 'documentId'), only);
        })
        .select(
          `${col('t', T, 'documentId')} as documentId`,
          `${col('t', T, 'name')} as name`,
          `${col('t', T, 'slug')} as slug`
        )
        .countDistinct({ stories: col('a', A, 'documentId') })
        .groupBy('t.id', col('t', T, 'documentId'), col('t', T, 'name'), col('t', T, 'slug'))
        .orderBy('stories', 'desc')
        .orderBy(col('t', T, 'name'), 'asc')
        .limit(limit),
  };
};

export type LinkGraph = ReturnType<typeof linkGraph>;
