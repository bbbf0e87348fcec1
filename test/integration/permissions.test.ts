import { http } from '../helpers/http';
import { startApp, type TestApp } from '../helpers/strapi';

/**
 * Access goes through Users & Permissions like any Strapi API: the playground grants the
 * Public role read access; writes need a token or a role that was granted them.
 */
describe('Content API permissions', () => {
  let app: TestApp;
  let jwt: string;

  beforeAll(async () => {
    app = await startApp();
    const registered = await http(app.url).post('/api/auth/local/register', {
      username: 'reader',
      email: 'reader@example.com',
      password: 'Reader-password-1',
    });
    expect(registered.status).toBe(200);
    jwt = registered.body.jwt;
  });
  afterAll(() => app?.stop());

  it('lets the Public role read but not write', async () => {
    const readers = http(app.url);
    expect((await readers.get('/api/newsroom/articles')).status).toBe(200);
    expect((await readers.get('/api/newsroom/tags')).status).toBe(200);
    expect((await readers.get('/api/newsroom/related-news')).status).toBe(200);
    const before = await app.strapi.db.query('plugin::newsroom.article').count({});
    const write = await readers.post('/api/newsroom/articles', {
      data: { title: 'Anonymous post' },
    });
    expect(write.status).toBe(403);
    expect(await app.strapi.db.query('plugin::newsroom.article').count({})).toBe(before);
    const story = (await readers.get('/api/newsroom/articles')).body.data[0];
    expect((await readers.del(`/api/newsroom/articles/${story.documentId}`)).status).toBe(403);
  });

  it('answers 403 to a role that was granted nothing in the newsroom', async () => {
    const user = http(app.url, jwt);
    expect((await user.get('/api/newsroom/articles')).status).toBe(403);
    expect((await user.get('/api/newsroom/authors')).status).toBe(403);
  });

  it('answers 403 once an administrator revokes the Public read grant', async () => {
    const role = await app.strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'public' } });
    await app.strapi.db.query('plugin::users-permissions.permission').deleteMany({
      where: { action: 'plugin::newsroom.tag.find', role: role.id },
    });
    expect((await http(app.url).get('/api/newsroom/tags')).status).toBe(403);
    expect((await http(app.url).get('/api/newsroom/articles')).status).toBe(200);
  });

  it('answers 401 to an invalid token', async () => {
    expect((await http(app.url, 'not-a-token').get('/api/newsroom/articles')).status).toBe(401);
  });
});
