import { setUpContentManagerViews } from '../../server/src/bootstrap/content-manager-views';
import { adminClient, SUPER_ADMIN } from '../helpers/admin';
import type { Client } from '../helpers/nato-stories';
import { startApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const LINK = 'plugin::newsroom.related-news';

/** The Content Manager's views of the newsroom, as the plugin sets them up on install. */
describe('Content Manager views', () => {
  let app: TestApp;
  let admin: Client;
  const configuration = async (uid: string) => {
    const reply = await admin.get(`/content-manager/content-types/${uid}/configuration`);
    expect(reply.status).toBe(200);
    return reply.body.data.contentType;
  };

  beforeAll(async () => {
    app = await startApp();
    admin = await adminClient(app, SUPER_ADMIN.email, SUPER_ADMIN.password);
  });
  afterAll(() => app?.stop());

  it("lists articles newest first with a newsroom's columns and labels", async () => {
    const article = await configuration(ARTICLE);
    expect(article.settings).toMatchObject({
      mainField: 'title',
      defaultSortBy: 'datePublished',
      defaultSortOrder: 'DESC',
      pageSize: 20,
    });
    expect(article.layouts.list).toEqual(['title', 'datePublished', 'section', 'authors', 'tags']);
    expect(article.metadatas.title.edit.label).toBe('Headline');
    expect(article.metadatas.lead.edit.label).toBe('Lead');
    expect(article.metadatas.tags.list.mainField).toBe('name');
  });

  it('lists links by the headlines they join', async () => {
    const link = await configuration(LINK);
    expect(link.layouts.list).toEqual(['article', 'target', 'kind', 'position']);
    expect(link.metadatas.article.list.mainField).toBe('title');
    expect(link.metadatas.target.list.mainField).toBe('title');
    expect(link.metadatas.target.edit.mainField).toBe('title');
  });

  it("keeps an app's own changes on the next start", async () => {
    const article = await configuration(ARTICLE);
    // as the admin sends it: list.mainField is derived from edit.mainField, not stored
    for (const meta of Object.values(article.metadatas) as Array<{ list: object }>) {
      delete (meta.list as { mainField?: unknown }).mainField;
    }
    const changed = await admin.put(`/content-manager/content-types/${ARTICLE}/configuration`, {
      settings: {
        ...article.settings,
        pageSize: 50,
        defaultSortBy: 'title',
        defaultSortOrder: 'ASC',
      },
      metadatas: article.metadatas,
      layouts: { ...article.layouts, list: ['title', 'section'] },
    });
    expect(changed.body.error ?? null).toBeNull();
    await setUpContentManagerViews(app.strapi);
    const after = await configuration(ARTICLE);
    expect(after.settings).toMatchObject({ pageSize: 50, defaultSortBy: 'title' });
    expect(after.layouts.list).toEqual(['title', 'section']);

    // nor applied to settings an app changed before the views were ever offered
    const store = app.strapi.store({
      type: 'plugin',
      name: 'newsroom',
      key: 'content-manager-views',
    });
    await store.delete({});
    await setUpContentManagerViews(app.strapi);
    expect((await configuration(ARTICLE)).settings).toMatchObject({ pageSize: 50 });
  });
});
