import type { Core } from '@strapi/strapi';

import { UID } from '../../../shared/contracts/uids';

type JoinTable = { name: string; inverseJoinColumn: { name: string }; orderColumnName?: string };
type Meta = { attributes: Record<string, { joinTable?: JoinTable }> };

/**
 * Indexes Strapi does not create and a content type cannot declare: on the join tables of
 * articles' tags and authors, (tag, order) and (author, order). Writing a story with a tag
 * makes Strapi read the tag's highest order among all its stories; without the index the read
 * grows with the tag's stories (a section tag holds a fifth of the archive). Created at start-up
 * when missing; the other indexes the plugin needs are declared in the content types' `indexes`.
 */
export const ensureJoinIndexes = async (strapi: Core.Strapi) => {
  const knex = strapi.db.connection;
  const meta = strapi.db.metadata.get(UID.article) as Meta;
  for (const attribute of ['tags', 'authors']) {
    const join = meta.attributes[attribute]?.joinTable;
    if (!join?.orderColumnName || !(await knex.schema.hasTable(join.name))) continue;
    const columns = [join.inverseJoinColumn.name, join.orderColumnName];
    const name = `${join.name}_${attribute}_ord_idx`.slice(0, 60);
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
