import { errors } from '@strapi/utils';

import { type Client, natoStories, type Link } from '../helpers/nato-stories';
import type { TestApp } from '../helpers/strapi';

type Fixture = Awaited<ReturnType<typeof natoStories>>;

const ARTICLE = 'plugin::newsroom.article';
const LINK = 'plugin::newsroom.related-news';

/** The cross-links panel's API: a story's links, read and written by an editor. */
describe('Admin links, dismissals and search', () => {
  let app: TestApp;
  let admin: Client;
  let ids: Record<string, string>;
  let story: Fixture['story'];
  let linkCount: Fixture['linkCount'];
  let linksOf: Fixture['linksOf'];

  beforeAll(async () => {
    ({ app, admin, ids, story, linkCount, linksOf } = await natoStories());
  });
  afterAll(() => app?.stop());

  it('creates links (appended in order), and a reverse link in the same request', async () => {
    const first = await admin.post('/newsroom/links', {
      article: ids.summit,
      target: ids.ministers,
      kind: 'background',
      origin: 'suggestion',
      score: 0.42,
      reverse: true,
    });
    expect(first.status).toBe(201);
    expect(first.body.data).toMatchObject({
      kind: 'background',
      origin: 'suggestion',
      score: 0.42,
      state: 'ok',
      position: 0,
      targetDocumentId: ids.ministers,
      target: { documentId: ids.ministers, status: 'published' },
    });
    // a background story links back with a follow-up
    expect(first.body.meta.reverse).toMatchObject({
      kind: 'follow-up',
      origin: 'reciprocal',
      targetDocumentId: ids.summit,
    });
    expect((await linksOf(ids.ministers)).map((l) => l.documentId)).toEqual([
      first.body.meta.reverse.documentId,
    ]);

    const external = await admin.post('/newsroom/links', {
      article: ids.summit,
      externalUrl: 'https://www.nato.int/cps/en/natohq/official_texts_217320.htm',
      title: 'Vilnius Summit Communiqué',
    });
    expect(external.status).toBe(201);
    expect(external.body.data).toMatchObject({ state: 'ok', target: null, position: 1 });
    expect(external.body.meta.reverse).toBeNull();

    // the target already links back: no second reverse link
    const back = await admin.post('/newsroom/links', { article: ids.grain, target: ids.ministers });
    expect(back.status).toBe(201);
    const again = await admin.post('/newsroom/links', {
      article: ids.ministers,
      target: ids.grain,
      reverse: true,
    });
    expect(again.status).toBe(201);
    expect(again.body.meta.reverse).toBeNull();
    expect((await linksOf(ids.grain)).map((l) => l.origin)).toEqual(['editor']);
    expect((await linksOf(ids.ministers)).map((l) => l.origin)).toEqual(['reciprocal', 'editor']);
  });

  it('writes neither link when the reverse link fails', async () => {
    let refuse = true;
    app.strapi.documents.use(async (context, next) => {
      const data = (context.params as { data?: { origin?: string } }).data;
      if (refuse && context.uid === LINK && context.action === 'create') {
        if (data?.origin === 'reciprocal') throw new errors.ValidationError('reverse: refused');
      }
      return next();
    });
    const before = await linkCount();
    const reply = await admin.post('/newsroom/links', {
      article: ids.summit,
      target: ids.grain,
      reverse: true,
    });
    refuse = false;
    expect(reply.status).toBe(400);
    expect(await linkCount()).toBe(before);
    expect(
      (await admin.get(`/newsroom/links/${ids.summit}`)).body.data.map(
        (l: { targetDocumentId: string | null }) => l.targetDocumentId
      )
    ).not.toContain(ids.grain);
  });

  it('reorders, changes kind and target, and deletes links', async () => {
    const created = await admin.post('/newsroom/links', { article: ids.summit, target: ids.grain });
    expect(created.status).toBe(201);
    const order = (await linksOf(ids.summit)).map((l) => l.documentId);
    expect(order).toHaveLength(3);

    const reordered = await admin.put(`/newsroom/links/${ids.summit}/order`, {
      order: [...order].reverse(),
    });
    expect(reordered.status).toBe(200);
    expect(reordered.body.data.map((l: Link) => [l.documentId, l.position])).toEqual(
      [...order].reverse().map((id, position) => [id, position])
    );
    expect((await linksOf(ids.summit)).map((l) => l.documentId)).toEqual([...order].reverse());

    const link = created.body.data.documentId;
    const kind = await admin.put(`/newsroom/links/${link}`, { kind: 'see-also' });
    expect(kind.status).toBe(200);
    expect(kind.body.data).toMatchObject({ documentId: link, kind: 'see-also' });

    const retarget = await admin.put(`/newsroom/links/${link}`, { target: ids.draft });
    expect(retarget.status).toBe(200);
    expect(retarget.body.data).toMatchObject({
      targetDocumentId: ids.draft,
      state: 'unpublished',
      target: { documentId: ids.draft, status: 'draft' },
    });

    const removed = await admin.del(`/newsroom/links/${link}`);
    expect(removed.status).toBe(200);
    expect(removed.body.data).toEqual({ documentId: link });
    expect((await linksOf(ids.summit)).map((l) => l.documentId)).not.toContain(link);
    expect((await admin.del(`/newsroom/links/${link}`)).status).toBe(404);
  });

  it('shows a link to an unpublished, then deleted, story as broken', async () => {
    const doomed = await story(
      'NATO summit closing statement',
      'Allies closed the summit.',
      'published'
    );
    const { body } = await admin.post('/newsroom/links', { article: ids.grain, target: doomed });
    const find = async () =>
      (await admin.get(`/newsroom/links/${ids.grain}`)).body.data.find(
        (l: Link) => l.documentId === body.data.documentId
      );
    expect(await find()).toMatchObject({ state: 'ok' });
    await app.strapi.documents(ARTICLE).unpublish({ documentId: doomed } as never);
    expect(await find()).toMatchObject({
      state: 'unpublished',
      target: { documentId: doomed, status: 'draft' },
    });
    await app.strapi.documents(ARTICLE).delete({ documentId: doomed } as never);
    expect(await find()).toMatchObject({
      state: 'deleted',
      target: null,
      targetDocumentId: doomed,
    });
  });

  it('answers 400 naming the field and writes nothing, 404 for an unknown story or link', async () => {
    const before = await linkCount();
    const cases: Array<[unknown, RegExp]> = [
      [{ target: ids.grain }, /article/],
      [{ article: ids.summit, target: ids.grain, kind: 'sideways' }, /kind/],
      [{ article: ids.summit, target: ids.summit }, /target/],
      [{ article: ids.summit, target: ids.ministers }, /target/], // already linked
      [{ article: ids.summit, target: 'no-such-story' }, /target/],
      [{ article: ids.summit, externalUrl: 'https://example.com/x' }, /title/],
      [{ article: ids.summit, target: ids.grain, score: 'high' }, /score/],
      [{ article: ids.summit, target: ids.grain, origin: 'reciprocal' }, /origin/],
      [
        { article: ids.summit, externalUrl: 'https://example.com', title: 'x', reverse: true },
        /reverse/,
      ],
      [{ article: ids.summit, target: ids.grain, position: 3 }, /position/],
      [{ article: ids.summit, target: ids.grain, locale: 'xx' }, /locale/],
    ];
    for (const [body, field] of cases) {
      const reply = await admin.post('/newsroom/links', body);
      expect([reply.status, reply.body.error.message]).toEqual([400, expect.stringMatching(field)]);
    }
    const [link] = await linksOf(ids.summit);
    const order = await admin.put(`/newsroom/links/${ids.summit}/order`, {
      order: [link.documentId],
    });
    expect(order.status).toBe(400);
    expect(order.body.error.message).toMatch(/order/);
    const bad = await admin.put(`/newsroom/links/${link.documentId}`, { kind: 'sideways' });
    expect([bad.status, bad.body.error.message]).toEqual([400, expect.stringMatching(/kind/)]);
    expect(await linkCount()).toBe(before);
    expect((await linksOf(ids.summit))[0]).toEqual(link);

    expect((await admin.get('/newsroom/links/no-such-story')).status).toBe(404);
    expect((await admin.put('/newsroom/links/no-such-link', { kind: 'see-also' })).status).toBe(
      404
    );
    expect((await admin.put('/newsroom/links/no-such-story/order', { order: [] })).status).toBe(
      404
    );
  });
});
