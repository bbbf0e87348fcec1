import fs from 'node:fs';
import path from 'node:path';

/**
 * The repository root: the nearest folder above this file whose package.json is the plugin's.
 * This file is read from two places, `config/` (by `strapi build`, which bundles the plugin's
 * admin) and the compiled `dist/config/` (by the server), so a fixed `../..` fits only one.
 */
const pluginRoot = (): string => {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (
      fs.existsSync(manifest) &&
      JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'strapi-plugin-newsroom'
    ) {
      return dir;
    }
  }
  throw new Error(`strapi-plugin-newsroom not found above ${__dirname}`);
};

/** The demo loads the plugin from this repository (its built `dist/`), as an app would load it from node_modules. */
export default ({ env }) => ({
  newsroom: {
    /** NEWSROOM_ENABLED=false: Strapi without the plugin (the topology benchmark's bare Strapi). */
    enabled: env.bool('NEWSROOM_ENABLED', true),
    resolve: env('NEWSROOM_PLUGIN_PATH', pluginRoot()),
    config: {
      /** false: a web instance serving the stored related lists, without the index in memory. */
      indexer: env.bool('NEWSROOM_INDEXER', true),
      /** Worker threads building and ranking (`auto`: one per core; 0: on the main thread). */
      indexerWorkers:
        env('NEWSROOM_INDEXER_WORKERS', 'auto') === 'auto'
          ? 'auto'
          : env.int('NEWSROOM_INDEXER_WORKERS'),
      /** The reference site reading this newsroom: links in feeds, sitemaps and JSON-LD. */
      site: {
        url: env('NEWSROOM_SITE_URL', 'http://localhost:3000'),
        mediaUrl: env('NEWSROOM_MEDIA_URL', 'http://localhost:1337'),
        sitemapPageSize: env.int('NEWSROOM_SITEMAP_PAGE_SIZE', 50000),
        publication: {
          name: 'Newsroom Demo',
          languages: { en: 'en', uk: 'uk' },
        },
      },
    },
  },
  /**
   * GraphQL reads the same published-only content as REST (the plugin constrains its queries),
   * through the same Users & Permissions actions (`plugin::newsroom.article.find`, …). Limits
   * keep one anonymous query from walking the whole newsroom; the landing page and schema
   * introspection are for development only.
   */
  graphql: {
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      depthLimit: 10,
      defaultLimit: 25,
      maxLimit: 100,
      landingPage: env('NODE_ENV') !== 'production',
      apolloServer: {
        introspection: env('NODE_ENV') !== 'production',
      },
    },
  },
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET'),
    },
  },
});
