import { http } from '../helpers/http';
import { startApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const LINK = 'plugin::newsroom.related-news';

/**
 * The promise to readers: a link they can see always leads to a published story. Links to a
 * story that is unpublished or deleted stay stored for editors (as broken links) but disappear
 * from every Content API route; deleting a story deletes the links it owns.
 */
describe('Related-news links when stories are unpublished or deleted', () => {
  let app: TestApp;
  let api: ReturnType<typeof http>;
  let readers: ReturnType<typeof http>;

  const story = async (title: string) =>
    (await api.post('/api/newsroom/articles', { data: { title } })).body.data.documentId as string;
  const link = async (article: string, target: string) =>
    (
      await api.post('/api/newsroom/related-news', {
        data: { article, target, kind: 'background' },
      })
    ).body.data.documentId as string;

  /** Every place a reader could find the link from `article`. */
  const visibleTargets = async (article: string) => {
    const list = await readers.get(`/api/newsroom/articles/${article}/related-news`);
    const populated = await readers.get(`/api/newsroom/articles/${article}?populate=relatedNews`);
    const all = await readers.get(
      `/api/newsroom/related-news?filters[article][documentId][$eq]=${article}&populate=target`
    );
    return {
      list: list.body.data.map((l: { target: { documentId: string } }) => l.target.documentId),
      populated: populated.body.data.relatedNews.length,
      all: all.body.data.map((l: { target: { documentId: string } }) => l.target.documentId),
    };
  };

  beforeAll(async () => {
    app = await startApp();
    api = http(app.url, app.token);
    readers = http(app.url);
  });
  afterAll(() => app?.stop());

  it('hides a link while its target is unpublished and shows it again on republish', async () => {
    const main = await story('Storm closes Odesa port');
    const target = await story('Odesa port reopens after repairs');
    const linkId = await link(main, target);
    expect(await visibleTargets(main)).toEqual({ list: [target], populated: 1, all: [target] });

    await app.strapi.documents(ARTICLE).unpublish({ documentId: target } as never);
    expect(await visibleTargets(main)).toEqual({ list: [], populated: 0, all: [] });
    expect((await readers.get(`/api/newsroom/related-news/${linkId}`)).status).toBe(404);
    const kept = await app.strapi.db.query(LINK).findOne({ where: { documentId: linkId } });
    expect(kept.targetDocumentId).toBe(target);

    await app.strapi.documents(ARTICLE).publish({ documentId: target } as never);
    expect(await visibleTargets(main)).toEqual({ list: [target], populated: 1, all: [target] });
  });

  it('shows a link made to a draft once that draft is first published', async () => {
    const main = await story('Ceasefire talks in Istanbul');
    const draft = await app.strapi
      .documents(ARTICLE)
      .create({ data: { title: 'Istanbul talks: what each side wants' } } as never);
    await link(main, draft.documentId);
    expect(await visibleTargets(main)).toEqual({ list: [], populated: 0, all: [] });

    await app.strapi.documents(ARTICLE).publish({ documentId: draft.documentId } as never);
    expect(await visibleTargets(main)).toEqual({
      list: [draft.documentId],
      populated: 1,
      all: [draft.documentId],
    });
  });

  it('keeps the links of a story that is edited and published again', async () => {
    const main = await story('Parliament debates mobilisation law');
    const target = await story('Mobilisation law: key points');
    await link(main, target);
    await app.strapi
      .documents(ARTICLE)
      .update({ documentId: main, data: { dateline: 'Kyiv' }, status: 'published' } as never);
    expect(await visibleTargets(main)).toEqual({ list: [target], populated: 1, all: [target] });
  });

  it('keeps a link to a deleted story as broken for editors, invisible to readers', async () => {
    const main = await story('Grain corridor talks resume');
    const target = await story('Grain corridor: a timeline');
    const linkId = await link(main, target);
    await app.strapi.documents(ARTICLE).delete({ documentId: target } as never);

    expect(await visibleTargets(main)).toEqual({ list: [], populated: 0, all: [] });
    const broken = await app.strapi.db
      .query(LINK)
      .findOne({ where: { documentId: linkId }, populate: { target: true } });
    expect(broken.target).toBeNull();
    expect(broken.targetDocumentId).toBe(target);
  });

  it('deletes the links a story owns when the story is deleted', async () => {
    const main = await story('Energy minister resigns');
    const a = await story('Who could be the next energy minister');
    const b = await story('Energy ministry audit published');
    await link(main, a);
    await link(main, b);
    const inbound = await link(a, main);
    const owned = { article: { documentId: main } };
    expect(await app.strapi.db.query(LINK).count({ where: owned })).toBe(2);

    await app.strapi.documents(ARTICLE).delete({ documentId: main } as never);
    expect(
      await app.strapi.db.query(LINK).count({ where: { targetDocumentId: { $in: [a, b] } } })
    ).toBe(0);
    const stillThere = await app.strapi.db.query(LINK).findOne({ where: { documentId: inbound } });
    expect(stillThere.targetDocumentId).toBe(main);
  });

  it('hides the links of a story that is itself unpublished', async () => {
    const main = await story('Drone attack on Kharkiv');
    const target = await story('Kharkiv: the week in pictures');
    await link(main, target);
    await app.strapi.documents(ARTICLE).unpublish({ documentId: main } as never);
    expect((await readers.get(`/api/newsroom/articles/${main}/related-news`)).status).toBe(404);
    const all = await readers.get(
      `/api/newsroom/related-news?filters[article][documentId][$eq]=${main}`
    );
    expect(all.body.data).toEqual([]);
  });

  it('appends a new link after the existing ones unless a position is given', async () => {
    const main = await story('Central bank holds rates');
    const targets = [await story('Inflation slows'), await story('Hryvnia steady')];
    for (const target of targets) await link(main, target);
    const list = await readers.get(`/api/newsroom/articles/${main}/related-news`);
    expect(list.body.data.map((l: { position: number }) => l.position)).toEqual([0, 1]);
    expect(
      list.body.data.map((l: { target: { documentId: string } }) => l.target.documentId)
    ).toEqual(targets);
  });

  it('keeps links in an external URL, with its title, in editor order', async () => {
    const main = await story('Election commission publishes results');
    const reply = await api.post('/api/newsroom/related-news', {
      data: {
        article: main,
        externalUrl: 'https://example.org/results.pdf',
        title: 'Full results (PDF)',
        kind: 'see-also',
      },
    });
    expect(reply.status).toBe(201);
    const list = await readers.get(`/api/newsroom/articles/${main}/related-news`);
    expect(list.body.data).toEqual([
      expect.objectContaining({
        externalUrl: 'https://example.org/results.pdf',
        title: 'Full results (PDF)',
        target: null,
      }),
    ]);
  });
});

describe('Slugs and tags', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.stop());

  const documents = () => app.strapi.documents(ARTICLE);

  it('generates a unique slug from the headline, transliterating Cyrillic', async () => {
    const one = await documents().create({ data: { title: 'Budget vote delayed' } } as never);
    const two = await documents().create({ data: { title: 'Budget vote delayed' } } as never);
    const uk = await documents().create({
      data: { title: 'Київ отримав нові тролейбуси' },
    } as never);
    expect(one.slug).toBe('budget-vote-delayed');
    expect(two.slug).toBe('budget-vote-delayed-2');
    expect(uk.slug).toBe('kiyiv-otrimav-novi-trolejbusi');
  });

  it('keeps the slug when the headline changes, and keeps a published slug even when cleared', async () => {
    const doc = await documents().create({
      data: { title: 'Bridge opens in Zaporizhzhia' },
    } as never);
    const renamed = await documents().update({
      documentId: doc.documentId,
      data: { title: 'New bridge opens in Zaporizhzhia' },
    } as never);
    expect(renamed.slug).toBe('bridge-opens-in-zaporizhzhia');

    const cleared = await documents().update({
      documentId: doc.documentId,
      data: { slug: '' },
    } as never);
    expect(cleared.slug).toBe('new-bridge-opens-in-zaporizhzhia');

    await documents().publish({ documentId: doc.documentId } as never);
    await documents().update({
      documentId: doc.documentId,
      data: { title: 'Bridge: update' },
    } as never);
    const afterPublish = await documents().update({
      documentId: doc.documentId,
      data: { slug: '' },
    } as never);
    expect(afterPublish.slug).toBe('new-bridge-opens-in-zaporizhzhia');

    const edited = await documents().update({
      documentId: doc.documentId,
      data: { slug: 'zaporizhzhia-bridge' },
    } as never);
    expect(edited.slug).toBe('zaporizhzhia-bridge');
  });

  it('treats tag names that differ only by case (any script) or spaces as the same tag', async () => {
    const tags = app.strapi.documents('plugin::newsroom.tag');
    const created = await tags.create({ data: { name: '  Україна   –  ЄС ' } } as never);
    expect(created.name).toBe('Україна – ЄС');
    await expect(tags.create({ data: { name: 'україна – єс' } } as never)).rejects.toThrow(
      /name: a tag named "Україна – ЄС" already exists/
    );
    const renamed = await tags.update({
      documentId: created.documentId,
      data: { name: 'УКРАЇНА – ЄС' },
    } as never);
    expect(renamed.name).toBe('УКРАЇНА – ЄС');
  });
});
