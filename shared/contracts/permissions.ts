import { PLUGIN_ID } from './uids';

/** An admin action of the plugin: its uid within the plugin, its label and its full id. */
const action = <U extends string>(uid: U, displayName: string) => ({
  uid,
  displayName,
  id: `plugin::${PLUGIN_ID}.${uid}` as const,
});

const DEFINED = {
  readSuggestions: action('suggestions.read', 'Read suggestions'),
  manageLinks: action('links.manage', 'Manage links'),
  viewReports: action('reports.read', 'View reports'),
  rebuildIndex: action('index.rebuild', 'Rebuild the related-story index'),
};

/** Admin actions of the plugin (Settings → Roles → Plugins → Newsroom), by their full id. */
export const ACTIONS = {
  readSuggestions: DEFINED.readSuggestions.id,
  manageLinks: DEFINED.manageLinks.id,
  viewReports: DEFINED.viewReports.id,
  rebuildIndex: DEFINED.rebuildIndex.id,
};

/** The actions as the admin's permission provider registers them. */
export const ACTION_LIST = Object.values(DEFINED).map(({ uid, displayName }) => ({
  uid,
  displayName,
  section: 'plugins',
  pluginName: PLUGIN_ID,
}));
