import { ensureHeadlineIndex } from '../../server/src/repositories/headline-index';
import { adminWithActions, READ_ARTICLES } from '../helpers/admin';
import { http } from '../helpers/http';
import { type Client, natoStories } from '../helpers/nato-stories';
import type { TestApp } from '../helpers/strapi';

type Fixture = Awaited<ReturnType<typeof natoStories>>;

const DISMISSAL = 'plugin::newsroom.dismissal';
const ARTICLE = 'plugin::newsroom.article';

/** The cross-links panel's helpers: dismissing suggestions, finding stories, read-only roles. */
describe('Admin dismissals, search and read-only access', () => {
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

  it("dismisses a suggestion: gone from the story's suggestions and its fill-ins", async () => {
    const related = async () =>
      (await http(app.url).get(`/api/newsroom/articles/${ids.road}/related?limit=10`)).body
        .data as Array<{ documentId: string; origin: string }>;
    ids.road = await story(
      'Ukraine and NATO allies: the road to membership',
      'Allies discussed Ukraine membership in NATO and air defence.',
      'published'
    );
    const suggested = async () =>
      (await admin.get(`/newsroom/suggestions/${ids.road}?limit=10`)).body.data.map(
        (s: { article: { documentId: string } }) => s.article.documentId
      );
    expect(await suggested()).toContain(ids.summit);
    expect((await related()).map((i) => i.documentId)).toContain(ids.summit);

    const body = { article: ids.road, target: ids.summit };
    const reply = await admin.post('/newsroom/dismissals', body);
    expect(reply.status).toBe(201);
    expect(reply.body.data).toEqual({ ...body, locale: 'en' });
    expect(await suggested()).not.toContain(ids.summit);
    expect((await related()).map((i) => i.documentId)).not.toContain(ids.summit);
    expect((await admin.post('/newsroom/dismissals', body)).status).toBe(201);
    expect(
      await app.strapi.db
        .query(DISMISSAL)
        .count({ where: { storyDocumentId: ids.road, targetDocumentId: ids.summit } })
    ).toBe(1);

    const unknown = await admin.post('/newsroom/dismissals', { ...body, target: 'nope' });
    expect([unknown.status, unknown.body.error.message]).toEqual([
      400,
      expect.stringMatching(/target/),
    ]);
    const missing = await admin.post('/newsroom/dismissals', { article: ids.road });
    expect([missing.status, missing.body.error.message]).toEqual([
      400,
      expect.stringMatching(/target/),
    ]);
  });

  it('searches headlines: case-insensitive, published first then drafts, one story left out', async () => {
    const titles = async (query: string) =>
      (await admin.get(`/newsroom/search?${query}`)).body.data.map(
        (s: { title: string; status: string }) => [s.title, s.status]
      );
    const found: Array<[string, string]> = await titles('q=nato&limit=50');
    expect(found.length).toBeGreaterThanOrEqual(4);
    for (const [title] of found) expect(title.toLowerCase()).toContain('nato');
    const statuses = found.map(([, status]) => status);
    expect(statuses).toEqual([...statuses].sort((a, b) => b.localeCompare(a)));
    expect(found).toContainEqual(['Unpublished NATO analysis', 'draft']);
    expect(found).toContainEqual([
      'Vilnius summit: NATO allies debate Ukraine membership',
      'published',
    ]);
    const excluded = await admin.get(`/newsroom/search?q=NATO&exclude=${ids.summit}&limit=50`);
    expect(excluded.status).toBe(200);
    const excludedIds = excluded.body.data.map((s: { documentId: string }) => s.documentId);
    expect(excludedIds).not.toContain(ids.summit);
    expect(excludedIds).toContain(ids.ministers);
    expect(await titles('q=grain%20CORRIDOR')).toEqual([
      ['Grain corridor: ships leave Odesa ports', 'published'],
    ]);
    // Cyrillic in any case, on SQLite too (whose LOWER() folds ASCII only).
    await story('Саміт НАТО у Вільнюсі', 'Лідери НАТО зібралися у Вільнюсі.', 'published');
    for (const q of ['нато', 'НАТО', 'саміт', 'САМІТ', 'Саміт']) {
      expect(await titles(`q=${encodeURIComponent(q)}`)).toEqual([
        ['Саміт НАТО у Вільнюсі', 'published'],
      ]);
    }
    expect(await titles('q=100%25')).toEqual([]);
    expect(await titles('q=nato&limit=1')).toHaveLength(1);
    const bad = await admin.get('/newsroom/search?q=nato&limit=0');
    expect([bad.status, bad.body.error.message]).toEqual([400, expect.stringMatching(/limit/)]);
  });

  it('finds a headline as it is now: renamed, deleted, two letters; on SQLite from its index', async () => {
    const titles = async (q: string) =>
      (await admin.get(`/newsroom/search?q=${encodeURIComponent(q)}&limit=50`)).body.data.map(
        (s: { title: string }) => s.title
      );
    const documents = app.strapi.documents(ARTICLE);
    const id = await story(
      'Odesa port reopens after the storm',
      'The port works again.',
      'published'
    );
    expect(await titles('reopens')).toEqual(['Odesa port reopens after the storm']);
    await documents.update({
      documentId: id,
      data: { title: 'Odesa harbour works again' },
    } as never);
    // the draft is renamed, the published version keeps its headline until published again
    expect(await titles('reopens')).toEqual(['Odesa port reopens after the storm']);
    await documents.publish({ documentId: id } as never);
    expect(await titles('reopens')).toEqual([]);
    expect(await titles('HARBOUR')).toEqual(['Odesa harbour works again']);
    // shorter than the index's trigrams: read by a scan, same answer
    expect(await titles('Od')).toEqual(
      expect.arrayContaining([
        'Odesa harbour works again',
        'Grain corridor: ships leave Odesa ports',
      ])
    );
    await documents.delete({ documentId: id } as never);
    expect(await titles('harbour')).toEqual([]);

    if (app.strapi.db.dialect.client !== 'sqlite') return;
    const knex = app.strapi.db.connection;
    const tables = await knex('sqlite_master').where('name', 'like', 'newsroom_articles_titles%');
    expect(tables.map((t: { name: string }) => t.name)).toEqual(
      expect.arrayContaining(['newsroom_articles_titles', 'newsroom_articles_titles_au'])
    );
    // Strapi rebuilding the articles table drops its triggers: the next start makes them
    // again and re-reads every headline written meanwhile
    await knex.raw('DROP TRIGGER newsroom_articles_titles_au');
    await knex('newsroom_articles')
      .where({ document_id: ids.grain })
      .update({ title: 'Grain corridor: convoy sails from Izmail' });
    expect(await titles('Izmail')).toEqual([]);
    await ensureHeadlineIndex(app.strapi);
    expect(await titles('Izmail')).toEqual(['Grain corridor: convoy sails from Izmail']);
    expect(await titles('Odesa ports')).toEqual([]);
  });

  it('lets "Read suggestions" read links and search, and refuses every write (403)', async () => {
    const reader = await adminWithActions(
      app,
      'Link reader',
      ['plugin::newsroom.suggestions.read'],
      [READ_ARTICLES]
    );
    await admin.post('/newsroom/links', { article: ids.summit, target: ids.ministers });
    const [link] = await linksOf(ids.summit);
    const read = await reader.get(`/newsroom/links/${ids.summit}`);
    expect([read.status, read.body.data]).toEqual([200, [link]]);
    expect((await reader.get('/newsroom/search?q=nato')).status).toBe(200);
    const before = await linkCount();
    const writes = [
      await reader.post('/newsroom/links', { article: ids.grain, target: ids.summit }),
      await reader.put(`/newsroom/links/${link.documentId}`, { kind: 'see-also' }),
      await reader.put(`/newsroom/links/${ids.summit}/order`, { order: [] }),
      await reader.del(`/newsroom/links/${link.documentId}`),
      await reader.post('/newsroom/dismissals', { article: ids.grain, target: ids.summit }),
      await reader.get('/newsroom/reports/unlinked'),
    ];
    expect(writes.map((reply) => reply.status)).toEqual([403, 403, 403, 403, 403, 403]);
    expect(await linkCount()).toBe(before);
    expect((await http(app.url).get(`/newsroom/links/${ids.summit}`)).status).toBe(401);
  });
});
