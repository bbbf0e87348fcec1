import { adminLogin, SUPER_ADMIN } from '../helpers/admin';
import { http } from '../helpers/http';
import { startApp, type TestApp } from '../helpers/strapi';
import { nestedArrays, sendRaw } from './support/write-fixtures';

/**
 * The plugin's admin routes refuse a request body nested deeper than 64 levels (400) or holding
 * more than 100,000 values (413) with a message, as the Content API's writes do, before any
 * validator or error handler walks it: a body 3,000 or 20,000 levels deep used to overflow the
 * stack (500). Bodies within bounds are answered as before.
 */
const DEEP_BLOCKS = (depth: number) =>
  `{"title":"Deep","body":[${'{"type":"list","children":['.repeat(depth)}${']}'.repeat(depth)}]}`;

describe('Security: admin routes keep the request-body limits', () => {
  let app: TestApp;
  let token: string;
  /** Sends as the super admin, or without a session when `bearer` is null. */
  const send = (method: string, path: string, text: string, bearer: string | null = token) =>
    sendRaw(`${app.url}${path}`, bearer ?? undefined, method, text);

  beforeAll(async () => {
    app = await startApp();
    token = await adminLogin(app.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
  }, 300_000);
  afterAll(() => app?.stop());

  it.each([
    ['POST', '/newsroom/suggestions/draft', DEEP_BLOCKS(3_000)],
    ['POST', '/newsroom/links', nestedArrays(20_000)],
    ['POST', '/newsroom/links', `{"article":"x","target":${nestedArrays(100)}}`],
    ['PUT', '/newsroom/links/x/order', `{"order":${nestedArrays(20_000)}}`],
    ['PUT', '/newsroom/links/x', `{"kind":${nestedArrays(5_000)}}`],
    ['POST', '/newsroom/dismissals', `{"article":${nestedArrays(5_000)}}`],
    ['POST', '/newsroom/index/rebuild', nestedArrays(5_000)],
  ])('%s %s with a body nested too deep: 400 with a message', async (method, path, body) => {
    const reply = await send(method, path, body);
    expect([reply.status, reply.body?.error?.message]).toEqual([
      400,
      'request body: nested deeper than 64 levels',
    ]);
  });

  it.each([
    ['POST', '/newsroom/suggestions/draft'],
    ['POST', '/newsroom/links'],
  ])('%s %s with more than 100,000 values: 413 with a message', async (method, path) => {
    const body = `{"tags":[${Array.from({ length: 100_001 }, () => '0').join(',')}]}`;
    const reply = await send(method, path, body);
    expect([reply.status, reply.body?.error?.message]).toEqual([
      413,
      'request body: more than 100000 values',
    ]);
  });

  it('without an admin session a deep body is 401, not a 500', async () => {
    const reply = await send('POST', '/newsroom/links', nestedArrays(20_000), null);
    expect(reply.status).toBe(401);
  });

  it('bodies within bounds are answered by the route as before', async () => {
    const admin = http(app.url, token);
    const draft = await admin.post('/newsroom/suggestions/draft', {
      title: 'Ukraine',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Kyiv.' }] }],
    });
    expect(draft.status).toBe(200);
    expect(Array.isArray(draft.body.data.suggestions)).toBe(true);
    const link = await admin.post('/newsroom/links', { article: 'no-such-story' });
    expect(link.status).toBe(400);
    expect(link.body.error.message).not.toMatch(/request body/);
  });
});
