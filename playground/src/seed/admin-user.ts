import type { Core } from '@strapi/strapi';

/**
 * Creates the demo's super admin from NEWSROOM_ADMIN_* (defaults below) when the app has no
 * admin yet, and prints how to log in.
 */
export const ensureAdminUser = async (strapi: Core.Strapi) => {
  const email = process.env.NEWSROOM_ADMIN_EMAIL || 'editor@newsroom.local';
  const password = process.env.NEWSROOM_ADMIN_PASSWORD || 'Newsroom-Demo-2026';
  const users = strapi.service('admin::user');
  if (!(await users.exists())) {
    const superAdmin = await strapi.service('admin::role').getSuperAdmin();
    await users.create({
      email,
      password,
      firstname: process.env.NEWSROOM_ADMIN_FIRSTNAME || 'Demo',
      lastname: process.env.NEWSROOM_ADMIN_LASTNAME || 'Editor',
      isActive: true,
      registrationToken: null,
      roles: superAdmin ? [superAdmin.id] : [],
    });
    strapi.log.info(`[newsroom demo] created admin ${email}`);
  }
  const host = strapi.config.get<string>('server.host', 'localhost');
  const port = strapi.config.get<number>('server.port', 1337);
  const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/admin`;
  strapi.log.info(`[newsroom demo] log in at ${url} as ${email} / ${password}`);
};
