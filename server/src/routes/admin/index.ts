import { ACTIONS } from '../../../../shared/contracts/permissions';

/** Admin routes: an authenticated admin whose role holds the plugin action. */
const guarded = (action: string) => ({
  policies: [
    'admin::isAuthenticatedAdmin',
    { name: 'admin::hasPermissions', config: { actions: [action] } },
  ],
});

export default () => ({
  type: 'admin',
  routes: [
    {
      method: 'GET',
      path: '/suggestions/:documentId',
      handler: 'suggestions.find',
      config: guarded(ACTIONS.readSuggestions),
    },
    {
      method: 'POST',
      path: '/index/rebuild',
      handler: 'related-index.rebuild',
      config: guarded(ACTIONS.rebuildIndex),
    },
    {
      method: 'GET',
      path: '/index/status',
      handler: 'related-index.status',
      config: guarded(ACTIONS.rebuildIndex),
    },
  ],
});
