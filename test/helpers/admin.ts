import { http } from './http';
import type { TestApp } from './strapi';

/** The playground's super admin (see playground/src/seed/admin-user.ts). */
export const SUPER_ADMIN = { email: 'editor@newsroom.local', password: 'Newsroom-Demo-2026' };

/** Logs in to the admin and answers an HTTP client carrying the admin JWT. */
export const adminClient = async (app: TestApp, email: string, password: string) => {
  const reply = await http(app.url).post('/admin/login', { email, password });
  if (reply.status !== 200) throw new Error(`admin login of ${email}: ${reply.status}`);
  return http(app.url, reply.body.data.token as string);
};

/** An admin whose only role holds exactly `actions`, logged in. */
export const adminWithActions = async (app: TestApp, name: string, actions: string[]) => {
  const roles = app.strapi.service('admin::role');
  const role = await roles.create({ name, description: `Only ${actions.join(', ')}` });
  await roles.assignPermissions(
    role.id,
    actions.map((action) => ({ action, subject: null, properties: {}, conditions: [] }))
  );
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
