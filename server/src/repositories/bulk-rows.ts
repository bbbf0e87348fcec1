import type { Core, UID } from '@strapi/strapi';

/** Values bound in one `IN (…)` list or rows in one insert, under every database's limit. */
const CHUNK = 500;

const chunks = <T>(items: T[], size = CHUNK) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, (i + 1) * size)
  );

type JoinTable = {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  orderColumnName?: string;
  inverseOrderColumnName?: string;
};

/** A row written for a document: its id, documentId and whether it is the published version. */
export type WrittenRow = { id: number; documentId: string; published: boolean };

/**
 * Rows written directly, for the importer's bulk path: documents through Strapi's query engine
 * (`createMany`, which converts every value as the Document Service's writes do) and the
 * join-table rows of their relations, named from Strapi's metadata. The caller runs them in one
 * transaction (`trx`) and has applied every write rule before.
 */
export const bulkRows = (strapi: Core.Strapi) => {
  const joinTable = (uid: UID.ContentType, attribute: string) => {
    const meta = strapi.db.metadata.get(uid) as {
      attributes: Record<string, { joinTable?: JoinTable }>;
    };
    const table = meta.attributes[attribute]?.joinTable;
    if (!table) throw new Error(`${uid}.${attribute} has no join table`);
    return table;
  };
  const targetOf = (uid: UID.ContentType, attribute: string) =>
    (strapi.db.metadata.get(uid).attributes as Record<string, { target?: string }>)[attribute]
      .target!;

  return {
    /** A new documentId, made as Strapi makes them (the `documentId` attribute's default). */
    newDocumentId(uid: UID.ContentType): string {
      const { documentId } = strapi.db.metadata.get(uid).attributes as Record<
        string,
        { default?: () => string }
      >;
      return documentId.default!();
    },

    /** Inserts rows (attribute names, as the query engine takes them); returns their ids. */
    async insert(
      uid: UID.ContentType,
      rows: Array<Record<string, unknown>>
    ): Promise<WrittenRow[]> {
      if (rows.length === 0) return [];
      const query = strapi.db.query(uid);
      for (const part of chunks(rows)) await query.createMany({ data: part });
      // createMany's ids are not reliable on every database (MySQL gives the first only).
      const written: WrittenRow[] = [];
      const documentIds = [...new Set(rows.map((row) => row.documentId as string))];
      for (const part of chunks(documentIds)) {
        const found = await query.findMany({
          where: { documentId: { $in: part } },
          select: ['id', 'documentId', 'publishedAt'],
        });
        for (const row of found as Array<{ id: number; documentId: string; publishedAt: unknown }>)
          written.push({ id: row.id, documentId: row.documentId, published: !!row.publishedAt });
      }
      return written;
    },

    /**
     * The highest "inverse" order (a target's place in the owner list of, e.g., an author's
     * articles) of each target in `uid.attribute`'s join table.
     */
    async inverseOrders(
      trx: unknown,
      uid: UID.ContentType,
      attribute: string,
      targetIds: number[]
    ): Promise<Map<number, number>> {
      const table = joinTable(uid, attribute);
      const orders = new Map<number, number>();
      if (!table.inverseOrderColumnName) return orders;
      const knex = trx as Core.Strapi['db']['connection'];
      const target = table.inverseJoinColumn.name;
      const targets = strapi.db.metadata.get(targetOf(uid, attribute)).tableName;
      for (const part of chunks([...new Set(targetIds)])) {
        // One `max()` per target, each read from the end of the (target, order) index
        // (`db-indexes.ts`) on every database; a `GROUP BY` over the join table read every
        // row of every target instead.
        const highest = knex(table.name)
          .max(table.inverseOrderColumnName)
          .where(target, knex.ref(`${targets}.id`));
        const rows = await knex(targets)
          .select({ id: `${targets}.id`, max: highest })
          .whereIn(`${targets}.id`, part);
        for (const row of rows as Array<{ id: unknown; max: unknown }>)
          orders.set(Number(row.id), Number(row.max ?? 0));
      }
      return orders;
    },

    /**
     * Join-table rows: owner → target, with the target's place in the owner's list (`order`,
     * from 1) and the owner's place in the target's (`inverseOrder`).
     */
    async link(
      trx: unknown,
      uid: UID.ContentType,
      attribute: string,
      links: Array<{ owner: number; target: number; order: number; inverseOrder: number }>
    ) {
      if (links.length === 0) return;
      const table = joinTable(uid, attribute);
      const knex = trx as Core.Strapi['db']['connection'];
      const rows = links.map((link) => ({
        [table.joinColumn.name]: link.owner,
        [table.inverseJoinColumn.name]: link.target,
        ...(table.orderColumnName ? { [table.orderColumnName]: link.order } : {}),
        ...(table.inverseOrderColumnName
          ? { [table.inverseOrderColumnName]: link.inverseOrder }
          : {}),
      }));
      for (const part of chunks(rows, 200)) await knex(table.name).insert(part);
    },
  };
};
