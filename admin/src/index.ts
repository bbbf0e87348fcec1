import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import type { StrapiApp } from '@strapi/strapi/admin';
import { ChartPie, Graph, Link, WarningCircle } from '@strapi/icons';

import { CrossLinksPanelDescription } from './components/CrossLinks';
import { EmbargoPanelDescription } from './components/EmbargoPanel';
import { Initializer } from './components/Initializer';
import en from './translations/en.json';
import { REPORT_PERMISSIONS } from './permissions';
import { PLUGIN_ID } from './pluginId';
import { getTranslation } from './utils/getTranslation';
import { pluginPath } from './utils/urls';

type ContentManagerApis = {
  apis: { addEditViewSidePanel: (panels: PanelComponent[]) => void };
};

const message = (key: keyof typeof en) => ({ id: getTranslation(key), defaultMessage: en[key] });

const plugin: StrapiApp['appPlugins'][string] = {
  register(app) {
    app.registerPlugin({
      id: PLUGIN_ID,
      initializer: Initializer,
      isReady: false,
      name: PLUGIN_ID,
    });

    app.addMenuLink({
      to: pluginPath(PLUGIN_ID),
      icon: Graph,
      intlLabel: message('map.title'),
      permissions: REPORT_PERMISSIONS,
      Component: () => import('./pages/StoryMapPage'),
    });

    app.widgets.register([
      {
        id: 'unlinked-stories',
        pluginId: PLUGIN_ID,
        icon: Link,
        title: message('widgets.unlinked.title'),
        component: async () => (await import('./widgets/UnlinkedStoriesWidget')).default,
        permissions: REPORT_PERMISSIONS,
      },
      {
        id: 'broken-links',
        pluginId: PLUGIN_ID,
        icon: WarningCircle,
        title: message('widgets.broken.title'),
        component: async () => (await import('./widgets/BrokenLinksWidget')).default,
        permissions: REPORT_PERMISSIONS,
      },
      {
        id: 'cross-link-coverage',
        pluginId: PLUGIN_ID,
        icon: ChartPie,
        title: message('widgets.coverage.title'),
        component: async () => (await import('./widgets/CoverageWidget')).default,
        permissions: REPORT_PERMISSIONS,
      },
    ]);
  },

  bootstrap(app) {
    const contentManager = app.getPlugin('content-manager') as unknown as ContentManagerApis;
    contentManager.apis.addEditViewSidePanel([EmbargoPanelDescription, CrossLinksPanelDescription]);
  },

  async registerTrads({ locales }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = (await import(`./translations/${locale}.json`)) as {
            default: Record<string, string>;
          };
          const prefixed = Object.fromEntries(
            Object.entries(data).map(([key, value]) => [getTranslation(key), value])
          );
          return { data: prefixed, locale };
        } catch {
          return { data: {}, locale };
        }
      })
    );
  },
};

export default plugin;
