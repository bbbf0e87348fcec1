/** Admin actions of the plugin (Settings → Roles → Plugins → Newsroom). */
export const ACTIONS = {
  readSuggestions: 'plugin::newsroom.suggestions.read',
  manageLinks: 'plugin::newsroom.links.manage',
  viewReports: 'plugin::newsroom.reports.read',
  rebuildIndex: 'plugin::newsroom.index.rebuild',
} as const;
