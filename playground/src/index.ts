import type { Core } from '@strapi/strapi';

import { ensureAdminUser } from './seed/admin-user';
import { seedDemoContent } from './seed/demo-content';
import { ensureLocales } from './seed/locales';
import { grantPublicRead } from './seed/public-permissions';

export default {
  register() {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await grantPublicRead(strapi);
    await seedDemoContent(strapi);
    await ensureAdminUser(strapi);
  },
};
