import type { Core } from '@strapi/strapi';

import { UID } from '../../../shared/contracts/uids';

type JoinTable = {
  name: string;
  inverseJoinColumn: { name: string };
  inverseOrderColumnName?: string;
};
type Meta = { attributes: Record<string, { joinTable?: JoinTable }> };

/** The relations whose target's highest order is read on every write of a new owner. */
const ORDERED = [
  { uid: UID.article, attribute: 'tags' },
  { uid: UID.article, attribute: 'authors' },
  { uid: UID.relatedNews, attribute: 'article' },
] as const;

/**
 * Indexes Strapi does not create and a content type cannot declare: on the join tables of
 * articles' tags and authors and of related-news links, (target, the owner's place in the
 * target's list): (tag, article order), (author, article order), (article, link order). Linking
 * a new story to a tag reads the tag's highest article order; Strapi indexes the order column
 * alone, so without this index that read goes through every story of the tag (a section tag
 * holds a fifth of the archive) and imports slow down as the archive grows. Created at
 * start-up when missing; the other indexes the plugin needs are declared in the content
 * types' `indexes`.
 */
export const ensureJoinIndexes = async (strapi: Core.Strapi) => {
  const knex = strapi.db.connection;
  for (const { uid, attribute } of ORDERED) {
    const join = (strapi.db.metadata.get(uid) as Meta).attributes[attribute]?.joinTable;
    if (!join?.inverseOrderColumnName || !(await knex.schema.hasTable(join.name))) continue;
    const columns = [join.inverseJoinColumn.name, join.inverseOrderColumnName];
    const name = `${join.name}_${attribute}_inv_ord_idx`.slice(0, 60);
    try {
      await knex.schema.alterTable(join.name, (table) => table.index(columns, name));
    } catch (error) {
      // already there (every start after the first); any other failure only costs speed
      if (!/exist|duplicate/i.test(String(error))) {
        strapi.log.warn(`[newsroom] could not create index ${name}: ${error}`);
      }
    }
  }
};
