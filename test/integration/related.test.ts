import { http } from '../helpers/http';
import { startApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const UNIAN_SLUG = 'all-allies-agree-that-ukraine-will-become-a-member-of-nato';

describe('Related stories: editor links first, engine fill-ins after', () => {
  let app: TestApp;
  let api: ReturnType<typeof http>;
  let readers: ReturnType<typeof http>;
  let unian: string;
  const ids: Record<string, string> = {};

  const related = async (documentId: string, query = '') =>
    readers.get(`/api/newsroom/articles/${documentId}/related${query}`);

  beforeAll(async () => {
    app = await startApp();
    api = http(app.url, app.token);
    readers = http(app.url);
    unian = (await readers.get(`/api/newsroom/articles/slug/${UNIAN_SLUG}`)).body.data.documentId;
    const stories = {
      summit: [
        'NATO summit: allies back Ukraine membership',
        'Allies at the NATO summit agreed that Ukraine will become a member of the Alliance, Stoltenberg said.',
      ],
      brussels: [
        'Stoltenberg in Brussels: NATO will support Ukraine',
        'The NATO Secretary General said allies will support Ukraine as long as necessary.',
      ],
      football: [
        'Dynamo Kyiv win the cup final',
        'Football fans celebrated the cup final win of Dynamo in Kyiv.',
      ],
    };
    for (const [name, [title, lead]] of Object.entries(stories)) {
      ids[name] = (
        await api.post('/api/newsroom/articles', { data: { title, lead } })
      ).body.data.documentId;
    }
  });
  afterAll(() => app?.stop());

  it("lists the editor's links in order, then related stories marked more-like-this", async () => {
    const { status, body } = await related(unian, '?limit=5');
    expect(status).toBe(200);
    expect(
      body.data.slice(0, 2).map((i: { kind: string; title: string }) => [i.kind, i.title])
    ).toEqual([
      ['read-also', 'Zelensky arrived at the NATO headquarters in Brussels'],
      ['read-also', 'Russia was not elected a permanent member of the UN Human Rights Council'],
    ]);
    const fillIns = body.data.slice(2);
    expect(fillIns.length).toBeGreaterThan(0);
    for (const item of fillIns)
      expect(item).toMatchObject({ kind: 'more-like-this', origin: 'engine' });
    expect(fillIns[0].documentId).toBe(ids.summit);
    expect(fillIns.map((i: { documentId: string }) => i.documentId)).not.toContain(ids.football);
    expect(typeof fillIns[0].score).toBe('number');
  });

  it('never repeats an editor link as a fill-in, and honours the limit', async () => {
    await api.post('/api/newsroom/related-news', {
      data: { article: unian, target: ids.summit, kind: 'background' },
    });
    const { body } = await related(unian, '?limit=5');
    const seen = body.data.map((i: { documentId: string }) => i.documentId);
    expect(seen.filter((id: string) => id === ids.summit)).toHaveLength(1);
    expect(body.data.find((i: { documentId: string }) => i.documentId === ids.summit).kind).toBe(
      'background'
    );
    expect((await related(unian, '?limit=1')).body.data).toHaveLength(1);
    expect((await related(unian)).body.meta.limit).toBe(5);
  });

  it('suggests a story once published and forgets it when unpublished or deleted', async () => {
    const documents = app.strapi.documents(ARTICLE);
    const draft = await documents.create({
      data: {
        title: 'Allies agree on Ukraine NATO membership roadmap',
        lead: 'NATO allies and Ukraine agree a membership roadmap.',
      },
    } as never);
    const fillInIds = async () =>
      (await related(unian, '?limit=20')).body.data.map(
        (i: { documentId: string }) => i.documentId
      );
    expect(await fillInIds()).not.toContain(draft.documentId);
    await documents.publish({ documentId: draft.documentId } as never);
    expect(await fillInIds()).toContain(draft.documentId);
    await documents.unpublish({ documentId: draft.documentId } as never);
    expect(await fillInIds()).not.toContain(draft.documentId);
    await documents.publish({ documentId: draft.documentId } as never);
    await documents.delete({ documentId: draft.documentId } as never);
    expect(await fillInIds()).not.toContain(draft.documentId);
  });

  it('refuses a bad limit or locale with a 400 naming it, and 404s an unknown story', async () => {
    const zero = await related(unian, '?limit=0');
    expect(zero.status).toBe(400);
    expect(zero.body.error.message).toMatch(/limit/);
    expect((await related(unian, '?limit=51')).status).toBe(400);
    expect((await related(unian, '?limit=abc')).status).toBe(400);
    const locale = await related(unian, '?locale=xx');
    expect(locale.status).toBe(400);
    expect(locale.body.error.message).toMatch(/locale/);
    expect((await related('nosuchstory')).status).toBe(404);
  });

  describe('admin suggestions', () => {
    const login = async (email: string, password: string) => {
      const reply = await http(app.url).post('/admin/login', { email, password });
      expect(reply.status).toBe(200);
      return reply.body.data.token as string;
    };

    it('returns scored suggestions with reasons to an admin with the permission', async () => {
      const token = await login('editor@newsroom.local', 'Newsroom-Demo-2026');
      const { status, body } = await http(app.url, token).get(
        `/newsroom/suggestions/${ids.brussels}?limit=3`
      );
      expect(status).toBe(200);
      expect(body.data.length).toBeGreaterThan(0);
      const [first] = body.data;
      expect(first.article.documentId).not.toBe(ids.brussels);
      expect(first.score).toBeGreaterThan(0);
      expect(
        first.reasons.find((r: { type: string }) => r.type === 'terms').terms.length
      ).toBeGreaterThan(0);
    });

    it('keeps only earlier stories for background links when asked, and checks the flag', async () => {
      const later = (
        await api.post('/api/newsroom/articles', {
          data: {
            title: 'NATO ministers meet in Brussels on support for Ukraine',
            lead: 'Defence ministers of the Alliance discussed air defence for Ukraine with Stoltenberg.',
          },
        })
      ).body.data.documentId;
      const admin = http(app.url, await login('editor@newsroom.local', 'Newsroom-Demo-2026'));
      const ids_ = (reply: { body: { data: Array<{ article: { documentId: string } }> } }) =>
        reply.body.data.map((s) => s.article.documentId);
      const all = await admin.get(`/newsroom/suggestions/${ids.brussels}?limit=10`);
      const earlier = await admin.get(
        `/newsroom/suggestions/${ids.brussels}?limit=10&earlier=true`
      );
      expect(earlier.status).toBe(200);
      expect(ids_(all)).toContain(later);
      expect(ids_(earlier)).not.toContain(later);
      expect(ids_(earlier)).toContain(ids.summit);
      expect((await admin.get(`/newsroom/suggestions/${ids.brussels}?earlier=maybe`)).status).toBe(
        400
      );
    });

    it('rebuilds the index in the background on request, reporting progress', async () => {
      // a story without editor links: everything in its related list comes from the engine
      const fromEngine = async () => {
        const { status, body } = await related(ids.brussels, '?limit=5');
        expect(status).toBe(200);
        for (const item of body.data) expect(item.origin).toBe('engine');
        return body.data.map((i: { documentId: string }) => i.documentId);
      };
      const before = await fromEngine();
      expect(before.length).toBeGreaterThan(0);
      const admin = http(app.url, await login('editor@newsroom.local', 'Newsroom-Demo-2026'));
      const started = await admin.post('/newsroom/index/rebuild', {});
      expect(started.status).toBe(202);
      let status = started.body.data;
      const deadline = Date.now() + 30_000;
      while (status.state === 'building' && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        status = (await admin.get('/newsroom/index/status')).body.data;
      }
      const published = await app.strapi.db
        .query(ARTICLE)
        .count({ where: { publishedAt: { $notNull: true } } });
      expect(status).toMatchObject({ state: 'idle', stories: published, total: published });
      expect(status.durationMs).toBeGreaterThanOrEqual(0);
      // the rebuilt index serves the same suggestions; their order may change, as a rebuild
      // gives every vector the final idf where the live index had folded stories in one by one
      expect((await fromEngine()).sort()).toEqual([...before].sort());
    });

    it('refuses anonymous callers (401) and admins whose role lacks the permission (403)', async () => {
      expect((await http(app.url).get(`/newsroom/suggestions/${unian}`)).status).toBe(401);
      const editorRole = await app.strapi.service('admin::role').findOne({ code: 'strapi-editor' });
      await app.strapi.service('admin::user').create({
        email: 'no-suggestions@newsroom.local',
        password: 'Plain-editor-1',
        firstname: 'Plain',
        lastname: 'Editor',
        isActive: true,
        registrationToken: null,
        roles: [editorRole.id],
      });
      const token = await login('no-suggestions@newsroom.local', 'Plain-editor-1');
      const editor = http(app.url, token);
      expect((await editor.get(`/newsroom/suggestions/${unian}`)).status).toBe(403);
      expect((await editor.post('/newsroom/index/rebuild', {})).status).toBe(403);
    });
  });
});
