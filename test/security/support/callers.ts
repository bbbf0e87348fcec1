import type { Core } from '@strapi/strapi';

import { PUBLIC_READ_ACTIONS } from '../../../playground/src/seed/public-permissions';
import { http } from '../../helpers/http';

/**
 * Everyone who can read the newsroom: the Public role (granted read by the playground), a
 * Users & Permissions user whose Authenticated role is granted the same reads, and API tokens
 * of both kinds. A later issue will let API tokens read drafts with an explicit `status=draft`
 * on the article routes (previews); until then every caller reads published content only.
 */
export type Caller = { name: string; api: ReturnType<typeof http>; bearer?: string };

const grantAuthenticatedRead = async (strapi: Core.Strapi) => {
  const role = await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'authenticated' } });
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  for (const action of PUBLIC_READ_ACTIONS) {
    await permissions.create({ data: { action, role: role.id } });
  }
  return role;
};

export const createCallers = async (strapi: Core.Strapi, url: string): Promise<Caller[]> => {
  const role = await grantAuthenticatedRead(strapi);
  const user = await strapi.plugin('users-permissions').service('user').add({
    username: 'security-reader',
    email: 'security-reader@newsroom.test',
    password: 'Security-reader-1',
    provider: 'local',
    confirmed: true,
    blocked: false,
    role: role.id,
  });
  const jwt = strapi.plugin('users-permissions').service('jwt').issue({ id: user.id });

  const token = async (type: 'read-only' | 'full-access') =>
    (
      await strapi.service('admin::api-token').create({
        name: `security-${type}`,
        type,
        lifespan: null,
      })
    ).accessKey as string;

  const readOnly = await token('read-only');
  const fullAccess = await token('full-access');
  return [
    { name: 'anonymous (Public role)', api: http(url) },
    { name: 'Users & Permissions user', api: http(url, jwt), bearer: jwt },
    { name: 'read-only API token', api: http(url, readOnly), bearer: readOnly },
    { name: 'full-access API token', api: http(url, fullAccess), bearer: fullAccess },
  ];
};
