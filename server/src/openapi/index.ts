import type { Core } from '@strapi/strapi';

import { contentApiPaths } from './paths';
import { componentSchemas } from './schemas';

/** The documentation plugin's default plugins, documented when an app names none. */
const DOCUMENTATION_DEFAULTS = ['upload', 'users-permissions'];

type OverrideService = {
  registerOverride: (
    spec: Record<string, unknown>,
    options: { pluginOrigin?: string; excludeFromGeneration?: string[] }
  ) => void;
};

/** The newsroom's part of the generated OpenAPI document. */
export const newsroomSpec = () => ({
  tags: [
    {
      name: 'Newsroom articles',
      description: 'Published stories, their links and related stories',
    },
    { name: 'Newsroom authors' },
    { name: 'Newsroom tags' },
    { name: 'Newsroom related news', description: 'Readable editor-placed links' },
  ],
  paths: contentApiPaths(),
  components: { schemas: componentSchemas() },
});

/**
 * With `@strapi/plugin-documentation` installed, the newsroom's Content API is in the document
 * it generates, without the app configuring anything: when the app names no plugins to
 * document (`x-strapi-config.plugins` unset), the newsroom joins the documentation plugin's
 * defaults; an app that lists plugins decides, and gets the newsroom by listing `newsroom`.
 * The spec is written here, not generated from the routes: the generator would document the
 * hidden types and private fields and answer single articles for the related lists.
 */
export const registerOpenAPI = (strapi: Core.Strapi) => {
  const documentation = strapi.plugin('documentation');
  if (!documentation) return;
  const key = 'plugin::documentation.x-strapi-config';
  const xConfig = (strapi.config.get(key) ?? {}) as { plugins?: string[] | null };
  if (xConfig.plugins === null || xConfig.plugins === undefined) {
    strapi.config.set(key, { ...xConfig, plugins: [...DOCUMENTATION_DEFAULTS, 'newsroom'] });
  }
  (documentation.service('override') as unknown as OverrideService).registerOverride(
    newsroomSpec(),
    {
      pluginOrigin: 'newsroom',
      excludeFromGeneration: ['newsroom'],
    }
  );
};
