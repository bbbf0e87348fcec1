import { adminWithActions, READ_ARTICLES } from '../helpers/admin';
import { http } from '../helpers/http';
import { type NewsroomRoles, newsroomRoles } from './support/newsroom-roles';

const ARTICLE = 'plugin::newsroom.article';
const LINK = 'plugin::newsroom.related-news';
const DISMISSAL = 'plugin::newsroom.dismissal';

type Item = { documentId: string; title?: string | null; lead?: string | null };

/**
 * The plugin's admin routes show and change what the Content Manager lets a user see and
 * change: authors with Strapi's built-in Author role ("Is creator") never see another author's
 * stories through search, suggestions, anchors, links, the story map or the reports, and link
 * or dismiss only on stories they may update; an Editor sees and links everything.
 */
describe("Admin routes and the Content Manager's roles", () => {
  let app: NewsroomRoles['app'];
  let clients: NewsroomRoles['clients'];
  let ids: NewsroomRoles['ids'];
  /** What of author B's stories must never reach author A. */
  let secrets: string[];

  beforeAll(async () => {
    ({ app, clients, ids } = await newsroomRoles());
    secrets = [ids.b1, ids.bDraft, 'Zeppelin', 'zeppelin', 'Ferry timetable storm closure'];
    // three admins registered, five stories written through the Content Manager, three published
  }, 300_000);
  afterAll(() => app?.stop());

  /** The reply as text, to look for any trace of B's stories. */
  const text = (body: unknown) => JSON.stringify(body);
  const expectNoSecret = (body: unknown) => {
    for (const secret of secrets)
      expect([secret, text(body).includes(secret)]).toEqual([secret, false]);
  };
  const docIds = (items: Item[]) => items.map((item) => item.documentId);

  it("is what the Content Manager does: A gets 403 on B's draft, the Editor 200", async () => {
    const cm = (id: string) => `/content-manager/collection-types/${ARTICLE}/${id}?locale=en`;
    expect((await clients.a.get(cm(ids.bDraft))).status).toBe(403);
    expect((await clients.a.get(cm(ids.aDraft))).status).toBe(200);
    expect((await clients.editor.get(cm(ids.bDraft))).status).toBe(200);
  });

  it("searches only the stories A may read; the Editor's search finds B's", async () => {
    const search = async (client: typeof clients.a, q: string) => {
      const reply = await client.get(`/newsroom/search?q=${q}&limit=50`);
      expect(reply.status).toBe(200);
      return reply.body.data as Item[];
    };
    const mine = await search(clients.a, 'quokka');
    expect(docIds(mine).sort()).toEqual([ids.a1, ids.a2, ids.aDraft].sort());
    expectNoSecret(mine);
    expect(await search(clients.a, 'zeppelin')).toEqual([]);
    expect(await search(clients.a, 'timetable')).toEqual([]);
    expect(docIds(await search(clients.editor, 'zeppelin'))).toEqual([ids.bDraft]);
    expect(docIds(await search(clients.editor, 'timetable'))).toEqual([ids.b1]);
  });

  it("suggests only stories A may read, and 403 for suggestions on B's stories", async () => {
    const suggested = async (client: typeof clients.a, id: string) => {
      const reply = await client.get(`/newsroom/suggestions/${id}?limit=10`);
      expect(reply.status).toBe(200);
      return reply.body.data.map((s: { article: Item }) => s.article.documentId) as string[];
    };
    expect(await suggested(clients.editor, ids.a1)).toContain(ids.b1);
    expect(await suggested(clients.a, ids.a1)).toEqual([ids.a2]);
    expect(await suggested(clients.a, ids.aDraft)).toEqual(expect.arrayContaining([ids.a1]));
    expect(await suggested(clients.a, ids.aDraft)).not.toContain(ids.b1);
    for (const id of [ids.b1, ids.bDraft]) {
      const reply = await clients.a.get(`/newsroom/suggestions/${id}`);
      expect([reply.status, reply.body.error.message]).toEqual([403, expect.stringContaining(id)]);
      expect(reply.body.error.message).not.toMatch(/zeppelin|timetable/i);
    }
    expect((await clients.a.get('/newsroom/suggestions/nope')).status).toBe(404);
  });

  it('suggests for unsaved text only stories A may read', async () => {
    const draft = {
      title: 'Ferry timetable storm closure on the island',
      body: [
        {
          type: 'paragraph',
          children: [{ type: 'text', text: 'The ferry timetable storm closure.' }],
        },
      ],
    };
    const ofEditor = await clients.editor.post('/newsroom/suggestions/draft', draft);
    expect(
      docIds(ofEditor.body.data.suggestions.map((s: { article: Item }) => s.article))
    ).toContain(ids.b1);
    const ofA = await clients.a.post('/newsroom/suggestions/draft', draft);
    expect(ofA.status).toBe(200);
    expectNoSecret(ofA.body.data.suggestions);
    expect(ofA.body.data.anchors.map((x: { target: Item }) => x.target.documentId)).not.toContain(
      ids.b1
    );
    const onB = await clients.a.post('/newsroom/suggestions/draft', {
      ...draft,
      documentId: ids.bDraft,
    });
    expect(onB.status).toBe(403);
  });

  it("offers phrases linking only to stories A may read; 403 for B's stories", async () => {
    const targets = async (client: typeof clients.a, id: string) => {
      const reply = await client.get(`/newsroom/anchors/${id}?limit=20`);
      expect(reply.status).toBe(200);
      return reply.body.data.map((anchor: { target: Item }) => anchor.target.documentId);
    };
    expect(await targets(clients.editor, ids.a1)).toContain(ids.b1);
    expect(await targets(clients.a, ids.a1)).not.toContain(ids.b1);
    for (const id of [ids.b1, ids.bDraft]) {
      const reply = await clients.a.get(`/newsroom/anchors/${id}`);
      expect(reply.status).toBe(403);
      expect(text(reply.body)).not.toMatch(/zeppelin|mooring/i);
    }
    expect((await clients.editor.get(`/newsroom/anchors/${ids.bDraft}`)).status).toBe(200);
  });

  it('draws the story map and the reports over the stories A may read', async () => {
    const nodes = async (client: typeof clients.a) =>
      docIds((await client.get('/newsroom/story-map?locale=en&limit=100')).body.data.nodes);
    expect(await nodes(clients.editor)).toEqual(expect.arrayContaining([ids.a1, ids.b1]));
    expect((await nodes(clients.a)).sort()).toEqual([ids.a1, ids.a2].sort());
    const unlinked = async (client: typeof clients.a) =>
      (await client.get('/newsroom/reports/unlinked?limit=50')).body;
    expect(docIds((await unlinked(clients.editor)).data)).toContain(ids.b1);
    const ofA = await unlinked(clients.a);
    expect([docIds(ofA.data).sort(), ofA.meta.total]).toEqual([[ids.a1, ids.a2].sort(), 2]);
    const published = async (client: typeof clients.a) =>
      (await client.get('/newsroom/reports/coverage?days=2')).body.meta.published;
    expect(await published(clients.a)).toBe(2);
    expect(await published(clients.editor)).toBeGreaterThanOrEqual(3);
  });

  it('searches and maps only the locales a role may read', async () => {
    const desk = (name: string, locales: string[]) =>
      adminWithActions(
        app,
        name,
        ['plugin::newsroom.suggestions.read', 'plugin::newsroom.reports.read'],
        [{ ...READ_ARTICLES, properties: { locales } as never }]
      );
    const [ukrainian, english] = [
      await desk('Ukrainian desk', ['uk']),
      await desk('English desk', ['en']),
    ];
    const found = async (client: typeof clients.a) => {
      const reply = await client.get('/newsroom/search?q=quokka&locale=en&limit=50');
      expect(reply.status).toBe(200);
      return docIds(reply.body.data);
    };
    expect(await found(ukrainian)).toEqual([]);
    expect(await found(english)).toEqual(expect.arrayContaining([ids.a1, ids.a2, ids.aDraft]));
    const nodes = async (client: typeof clients.a) =>
      (await client.get('/newsroom/story-map?locale=en&limit=100')).body.data.nodes as Item[];
    expect(await nodes(ukrainian)).toEqual([]);
    expect(docIds(await nodes(english))).toEqual(expect.arrayContaining([ids.a1, ids.b1]));
  });

  it("shows A's broken links without B's draft, and none of B's stories", async () => {
    for (const article of [ids.a1, ids.b1]) {
      const made = await clients.editor.post('/newsroom/links', { article, target: ids.bDraft });
      expect(made.status).toBe(201);
    }
    const broken = async (client: typeof clients.a) =>
      (await client.get('/newsroom/reports/broken?limit=50')).body.data as Array<{
        article: Item;
        link: { target: Item | null; targetDocumentId: string };
      }>;
    const ofEditor = await broken(clients.editor);
    expect(docIds(ofEditor.map((row) => row.article)).sort()).toEqual([ids.a1, ids.b1].sort());
    expect(text(ofEditor)).toContain('Zeppelin');
    const ofA = await broken(clients.a);
    expect(docIds(ofA.map((row) => row.article))).toEqual([ids.a1]);
    expect(ofA[0].link.target).toBeNull();
    expect(text(ofA)).not.toMatch(/zeppelin/i);
    const links = await clients.a.get(`/newsroom/links/${ids.a1}`);
    expect([links.status, links.body.data.map((l: { target: Item | null }) => l.target)]).toEqual([
      200,
      [null],
    ]);
    expect(text(links.body)).not.toMatch(/zeppelin/i);
  });

  it("answers 403 for B's links and writes nothing on B's stories", async () => {
    const linkCount = () => app.strapi.db.query(LINK).count({});
    const publicLinks = async (id: string) =>
      (await http(app.url).get(`/api/newsroom/articles/${id}/related-news`)).body.data.length;
    for (const id of [ids.b1, ids.bDraft]) {
      expect((await clients.a.get(`/newsroom/links/${id}`)).status).toBe(403);
    }
    const [onB1] = (await clients.editor.get(`/newsroom/links/${ids.b1}`)).body.data;
    const before = [await linkCount(), await publicLinks(ids.b1)];
    const external = { externalUrl: 'https://example.com/quokka', title: 'Quokka facts' };
    const writes = [
      await clients.a.post('/newsroom/links', { article: ids.b1, ...external }),
      await clients.a.post('/newsroom/links', { article: ids.a1, target: ids.b1 }),
      await clients.a.post('/newsroom/links', { article: ids.a1, target: ids.b1, reverse: true }),
      await clients.a.put(`/newsroom/links/${onB1.documentId}`, { kind: 'see-also' }),
      await clients.a.put(`/newsroom/links/${ids.b1}/order`, { order: [onB1.documentId] }),
      await clients.a.del(`/newsroom/links/${onB1.documentId}`),
      await clients.a.post('/newsroom/dismissals', { article: ids.b1, target: ids.a1 }),
      await clients.a.post('/newsroom/dismissals', { article: ids.a1, target: ids.b1 }),
    ];
    expect(writes.map((reply) => reply.status)).toEqual([403, 403, 403, 403, 403, 403, 403, 403]);
    expect(writes[0].body.error.message).toContain(ids.b1);
    expect([await linkCount(), await publicLinks(ids.b1)]).toEqual(before);
    expect((await clients.editor.get(`/newsroom/links/${ids.b1}`)).body.data).toEqual([onB1]);
    expect(await app.strapi.db.query(DISMISSAL).count({})).toBe(0);
  });

  it('lets A link, change and dismiss on their own stories, and the Editor on any', async () => {
    const external = { externalUrl: 'https://example.com/quokka', title: 'Quokka facts' };
    const made = await clients.a.post('/newsroom/links', { article: ids.a1, ...external });
    expect(made.status).toBe(201);
    const published = await http(app.url).get(`/api/newsroom/articles/${ids.a1}/related-news`);
    expect(published.body.data.map((l: { externalUrl: string }) => l.externalUrl)).toContain(
      external.externalUrl
    );
    const linked = await clients.a.post('/newsroom/links', {
      article: ids.a1,
      target: ids.a2,
      reverse: true,
    });
    expect([linked.status, linked.body.meta.reverse?.target?.documentId]).toEqual([201, ids.a1]);
    const changed = await clients.a.put(`/newsroom/links/${linked.body.data.documentId}`, {
      kind: 'background',
    });
    expect([changed.status, changed.body.data.kind]).toEqual([200, 'background']);
    const removed = await clients.a.del(`/newsroom/links/${made.body.data.documentId}`);
    expect(removed.status).toBe(200);
    const dismissed = await clients.a.post('/newsroom/dismissals', {
      article: ids.a2,
      target: ids.a1,
    });
    expect(dismissed.status).toBe(201);
    const byEditor = await clients.editor.post('/newsroom/links', {
      article: ids.b1,
      target: ids.a1,
    });
    expect(byEditor.status).toBe(201);
  });

  it('hides a field the role may not read (field-level permissions)', async () => {
    const fields = ['title', 'slug', 'section', 'datePublished', 'externalId', 'body'];
    const headlines = await adminWithActions(
      app,
      'Headline reader',
      ['plugin::newsroom.suggestions.read'],
      [{ ...READ_ARTICLES, properties: { locales: null, fields } as never }]
    );
    const reply = await headlines.get('/newsroom/search?q=quokka&limit=50');
    expect(reply.status).toBe(200);
    const found = reply.body.data as Item[];
    expect(found.length).toBeGreaterThanOrEqual(3);
    for (const item of found) expect([item.title, item.lead]).toEqual([expect.any(String), null]);
    const ofEditor = (await clients.editor.get('/newsroom/search?q=quokka')).body.data as Item[];
    expect(ofEditor.every((item) => typeof item.lead === 'string')).toBe(true);
    const none = await adminWithActions(app, 'Panel only', ['plugin::newsroom.suggestions.read']);
    expect((await none.get('/newsroom/search?q=quokka')).status).toBe(403);
  });
});
