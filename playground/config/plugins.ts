import path from 'node:path';

/**
 * The demo loads the plugin from this repository (its built `dist/`), as an app would load
 * it from node_modules. Compiled config lives in playground/dist/config, three levels below
 * the repository root.
 */
export default ({ env }) => ({
  newsroom: {
    enabled: true,
    resolve: env('NEWSROOM_PLUGIN_PATH', path.resolve(__dirname, '../../..')),
  },
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET'),
    },
  },
});
