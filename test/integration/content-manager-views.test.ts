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
    expect(article.layouts.list).toEqual([
      'title',
      'datePublished',
      'embargoUntil',
      'section',
      'authors',
      'tags',
    ]);
    expect(article.metadatas.embargoUntil.list.label).toBe('Embargoed until');
    expect(article.metadatas.title.edit.label).toBe('Headline');
    expect(article.metadatas.lead.edit.label).toBe('Lead');
    expect(article.metadatas.tags.list.mainField).toBe('name');
  });

  it('lists links by their label and the headlines they join', async () => {
    const link = await configuration(LINK);
    expect(link.settings.mainField).toBe('label');
    expect(link.layouts.list).toEqual(['label', 'article', 'kind', 'position']);
    expect((await configuration(ARTICLE)).metadatas.relatedNews.edit.mainField).toBe('label');
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

  it('labels each link "<kind> → <target headline>", kept current as the target changes', async () => {
    const documents = app.strapi.documents as unknown as (uid: string) => {
      create: (params: object) => Promise<{ documentId: string }>;
      update: (params: object) => Promise<unknown>;
      delete: (params: object) => Promise<unknown>;
    };
    const story = (title: string) =>
      documents(ARTICLE).create({ data: { title, lead: `${title}.` }, status: 'published' });
    const from = await story('Label source story');
    const to = await story('Label target story');
    const link = await documents(LINK).create({
      data: { article: from.documentId, target: to.documentId, kind: 'background' },
    });
    const external = await documents(LINK).create({
      data: {
        article: from.documentId,
        externalUrl: 'https://www.nato.int/cps/en/natohq/official_texts.htm',
        title: 'Vilnius Summit Communiqué',
        kind: 'see-also',
        label: 'a label a caller tries to set',
      },
    });
    // What the Content Manager lists (its main field) and shows in the article's relation field.
    const labels = async () => {
      const list = await admin.get(`/content-manager/collection-types/${LINK}?page=1&pageSize=100`);
      expect(list.status).toBe(200);
      return Object.fromEntries(
        list.body.results.map((row: { documentId: string; label: string }) => [
          row.documentId,
          row.label,
        ])
      );
    };
    expect(await labels()).toMatchObject({
      [link.documentId]: 'Background → Label target story',
      [external.documentId]: 'See also → Vilnius Summit Communiqué (www.nato.int)',
    });
    const related = await admin.get(
      `/content-manager/relations/${ARTICLE}/${from.documentId}/relatedNews?page=1&pageSize=10`
    );
    expect(related.status).toBe(200);
    expect(related.body.results.map((row: { label: string }) => row.label).sort()).toEqual([
      'Background → Label target story',
      'See also → Vilnius Summit Communiqué (www.nato.int)',
    ]);

    await documents(ARTICLE).update({
      documentId: to.documentId,
      data: { title: 'Label target story, renamed' },
    });
    expect((await labels())[link.documentId]).toBe('Background → Label target story, renamed');
    await documents(LINK).update({ documentId: link.documentId, data: { kind: 'follow-up' } });
    expect((await labels())[link.documentId]).toBe('Follow-up → Label target story, renamed');

    await documents(ARTICLE).delete({ documentId: to.documentId });
    expect((await labels())[link.documentId]).toBe(`Follow-up → [deleted story ${to.documentId}]`);
  });

  it('offers the link label to a configuration an earlier version of the views set up', async () => {
    const store = app.strapi.store({
      type: 'plugin',
      name: 'newsroom',
      key: 'content-manager-views',
    });
    const article = await configuration(ARTICLE);
    for (const meta of Object.values(article.metadatas) as Array<{ list: object }>) {
      delete (meta.list as { mainField?: unknown }).mainField;
    }
    // the article's view as the first version left it (the app changed no setting, one column)
    article.metadatas.relatedNews.edit.mainField = 'externalUrl';
    await admin.put(`/content-manager/content-types/${ARTICLE}/configuration`, {
      settings: {
        ...article.settings,
        pageSize: 20,
        defaultSortBy: 'datePublished',
        defaultSortOrder: 'DESC',
      },
      metadatas: article.metadatas,
      layouts: { ...article.layouts, list: ['title', 'datePublished'] },
    });
    await store.set({ value: { [ARTICLE]: 1, [LINK]: 1 } });
    await setUpContentManagerViews(app.strapi);
    const after = await configuration(ARTICLE);
    expect(after.metadatas.relatedNews.edit.mainField).toBe('label');
    expect(after.layouts.list).toEqual(['title', 'datePublished']);
  });
});
