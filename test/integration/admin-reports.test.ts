import { adminClient, adminWithActions, READ_ARTICLES, SUPER_ADMIN } from '../helpers/admin';
import type { http } from '../helpers/http';
import { startApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const LINK = 'plugin::newsroom.related-news';
const TAG = 'plugin::newsroom.tag';
const DAY = 24 * 60 * 60 * 1000;
/** The reports read the Ukrainian newsroom, which holds only the stories made here. */
const LOCALE = 'uk';

type Client = ReturnType<typeof http>;

/**
 * Known data, by UTC day (0 = today): s1, s2, s6 today (s1 → s2, s1 → an external page;
 * s1, s2, s6 tagged), s3 yesterday (→ a draft), s4 five days ago (→ a deleted story), s5
 * twenty days ago (no links).
 */
describe('Admin reports and story map', () => {
  let app: TestApp;
  let admin: Client;
  const ids: Record<string, string> = {};
  let tag: { documentId: string; slug: string };
  const today = new Date(Math.floor(Date.now() / DAY) * DAY);
  const at = (days: number, seconds = 0) => new Date(today.getTime() + days * DAY + seconds * 1000);
  const date = (days: number) => at(days).toISOString().slice(0, 10);

  const story = async (
    name: string,
    title: string,
    datePublished: Date | null,
    extra: Record<string, unknown> = {}
  ) => {
    const created = (await app.strapi.documents(ARTICLE).create({
      locale: LOCALE,
      data: { title, lead: title, datePublished, ...extra },
      ...(datePublished ? { status: 'published' } : {}),
    } as never)) as { documentId: string };
    ids[name] = created.documentId;
  };
  const link = (article: string, data: Record<string, unknown>) =>
    app.strapi.documents(LINK).create({ locale: LOCALE, data: { article, ...data } } as never);
  const get = async (path: string) => {
    const reply = await admin.get(path);
    expect(reply.status).toBe(200);
    return reply.body;
  };

  beforeAll(async () => {
    app = await startApp();
    admin = await adminClient(app, SUPER_ADMIN.email, SUPER_ADMIN.password);
    tag = (await app.strapi
      .documents(TAG)
      .create({ data: { name: 'Vilnius summit' } } as never)) as unknown as {
      documentId: string;
      slug: string;
    };
    const tags = [tag.documentId];
    await story('s1', 'Саміт НАТО у Вільнюсі розпочався', at(0, 1), { tags });
    await story('s2', 'Лідери НАТО ухвалили комюніке саміту', at(0, 2), { tags });
    await story('s6', 'У Києві випав перший сніг', at(0, 3), { tags });
    await story('s3', 'Зернова угода: судна з зерном вийшли з портів Одеси', at(-1, 3600));
    await story('s4', 'Динамо виграло кубок України з футболу', at(-5, 3600));
    await story('s5', 'Зерновий коридор: судна з зерном вийшли з Одеси', at(-20));
    await story('gone', 'Стара новина, яку видалять', at(-30));
    await story('draft', 'Чернетка про зернову угоду', null);
    await link(ids.s1, { target: ids.s2, kind: 'follow-up' });
    await link(ids.s1, { externalUrl: 'https://www.nato.int/', title: 'NATO' });
    await link(ids.s3, { target: ids.draft });
    await link(ids.s4, { target: ids.gone });
    await app.strapi.documents(ARTICLE).delete({ documentId: ids.gone, locale: LOCALE } as never);
  });
  afterAll(() => app?.stop());

  it('lists published stories with no link out or in, newest first', async () => {
    const body = await get(`/newsroom/reports/unlinked?locale=${LOCALE}`);
    expect(body.data.map((s: { documentId: string }) => s.documentId)).toEqual([ids.s6, ids.s5]);
    expect(body.data[0]).toMatchObject({ status: 'published', locale: LOCALE });
    expect(body.meta).toEqual({ total: 2 });
    const first = await get(`/newsroom/reports/unlinked?locale=${LOCALE}&limit=1`);
    expect([first.data.length, first.meta.total]).toEqual([1, 2]);
  });

  it('lists links to unpublished and deleted stories, with a suggestion for each story', async () => {
    const body = await get(`/newsroom/reports/broken?locale=${LOCALE}`);
    expect(body.meta).toEqual({ total: 2 });
    const [unpublished, deleted] = body.data;
    expect(unpublished.article).toMatchObject({ documentId: ids.s3, status: 'published' });
    expect(unpublished.link).toMatchObject({
      state: 'unpublished',
      targetDocumentId: ids.draft,
      target: { documentId: ids.draft, status: 'draft' },
    });
    expect(unpublished.suggestion.article.documentId).toBe(ids.s5);
    expect(unpublished.suggestion.score).toBeGreaterThan(0);
    expect(deleted.article.documentId).toBe(ids.s4);
    expect(deleted.link).toMatchObject({
      state: 'deleted',
      target: null,
      targetDocumentId: ids.gone,
    });
    // Its replacement, if any, is another published story: neither the story nor the gone one.
    expect(deleted.suggestion).not.toBeUndefined();
    expect([ids.s4, ids.gone]).not.toContain(deleted.suggestion?.article.documentId);
    const first = await get(`/newsroom/reports/broken?locale=${LOCALE}&limit=1`);
    expect([first.data.length, first.meta.total]).toEqual([1, 2]);
  });

  it('counts, per UTC day, stories published and those with enough links', async () => {
    const week = await get(`/newsroom/reports/coverage?locale=${LOCALE}&days=7`);
    expect(week.data.map((d: { date: string }) => d.date)).toEqual(
      [-6, -5, -4, -3, -2, -1, 0].map(date)
    );
    const counts = (body: { data: Array<{ published: number; covered: number }> }) =>
      body.data.map((d) => [d.published, d.covered]);
    expect(counts(week)).toEqual([
      [0, 0],
      [1, 1],
      [0, 0],
      [0, 0],
      [0, 0],
      [1, 1],
      [3, 2],
    ]);
    expect(week.meta).toEqual({
      days: 7,
      min: 1,
      published: 5,
      covered: 4,
      share: 0.8,
      embargoed: 0,
    });

    const two = await get(`/newsroom/reports/coverage?locale=${LOCALE}&days=7&min=2`);
    expect(counts(two).slice(-2)).toEqual([
      [1, 0],
      [3, 1],
    ]);
    expect(two.meta).toMatchObject({ min: 2, covered: 1, share: 0.2 });

    const month = await get(`/newsroom/reports/coverage?locale=${LOCALE}`);
    expect(month.meta).toMatchObject({ days: 14, published: 5 });
    const longer = await get(`/newsroom/reports/coverage?locale=${LOCALE}&days=30`);
    expect(longer.meta).toMatchObject({ published: 6, covered: 4 });
    // the English demo stories are from 2023: nothing published today
    const empty = await get('/newsroom/reports/coverage?locale=en&days=1');
    expect(empty.meta).toEqual({
      days: 1,
      min: 1,
      published: 0,
      covered: 0,
      share: null,
      embargoed: 0,
    });
  });

  it('draws the story map: nodes, edges between them, degrees and orphans', async () => {
    // from a month back: the demo seed's Ukrainian stories (2023) stay out of the map
    const map = await get(`/newsroom/story-map?locale=${LOCALE}&from=${date(-30)}`);
    const nodes = Object.fromEntries(
      map.data.nodes.map((n: { documentId: string }) => [n.documentId, n])
    );
    expect(map.data.nodes.map((n: { documentId: string }) => n.documentId)).toEqual(
      ['s6', 's2', 's1', 's3', 's4', 's5'].map((name) => ids[name])
    );
    expect(map.data.edges).toEqual([{ source: ids.s1, target: ids.s2, kind: 'follow-up' }]);
    expect(nodes[ids.s1]).toMatchObject({ degree: 1, orphan: false, tags: ['Vilnius summit'] });
    expect(nodes[ids.s2]).toMatchObject({ degree: 1, orphan: false });
    expect(nodes[ids.s3]).toMatchObject({ degree: 0, orphan: false });
    expect(nodes[ids.s6]).toMatchObject({ degree: 0, orphan: true });
    expect(nodes[ids.s5]).toMatchObject({ degree: 0, orphan: true, tags: [], section: null });
    expect(nodes[ids.s5].datePublished).toBe(at(-20).toISOString());
    expect(map.meta).toMatchObject({ total: 6, truncated: false });
    // the locale's tags (the demo's running story "Україна – НАТО" among them)
    expect(map.meta.tags).toContainEqual({
      documentId: tag.documentId,
      name: 'Vilnius summit',
      slug: tag.slug,
      stories: 3,
    });

    for (const value of [tag.documentId, tag.slug]) {
      const tagged = await get(`/newsroom/story-map?locale=${LOCALE}&tag=${value}`);
      expect(tagged.data.nodes.map((n: { documentId: string }) => n.documentId)).toEqual([
        ids.s6,
        ids.s2,
        ids.s1,
      ]);
      expect(tagged.data.edges).toHaveLength(1);
      expect(tagged.meta.total).toBe(3);
    }
    const yesterday = await get(
      `/newsroom/story-map?locale=${LOCALE}&from=${date(-1)}&to=${date(-1)}`
    );
    expect(yesterday.data.nodes.map((n: { documentId: string }) => n.documentId)).toEqual([ids.s3]);
    const two = await get(`/newsroom/story-map?locale=${LOCALE}&from=${date(-30)}&limit=2`);
    expect(two.data.nodes.map((n: { documentId: string }) => n.documentId)).toEqual([
      ids.s6,
      ids.s2,
    ]);
    expect(two.data.edges).toEqual([]);
    expect(two.data.nodes[1]).toMatchObject({ degree: 0, orphan: false });
    expect(two.meta).toMatchObject({ total: 6, truncated: true });
  });

  it('updates the reports when a broken link is mended', async () => {
    await app.strapi.documents(ARTICLE).publish({ documentId: ids.draft, locale: LOCALE } as never);
    const broken = await get(`/newsroom/reports/broken?locale=${LOCALE}`);
    expect(
      broken.data.map((b: { article: { documentId: string } }) => b.article.documentId)
    ).toEqual([ids.s4]);
    const unlinked = await get(`/newsroom/reports/unlinked?locale=${LOCALE}`);
    expect(unlinked.meta.total).toBe(2);
  });

  it('answers 400 naming the parameter', async () => {
    const cases: Array<[string, RegExp]> = [
      ['/newsroom/reports/unlinked?limit=0', /limit/],
      ['/newsroom/reports/broken?limit=101', /limit/],
      ['/newsroom/reports/coverage?days=0', /days/],
      ['/newsroom/reports/coverage?min=abc', /min/],
      ['/newsroom/reports/coverage?locale=xx', /locale/],
      ['/newsroom/reports/coverage?dayz=3', /dayz/],
      ['/newsroom/story-map?tag=no-such-tag', /tag/],
      ['/newsroom/story-map?from=yesterday', /from/],
      [`/newsroom/story-map?from=${date(0)}&to=${date(-1)}`, /to/],
      ['/newsroom/story-map?limit=1001', /limit/],
    ];
    for (const [path, field] of cases) {
      const reply = await admin.get(path);
      expect([path, reply.status, reply.body?.error?.message]).toEqual([
        path,
        400,
        expect.stringMatching(field),
      ]);
    }
  });

  it('refuses the reports (403) to a role without "View reports"', async () => {
    const editor = await adminWithActions(
      app,
      'Link editor',
      ['plugin::newsroom.suggestions.read', 'plugin::newsroom.links.manage'],
      [READ_ARTICLES]
    );
    const paths = [
      '/newsroom/reports/unlinked',
      '/newsroom/reports/broken',
      '/newsroom/reports/coverage',
      '/newsroom/story-map',
    ];
    const statuses = async (client: Client) =>
      Promise.all(paths.map(async (path) => (await client.get(path)).status));
    expect(await statuses(editor)).toEqual([403, 403, 403, 403]);
    expect((await editor.get(`/newsroom/links/${ids.s1}?locale=${LOCALE}`)).status).toBe(200);
    const viewer = await adminWithActions(
      app,
      'Report viewer',
      ['plugin::newsroom.reports.read'],
      [READ_ARTICLES]
    );
    expect(await statuses(viewer)).toEqual([200, 200, 200, 200]);
  });
});
