import type { Core } from '@strapi/strapi';

import { PLUGIN_ID, UID } from '../../../shared/contracts/uids';

/**
 * The Content Manager's views of the newsroom, set up on install: the article list newest
 * first (by `datePublished`) with the columns a newsroom scans (an embargo's end among them), editor's labels, and links
 * listed by the headlines they join rather than by `externalUrl`.
 *
 * An app's own changes always win. The views are applied once per content type, and only to
 * a configuration whose settings are still the ones the Content Manager generates (sorted by
 * its main field, ascending, 10 a page); that they were applied (or found changed) is marked
 * in the plugin store (`plugin_newsroom_content-manager-views`), so nothing is applied again
 * on later starts, whatever an editor changes afterwards.
 */
type Metadata = { edit?: Record<string, unknown>; list?: Record<string, unknown> };
type Configuration = {
  settings?: Record<string, unknown>;
  metadatas?: Record<string, Metadata>;
  layouts?: { list?: string[]; edit?: unknown; [key: string]: unknown };
};
/** A relation's `edit.mainField` is what the list shows too (the API answers it as `list.mainField`). */
type View = {
  settings: Record<string, unknown>;
  metadatas: Record<string, Metadata>;
  list: string[];
};

/** Bumped when the views change, to offer them (to untouched configurations) again. */
const VERSION = 3;

export const VIEWS: Record<string, View> = {
  [UID.article]: {
    settings: {
      mainField: 'title',
      defaultSortBy: 'datePublished',
      defaultSortOrder: 'DESC',
      pageSize: 20,
    },
    metadatas: {
      title: { edit: { label: 'Headline' }, list: { label: 'Headline' } },
      lead: { edit: { label: 'Lead' } },
      datePublished: { list: { label: 'Published' } },
      embargoUntil: { edit: { label: 'Embargoed until' }, list: { label: 'Embargoed until' } },
      authors: { edit: { mainField: 'name' } },
      tags: { edit: { mainField: 'name' } },
      relatedNews: { edit: { mainField: 'label' } },
    },
    list: ['title', 'datePublished', 'embargoUntil', 'section', 'authors', 'tags'],
  },
  [UID.relatedNews]: {
    settings: { mainField: 'label', defaultSortBy: 'label', defaultSortOrder: 'ASC' },
    metadatas: {
      label: { edit: { label: 'Link', editable: false }, list: { label: 'Link' } },
      article: { edit: { mainField: 'title' }, list: { label: 'From' } },
      target: { edit: { mainField: 'title' }, list: { label: 'To' } },
    },
    list: ['label', 'article', 'kind', 'position'],
  },
};

/** Settings as the Content Manager generates them: its main field ascending, 10 a page. */
const generated = (settings: Record<string, unknown> = {}) =>
  settings.pageSize === 10 &&
  settings.defaultSortOrder === 'ASC' &&
  settings.defaultSortBy === settings.mainField;

/** Settings still as an earlier version of this view left them: a newer version may replace them. */
const applied = (settings: Record<string, unknown>, view: View) =>
  Object.keys(view.settings).length > 0 &&
  Object.entries(view.settings).every(([key, value]) => settings[key] === value);

const withView = (configuration: Configuration, view: View): Configuration => {
  const metadatas = { ...configuration.metadatas };
  for (const [name, { edit, list }] of Object.entries(view.metadatas)) {
    const current = metadatas[name] ?? {};
    metadatas[name] = {
      edit: { ...current.edit, ...edit },
      list: { ...current.list, ...list },
    };
  }
  return {
    settings: { ...configuration.settings, ...view.settings },
    metadatas,
    layouts: { ...configuration.layouts, list: view.list },
  };
};

export const setUpContentManagerViews = async (strapi: Core.Strapi) => {
  const store = strapi.store({ type: 'plugin', name: PLUGIN_ID, key: 'content-manager-views' });
  const done = ((await store.get({})) ?? {}) as Record<string, number>;
  const contentTypes = strapi.plugin('content-manager').service('content-types');
  let changed = false;
  for (const [uid, view] of Object.entries(VIEWS)) {
    if ((done[uid] ?? 0) >= VERSION) continue;
    const configuration: Configuration = await contentTypes.findConfiguration({ uid });
    if (!configuration?.settings) continue; // not generated yet: next start
    if (generated(configuration.settings)) {
      await contentTypes.updateConfiguration({ uid }, withView(configuration, view));
    } else if (applied(configuration.settings, view)) {
      // An earlier version's view: its new labels and main fields, the app's columns kept.
      const updated = withView(configuration, view);
      updated.layouts = configuration.layouts;
      await contentTypes.updateConfiguration({ uid }, updated);
    }
    done[uid] = VERSION;
    changed = true;
  }
  if (changed) await store.set({ value: done });
};
