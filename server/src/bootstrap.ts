import type { Core } from '@strapi/strapi';

/** The plugin's admin actions, granted per role under Settings → Roles → Plugins. */
const actions = [
  { uid: 'suggestions.read', displayName: 'Read suggestions' },
  { uid: 'links.manage', displayName: 'Manage links' },
  { uid: 'reports.read', displayName: 'View reports' },
  { uid: 'index.rebuild', displayName: 'Rebuild the related-story index' },
].map((action) => ({ ...action, section: 'plugins', pluginName: 'newsroom' }));

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany(actions);
  // Build the related-story index in the background; requests that need it wait for it.
  const plugin = strapi.plugin('newsroom');
  plugin
    .service('related')
    .ready()
    .catch((error: unknown) => strapi.log.error(`[newsroom] related index: ${error}`));
  plugin.service('index-sync').start(strapi.config.get<number>('plugin::newsroom.syncIntervalMs'));
};

export default bootstrap;
