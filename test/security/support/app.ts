import { startApp, type TestApp } from '../../helpers/strapi';
import { type Caller, createCallers } from './callers';
import { type Fixtures, seedFixtures } from './fixtures';

export type SecurityApp = { app: TestApp; fixtures: Fixtures; callers: Record<string, Caller> };

/** The names of the callers every probe runs as (see callers.ts). */
export const CALLERS = [
  'anonymous (Public role)',
  'Users & Permissions user',
  'read-only API token',
  'full-access API token',
];

/** Boots the playground on a fresh database with the fixtures and the four callers. */
export const startSecurityApp = async (): Promise<SecurityApp> => {
  const app = await startApp();
  const fixtures = await seedFixtures(app.strapi);
  const list = await createCallers(app.strapi, app.url);
  return { app, fixtures, callers: Object.fromEntries(list.map((c) => [c.name, c])) };
};
