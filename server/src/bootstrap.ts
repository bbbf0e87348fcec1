import type { Core } from '@strapi/strapi';

import { ACTION_LIST } from '../../shared/contracts/permissions';
import { setUpContentManagerViews } from './bootstrap/content-manager-views';
import { isIndexer, pluginConfig } from './config';
import { ensureJoinIndexes } from './repositories/db-indexes';
import { ensureHeadlineIndex } from './repositories/headline-index';
import { indexEvents } from './repositories/index-events';
import { linkLabels } from './repositories/link-labels';
import { getService } from './utils/get-service';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  // The plugin's admin actions, granted per role under Settings → Roles → Plugins.
  await strapi.service('admin::permission').actionProvider.registerMany(ACTION_LIST);
  await ensureJoinIndexes(strapi);
  await ensureHeadlineIndex(strapi);
  // The Content Manager's list and edit views of the newsroom, unless the app changed them.
  await setUpContentManagerViews(strapi);
  // Links stored before links had labels get theirs (once; in the background).
  linkLabels(strapi)
    .refresh({ label: { $null: true } })
    .catch((error: unknown) => strapi.log.error(`[newsroom] link labels: ${error}`));
  if (isIndexer(strapi)) {
    // Load or build the related-story index in the background; requests that need it wait.
    // Then every stored list the saved generation lacks is ranked, in the background too.
    getService(strapi, 'related-index')
      .ready()
      .then(() => getService(strapi, 'list-ranker').start())
      .catch((error: unknown) => strapi.log.error(`[newsroom] related index: ${error}`));
  } else {
    // A web instance: no index, only the current saved generation, and events from now on.
    const related = getService(strapi, 'related-index');
    related.advanceEvents(await indexEvents(strapi).newestId());
    await getService(strapi, 'stored-lists').follow();
  }
  getService(strapi, 'index-sync').start(pluginConfig(strapi).syncIntervalMs);
};

export default bootstrap;
