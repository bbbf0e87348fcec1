import type { Core } from '@strapi/strapi';

import { UID } from '../../../shared/contracts/uids';
import { storyKey } from '../utils/story-key';
import { describe } from './link-graph';

/** Values bound in one `IN (…)` query. */
const PAGE = 500;

type Ids = { id: number; documentId: string };

const inPages = async <T>(values: T[], read: (page: T[]) => Promise<void>) => {
  for (let i = 0; i < values.length; i += PAGE) await read(values.slice(i, i + PAGE));
};

type Query = ReturnType<Core.Strapi['db']['query']>;

/** The rows whose `field` is one of `values`, the first (lowest id) of each value. */
const firstOfEach = async <K extends string>(query: Query, field: K, values: string[]) => {
  const found = new Map<string, Ids & Record<K, string>>();
  await inPages(values, async (page) => {
    const rows = (await query.findMany({
      where: { [field]: { $in: page } },
      select: ['id', 'documentId', field],
      orderBy: { id: 'asc' },
    })) as Array<Ids & Record<K, string>>;
    for (const row of rows) if (!found.has(row[field])) found.set(row[field], row);
  });
  return found;
};

/**
 * What the importer reads of the rows already stored: authors and tags by name, a story's
 * draft by externalId, the links stories already have and the row ids of their versions. The
 * importer decides what to write; this only loads.
 */
export const importRows = (strapi: Core.Strapi) => {
  const authors = () => strapi.db.query(UID.author);
  const tags = () => strapi.db.query(UID.tag);
  const articles = () => strapi.db.query(UID.article);

  return {
    /** The documentId of the author named exactly `name`, if any. */
    async authorNamed(name: string): Promise<string | undefined> {
      return (await authors().findOne({ where: { name }, select: ['documentId'] }))?.documentId;
    },

    /** Authors named `names`, the first (lowest id) of each name. */
    authorsNamed: (names: string[]) => firstOfEach(authors(), 'name', names),

    /** The documentId of the tag whose identity key is `nameKey`, if any. */
    async tagKeyed(nameKey: string): Promise<string | undefined> {
      return (await tags().findOne({ where: { nameKey }, select: ['documentId'] }))?.documentId;
    },

    /** Tags by identity key, the first (lowest id) of each key. */
    tagsKeyed: (nameKeys: string[]) => firstOfEach(tags(), 'nameKey', nameKeys),

    /** The slugs of `slugs` some tag already has. */
    async takenTagSlugs(slugs: string[]) {
      const taken = new Set<string>();
      await inPages(slugs, async (page) => {
        const rows = (await tags().findMany({
          where: { slug: { $in: page } },
          select: ['slug'],
        })) as Array<{ slug: string }>;
        for (const row of rows) taken.add(row.slug);
      });
      return taken;
    },

    /** The draft of the story `externalId` in `locale`: its documentId and fingerprint. */
    async draftOf(externalId: string, locale: string) {
      return (await articles().findOne({
        where: { externalId, locale, publishedAt: null },
        select: ['documentId', 'importHash'],
      })) as { documentId: string; importHash: string | null } | null;
    },

    /**
     * The targets each story (`documentId`s of one locale) links to, by `storyKey`. Read from
     * the stories' rows through the link join table, by indexed columns: the query engine's
     * left joins from the links table read every link of the archive on each call.
     */
    async linkTargets(documentIds: string[], locale: string) {
      const linked = new Map<string, Set<string>>();
      const A = describe(strapi, UID.article);
      const L = describe(strapi, UID.relatedNews);
      const owner = L.joinTable('article');
      const knex = strapi.db.connection;
      // Three reads by index, each of one table, instead of one join: with statistics that
      // lag behind a growing archive (PostgreSQL's, during an import), the join was planned
      // from every link of the locale (95 ms a batch at 60,000 stories, growing).
      await inPages(documentIds, async (page) => {
        const stories: Array<{ id: number; story: string }> = await knex
          .from(A.table)
          .whereIn(A.column('documentId'), page)
          .select({ id: 'id', story: A.column('documentId') });
        const storyOf = new Map(stories.map((row) => [row.id, row.story]));
        const joins: Array<{ row: number; link: number }> = [];
        await inPages([...storyOf.keys()], async (rows) => {
          joins.push(
            ...(await knex
              .from(owner.name)
              .whereIn(owner.inverseJoinColumn.name, rows)
              .select({ row: owner.inverseJoinColumn.name, link: owner.joinColumn.name }))
          );
        });
        const targetOf = new Map<number, string | null>();
        await inPages([...new Set(joins.map((join) => join.link))], async (ids) => {
          const links: Array<{ id: number; target: string | null }> = await knex
            .from(L.table)
            .whereIn('id', ids)
            .where(L.column('locale'), locale)
            .select({ id: 'id', target: L.column('targetDocumentId') });
          for (const link of links) targetOf.set(link.id, link.target);
        });
        for (const { row, link } of joins) {
          const target = targetOf.get(link);
          if (target === null || target === undefined) continue;
          const key = storyKey(storyOf.get(row)!, locale);
          linked.set(key, (linked.get(key) ?? new Set()).add(target));
        }
      });
      return linked;
    },

    /** The article row ids (draft and published, in id order) of stories, by `storyKey`. */
    async versionIds(stories: Array<{ documentId: string; locale: string }>) {
      const ids = new Map<string, number[]>();
      for (const locale of new Set(stories.map((story) => story.locale))) {
        const documentIds = [
          ...new Set(stories.filter((s) => s.locale === locale).map((s) => s.documentId)),
        ];
        await inPages(documentIds, async (page) => {
          // sorted here, not by the query: on SQLite (no planner statistics) `ORDER BY id`
          // took the (locale) index, which is in id order, and walked every story of the locale
          const rows = (await articles().findMany({
            where: { locale, documentId: { $in: page } },
            select: ['id', 'documentId'],
          })) as Array<{ id: number; documentId: string }>;
          for (const row of rows.sort((a, b) => a.id - b.id)) {
            const key = storyKey(row.documentId, locale);
            ids.set(key, [...(ids.get(key) ?? []), row.id]);
          }
        });
      }
      return ids;
    },
  };
};
