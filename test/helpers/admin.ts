import { http } from './http';
import type { TestApp } from './strapi';

/** The playground's super admin (see playground/src/seed/admin-user.ts). */
export const SUPER_ADMIN = { email: 'editor@newsroom.local', password: 'Newsroom-Demo-2026' };

/** Logs in to the admin of the server at `baseUrl` and answers the admin JWT. */
export const adminLogin = async (baseUrl: string, email: string, password: string) => {
  const reply = await http(baseUrl).post('/admin/login', { email, password });
  if (reply.status !== 200) throw new Error(`admin login of ${email}: ${reply.status}`);
  return reply.body.data.token as string;
};

/** Logs in to the admin and answers an HTTP client carrying the admin JWT. */
export const adminClient = async (app: TestApp, email: string, password: string) =>
  http(app.url, await adminLogin(app.url, email, password));

/** The Content Manager's read permission on every article, every locale, every field. */
export const READ_ARTICLES = {
  action: 'plugin::content-manager.explorer.read',
  subject: 'plugin::newsroom.article',
  properties: { locales: null },
  conditions: [],
};

/** An admin whose only role holds exactly `actions` (and the `permissions` given), logged in. */
export const adminWithActions = async (
  app: TestApp,
  name: string,
  actions: string[],
  permissions: Array<typeof READ_ARTICLES> = []
) => {
  const roles = app.strapi.service('admin::role');
  const role = await roles.create({ name, description: `Only ${actions.join(', ')}` });
  await roles.assignPermissions(role.id, [
    ...actions.map((action) => ({ action, subject: null, properties: {}, conditions: [] })),
    ...permissions,
  ]);
  const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}@newsroom.local`;
  const password = 'Role-password-1';
  await app.strapi.service('admin::user').create({
    email,
    password,
    firstname: name,
    lastname: 'Tester',
    isActive: true,
    registrationToken: null,
    roles: [role.id],
  });
  return adminClient(app, email, password);
};

/** Newsroom content types that are localized: their permissions name the locales they cover. */
const LOCALIZED = new Set(['plugin::newsroom.article', 'plugin::newsroom.related-news']);

type Permission = {
  action: string;
  subject: string | null;
  properties: Record<string, unknown>;
  conditions: string[];
};

/**
 * Creates an admin user with one role: the content-manager rights of Strapi's built-in Editor
 * role (on every locale) plus exactly `actions` of the newsroom plugin.
 */
export const createEditor = async (
  baseUrl: string,
  superAdminToken: string,
  { email, password, actions }: { email: string; password: string; actions: string[] }
) => {
  const api = http(baseUrl, superAdminToken);
  const roles = await api.get('/admin/roles');
  const editor = roles.body.data.find((role: { code: string }) => role.code === 'strapi-editor');
  const editorPermissions: Permission[] = (await api.get(`/admin/roles/${editor.id}/permissions`))
    .body.data;
  const locales: string[] = (await api.get('/i18n/locales')).body.map(
    (locale: { code: string }) => locale.code
  );
  const created = await api.post('/admin/roles', {
    name: `Newsroom ${email}`,
    description: `Newsroom actions: ${actions.join(', ') || 'none'}`,
  });
  if (created.status !== 201 && created.status !== 200) {
    throw new Error(`role not created: ${JSON.stringify(created.body)}`);
  }
  const permissions = [
    ...editorPermissions.map(({ action, subject, properties, conditions }) => ({
      action,
      subject,
      properties: subject && LOCALIZED.has(subject) ? { ...properties, locales } : properties,
      conditions,
    })),
    ...actions.map((action) => ({ action, subject: null, properties: {}, conditions: [] })),
  ];
  const granted = await api.put(`/admin/roles/${created.body.data.id}/permissions`, {
    permissions,
  });
  if (granted.status !== 200) throw new Error(`not granted: ${JSON.stringify(granted.body)}`);
  await registerAdmin(baseUrl, superAdminToken, { email, password, roles: [created.body.data.id] });
  return { email, password };
};

/**
 * Creates an admin user with the given roles through the admin API (invited by the super admin,
 * then registered with its password), as an administrator would.
 */
export const registerAdmin = async (
  baseUrl: string,
  superAdminToken: string,
  { email, password, roles }: { email: string; password: string; roles: number[] }
) => {
  const user = await http(baseUrl, superAdminToken).post('/admin/users', {
    email,
    firstname: 'Limited',
    lastname: 'Editor',
    roles,
  });
  if (user.status !== 201) throw new Error(`user not created: ${JSON.stringify(user.body)}`);
  const registered = await http(baseUrl).post('/admin/register', {
    registrationToken: user.body.data.registrationToken,
    userInfo: { firstname: 'Limited', lastname: 'Editor', password },
  });
  if (registered.status !== 200) {
    throw new Error(`user not registered: ${JSON.stringify(registered.body)}`);
  }
};

/**
 * Gives one of Strapi's built-in roles (`strapi-author`, `strapi-editor`) every locale on its
 * newsroom permissions and the newsroom's `actions`, keeping its own permissions and their
 * conditions (the Author's "Is creator"). Answers the role's id.
 */
export const grantBuiltInRole = async (
  baseUrl: string,
  superAdminToken: string,
  code: string,
  actions: string[]
): Promise<number> => {
  const api = http(baseUrl, superAdminToken);
  const role = (await api.get('/admin/roles')).body.data.find(
    (found: { code: string }) => found.code === code
  );
  const permissions: Permission[] = (await api.get(`/admin/roles/${role.id}/permissions`)).body
    .data;
  const locales: string[] = (await api.get('/i18n/locales')).body.map(
    (locale: { code: string }) => locale.code
  );
  const granted = await api.put(`/admin/roles/${role.id}/permissions`, {
    permissions: [
      ...permissions.map(({ action, subject, properties, conditions }) => ({
        action,
        subject,
        properties: subject && LOCALIZED.has(subject) ? { ...properties, locales } : properties,
        conditions,
      })),
      ...actions.map((action) => ({ action, subject: null, properties: {}, conditions: [] })),
    ],
  });
  if (granted.status !== 200) throw new Error(`not granted: ${JSON.stringify(granted.body)}`);
  return role.id;
};
