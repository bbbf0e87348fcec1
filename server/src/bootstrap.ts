import type { Core } from '@strapi/strapi';

import { ACTION_LIST } from '../../shared/contracts/permissions';
import { setUpContentManagerViews } from './bootstrap/content-manager-views';
import { pluginConfig } from './config';
import { ensureJoinIndexes } from './repositories/db-indexes';
import { getService } from './utils/get-service';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  // The plugin's admin actions, granted per role under Settings → Roles → Plugins.
  await strapi.service('admin::permission').actionProvider.registerMany(ACTION_LIST);
  await ensureJoinIndexes(strapi);
  // The Content Manager's list and edit views of the newsroom, unless the app changed them.
  await setUpContentManagerViews(strapi);
  // Load or build the related-story index in the background; requests that need it wait.
  getService(strapi, 'related-index')
    .ready()
    .catch((error: unknown) => strapi.log.error(`[newsroom] related index: ${error}`));
  getService(strapi, 'index-sync').start(pluginConfig(strapi).syncIntervalMs);
};

export default bootstrap;
