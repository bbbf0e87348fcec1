import { adminClient, SUPER_ADMIN } from '../helpers/admin';
import { http } from '../helpers/http';
import type { Client } from '../helpers/nato-stories';
import { startApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const UNIAN = 'unian/all-allies-agree-ukraine-will-become-nato-member';

const paragraphs = (...texts: string[]) =>
  texts.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));

/** Where a "Read also" link sits in its story's body: `afterBlock`, kept valid as bodies change. */
describe('Link placement in the body (afterBlock)', () => {
  let app: TestApp;
  let admin: Client;
  let api: Client;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await startApp();
    admin = await adminClient(app, SUPER_ADMIN.email, SUPER_ADMIN.password);
    api = http(`${app.url}/api/newsroom`, app.token);
    const unian = await app.strapi.db.query(ARTICLE).findOne({ where: { externalId: UNIAN } });
    ids.unian = unian.documentId;
    const story = async (title: string, body: unknown[]) =>
      (
        (await app.strapi
          .documents(ARTICLE)
          .create({ data: { title, body }, status: 'published' } as never)) as {
          documentId: string;
        }
      ).documentId;
    ids.long = await story('A story in three paragraphs', paragraphs('One.', 'Two.', 'Three.'));
    ids.other = await story('Another story', paragraphs('Elsewhere.'));
    ids.third = await story('A third story', paragraphs('More.'));
  });
  afterAll(() => app?.stop());

  it('reads the UNIAN story\'s "Read also" links after its 4th paragraph on every route', async () => {
    const own = await api.get(`/articles/${ids.unian}/related-news`);
    expect(own.status).toBe(200);
    expect(own.body.data.map((l: { afterBlock: number }) => l.afterBlock)).toEqual([3, 3]);
    const listed = await api.get(
      `/related-news?filters[article][documentId][$eq]=${ids.unian}&sort=position`
    );
    expect(listed.body.data.map((l: { afterBlock: number }) => l.afterBlock)).toEqual([3, 3]);
    const related = await api.get(`/articles/${ids.unian}/related?limit=2`);
    expect(related.body.data).toEqual([
      expect.objectContaining({ kind: 'read-also', origin: 'import', afterBlock: 3 }),
      expect.objectContaining({ kind: 'read-also', origin: 'import', afterBlock: 3 }),
    ]);
    const editor = await admin.get(`/newsroom/links/${ids.unian}`);
    expect(editor.body.data.map((l: { afterBlock: number }) => l.afterBlock)).toEqual([3, 3]);
  });

  it('sets and changes afterBlock from the admin, within the body only', async () => {
    const created = await admin.post('/newsroom/links', {
      article: ids.long,
      target: ids.other,
      afterBlock: 2,
    });
    expect(created.status).toBe(201);
    expect(created.body.data.afterBlock).toBe(2);
    ids.link = created.body.data.documentId;

    const beyond = await admin.post('/newsroom/links', {
      article: ids.long,
      target: ids.third,
      afterBlock: 3,
    });
    expect(beyond.status).toBe(400);
    expect(beyond.body.error.message).toBe(
      "afterBlock: must be less than 3, the number of blocks of the article's body"
    );
    const negative = await admin.post('/newsroom/links', {
      article: ids.long,
      target: ids.third,
      afterBlock: -1,
    });
    expect(negative.status).toBe(400);
    expect(negative.body.error.message).toMatch(/^afterBlock/);

    const moved = await admin.put(`/newsroom/links/${ids.link}`, { afterBlock: 0 });
    expect(moved.body.data.afterBlock).toBe(0);
    expect((await admin.put(`/newsroom/links/${ids.link}`, { afterBlock: 9 })).status).toBe(400);
    const cleared = await admin.put(`/newsroom/links/${ids.link}`, { afterBlock: null });
    expect(cleared.body.data.afterBlock).toBeNull();
  });

  it('sets afterBlock through the Content API, checked the same way', async () => {
    const created = await api.post('/related-news', {
      data: { article: ids.long, target: ids.third, afterBlock: 1 },
    });
    expect(created.status).toBe(201);
    expect(created.body.data.afterBlock).toBe(1);
    const beyond = await api.put(`/related-news/${created.body.data.documentId}`, {
      data: { afterBlock: 5 },
    });
    expect(beyond.status).toBe(400);
    expect(beyond.body.error.message).toMatch(/^afterBlock: must be less than 3/);
  });

  it('moves links past a shortened body to its last block, and after an emptied one', async () => {
    await admin.put(`/newsroom/links/${ids.link}`, { afterBlock: 2 });
    const update = (body: unknown[]) =>
      app.strapi.documents(ARTICLE).update({ documentId: ids.long, data: { body } } as never);
    const places = async () =>
      (await admin.get(`/newsroom/links/${ids.long}`)).body.data.map(
        (l: { afterBlock: number | null }) => l.afterBlock
      );

    await update(paragraphs('One.', 'Two.', 'Three.', 'Four.'));
    expect(await places()).toEqual([2, 1]);
    await update(paragraphs('One, rewritten.', 'Two, rewritten.'));
    expect(await places()).toEqual([1, 1]);
    await update([]);
    expect(await places()).toEqual([null, null]);
  });
});
