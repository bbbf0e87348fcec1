import type { Core } from '@strapi/strapi';

import { ensureAdminUser } from './seed/admin-user';
import { seedDemoContent } from './seed/demo-content';
import { ensureLocales } from './seed/locales';
import { grantPublicRead } from './seed/public-permissions';

export default {
  register() {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    // without the plugin (NEWSROOM_ENABLED=false) there is no newsroom to grant or seed
    if (strapi.plugin('newsroom')) {
      await grantPublicRead(strapi);
      await seedDemoContent(strapi);
    }
    await ensureAdminUser(strapi);
  },
};
