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
    ...[
      ['GET', '/links/:documentId', 'admin-links.find', ACTIONS.readSuggestions],
      ['GET', '/search', 'admin-links.search', ACTIONS.readSuggestions],
      ['GET', '/anchors/:documentId', 'admin-writing.anchors', ACTIONS.readSuggestions],
      ['POST', '/suggestions/draft', 'admin-writing.draft', ACTIONS.readSuggestions],
      ['POST', '/links', 'admin-links.create', ACTIONS.manageLinks],
      ['PUT', '/links/:documentId/order', 'admin-links.reorder', ACTIONS.manageLinks],
      ['PUT', '/links/:documentId', 'admin-links.update', ACTIONS.manageLinks],
      ['DELETE', '/links/:documentId', 'admin-links.delete', ACTIONS.manageLinks],
      ['POST', '/dismissals', 'admin-links.dismiss', ACTIONS.manageLinks],
      ['GET', '/reports/unlinked', 'admin-reports.unlinked', ACTIONS.viewReports],
      ['GET', '/reports/broken', 'admin-reports.broken', ACTIONS.viewReports],
      ['GET', '/reports/coverage', 'admin-reports.coverage', ACTIONS.viewReports],
      ['GET', '/story-map', 'admin-reports.storyMap', ACTIONS.viewReports],
    ].map(([method, path, handler, action]) => ({
      method,
      path,
      handler,
      config: guarded(action),
    })),
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
