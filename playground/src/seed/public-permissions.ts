import type { Core } from '@strapi/strapi';

/** What a public news site reads: published stories, bylines, tags, their links, feeds and sitemaps. */
export const PUBLIC_READ_ACTIONS = [
  'plugin::newsroom.article.find',
  'plugin::newsroom.article.findOne',
  'plugin::newsroom.article.relatedNews',
  'plugin::newsroom.article.related',
  'plugin::newsroom.author.find',
  'plugin::newsroom.author.findOne',
  'plugin::newsroom.tag.find',
  'plugin::newsroom.tag.findOne',
  'plugin::newsroom.related-news.find',
  'plugin::newsroom.related-news.findOne',
  // feeds, sitemaps and structured data
  'plugin::newsroom.article.jsonld',
  'plugin::newsroom.article.ninjs',
  'plugin::newsroom.feed.rss',
  'plugin::newsroom.feed.atom',
  'plugin::newsroom.sitemap.news',
  'plugin::newsroom.sitemap.index',
  'plugin::newsroom.sitemap.articles',
];

/**
 * Grants the Public role read access to the newsroom. Each action is granted once: an admin
 * who later revokes one keeps it revoked; actions added by a newer plugin version are granted.
 */
export const grantPublicRead = async (strapi: Core.Strapi) => {
  const store = strapi.store({ type: 'app', name: 'newsroom-demo' });
  const stored = await store.get({ key: 'public-read-granted' });
  // a list of actions; demo databases made by 0.1.0 development builds stored `true`
  const granted: string[] = Array.isArray(stored) ? stored : [];
  const missing = PUBLIC_READ_ACTIONS.filter((action) => !granted.includes(action));
  if (missing.length === 0) return;
  const role = await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'public' } });
  if (!role) return;
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  for (const action of missing) {
    if (!(await permissions.findOne({ where: { action, role: role.id } }))) {
      await permissions.create({ data: { action, role: role.id } });
    }
  }
  await store.set({ key: 'public-read-granted', value: [...granted, ...missing] });
};
