import type { Core } from '@strapi/strapi';

/** What a public news site reads: published stories, bylines, tags and their links. */
export const PUBLIC_READ_ACTIONS = [
  'plugin::newsroom.article.find',
  'plugin::newsroom.article.findOne',
  'plugin::newsroom.article.findBySlug',
  'plugin::newsroom.article.relatedNews',
  'plugin::newsroom.author.find',
  'plugin::newsroom.author.findOne',
  'plugin::newsroom.tag.find',
  'plugin::newsroom.tag.findOne',
  'plugin::newsroom.related-news.find',
  'plugin::newsroom.related-news.findOne',
];

/** Grants the Public role read access to the newsroom, once: later changes by an admin stay. */
export const grantPublicRead = async (strapi: Core.Strapi) => {
  const store = strapi.store({ type: 'app', name: 'newsroom-demo' });
  if (await store.get({ key: 'public-read-granted' })) return;
  const role = await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'public' } });
  if (!role) return;
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  for (const action of PUBLIC_READ_ACTIONS) {
    if (!(await permissions.findOne({ where: { action, role: role.id } }))) {
      await permissions.create({ data: { action, role: role.id } });
    }
  }
  await store.set({ key: 'public-read-granted', value: true });
};
