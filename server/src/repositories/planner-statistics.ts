import type { Core } from '@strapi/strapi';

import { UID } from '../../../shared/contracts/uids';

type Meta = {
  tableName: string;
  attributes: Record<string, { joinTable?: { name: string } }>;
};

/** Article rows a run writes before its first analysis. */
const FIRST_ANALYSIS_ROWS = 5000;

/**
 * Planner statistics kept up with a bulk import on PostgreSQL. Its planner estimates every
 * table from the statistics of its last `ANALYZE`; an import grows the newsroom's tables faster
 * than autovacuum analyses them (and where autovacuum is off, never), and on a table it takes
 * for nearly empty the planner drives joins from the wrong side and scans instead of using
 * indexes: on this project's benchmark machine (autovacuum off) 10,000 stories went into an
 * archive of 100,000 at 146 stories/s against 523 into an empty one. `written(rows)` after
 * each batch analyses the newsroom's tables (its content types' and their join tables) when
 * the articles table has grown by as much as it held at the last analysis, so about
 * log2(size) times a run. SQLite plans without them by its own rules (the plugin's indexes
 * are shaped for that); MySQL/MariaDB keep InnoDB statistics up to date by themselves.
 */
export const plannerStatistics = async (strapi: Core.Strapi) => {
  if (strapi.db.dialect.client !== 'postgres') return { written: async (_rows: number) => {} };
  const knex = strapi.db.connection;
  const tables = new Set<string>();
  for (const uid of [UID.article, UID.tag, UID.author, UID.relatedNews]) {
    const meta = strapi.db.metadata.get(uid) as unknown as Meta;
    tables.add(meta.tableName);
    for (const attribute of Object.values(meta.attributes)) {
      if (attribute.joinTable) tables.add(attribute.joinTable.name);
    }
  }
  const articles = (strapi.db.metadata.get(UID.article) as unknown as Meta).tableName;
  const [{ count }] = await knex(articles).count({ count: '*' });
  let analysed = Number(count);
  let since = 0;
  return {
    /** `rows` article rows written: analyses the tables when they have grown enough. */
    async written(rows: number) {
      since += rows;
      if (since < Math.max(FIRST_ANALYSIS_ROWS, analysed)) return;
      await knex.raw(`ANALYZE ${[...tables].map(() => '??').join(', ')}`, [...tables]);
      analysed += since;
      since = 0;
    },
  };
};
