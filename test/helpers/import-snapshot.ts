import type { TestApp } from './strapi';

/**
 * What an import run leaves in the database: the imported stories' rows (their `fields`, in
 * id order) and how many authors, tags and links there are. Two equal snapshots around a run
 * mean the run wrote nothing.
 */
export const importSnapshot = async (app: TestApp, externalIdPrefix: string, fields: string[]) => {
  const rows = await app.strapi.db.query('plugin::newsroom.article').findMany({
    where: { externalId: { $startsWith: externalIdPrefix } },
    select: fields,
    orderBy: { id: 'asc' },
  });
  const count = (uid: string) => app.strapi.db.query(uid as never).count({});
  return {
    rows,
    authors: await count('plugin::newsroom.author'),
    tags: await count('plugin::newsroom.tag'),
    links: await count('plugin::newsroom.related-news'),
  };
};
