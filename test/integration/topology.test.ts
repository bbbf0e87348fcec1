import { adminLogin, SUPER_ADMIN } from '../helpers/admin';
import type { ChildServer } from '../helpers/child-server';
import { http } from '../helpers/http';
import { startStrapiProcess, within } from '../helpers/strapi-process';
import { startApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const INDEX_EVENT = 'plugin::newsroom.index-event';
const INDEX_STORY = 'plugin::newsroom.index-story';
const UNIAN_SLUG = 'all-allies-agree-that-ukraine-will-become-a-member-of-nato';

const STORIES = [
  ['NATO summit: allies back Ukraine membership', 'Allies agreed Ukraine will join NATO.'],
  ['Stoltenberg: NATO will support Ukraine', 'Allies will support Ukraine in Brussels.'],
  ['Ukraine and NATO allies discuss air defence', 'NATO ministers met Ukraine in Brussels.'],
  ['Allies pledge air defence systems for Ukraine', 'NATO allies pledged new air defence.'],
  ['Dynamo Kyiv win the cup final', 'Football fans celebrated the cup final win.'],
  ['Shakhtar reach the cup final', 'Football: Shakhtar beat Dynamo to reach the final.'],
  ['Grain corridor reopens in the Black Sea', 'Ships carrying grain left Odesa again.'],
];

type Item = { documentId: string | null; kind: string; origin: string; score: number | null };
const shape = (items: Item[]) =>
  items.map(({ documentId, kind, origin, score }) => [documentId, kind, origin, score]);

/**
 * The topology of a site that outgrew one process: an indexer (this test's Strapi, holding the
 * index) and a web instance (`indexer: false`, a second Strapi process) on one database. The
 * web instance serves every stored list as the indexer does, without the index.
 */
describe('An indexer and a web instance (indexer: false) on one database', () => {
  let app: TestApp;
  let web: ChildServer;
  let readers: { indexer: ReturnType<typeof http>; web: ReturnType<typeof http> };
  let webAdmin: ReturnType<typeof http>;
  let unian: string;

  const related = () => app.strapi.plugin('newsroom').service('related-index');
  const generation = () => related().status().generation as number;
  const listOf = async (on: 'indexer' | 'web', documentId: string, query = '') =>
    (await readers[on].get(`/api/newsroom/articles/${documentId}/related${query}`)).body;
  const ids = (body: { data: Item[] }) => body.data.map((item) => item.documentId);
  const publishedIds = async () =>
    (
      (await app.strapi.db.query(ARTICLE).findMany({
        where: { publishedAt: { $notNull: true }, locale: 'en' },
        select: ['documentId'],
      })) as Array<{ documentId: string }>
    ).map((row) => row.documentId);

  beforeAll(async () => {
    app = await startApp();
    const api = http(app.url, app.token);
    for (const [title, lead] of STORIES)
      expect((await api.post('/api/newsroom/articles', { data: { title, lead } })).status).toBe(
        201
      );
    await related().ready();
    // the indexer ranks every list the saved generation lacks, in the background
    await within(60_000, async () => {
      const lists = app.strapi.plugin('newsroom').service('list-ranker').status();
      return lists.generation === generation() && Boolean(lists.rankedAt);
    });
    web = await startStrapiProcess({ NEWSROOM_INDEXER: 'false' });
    readers = { indexer: http(app.url), web: http(web.url) };
    webAdmin = http(web.url, await adminLogin(web.url, SUPER_ADMIN.email, SUPER_ADMIN.password));
    unian = (await readers.web.get(`/api/newsroom/articles/slug/${UNIAN_SLUG}`)).body.data
      .documentId;
  }, 180_000);
  afterAll(async () => {
    await web?.stop();
    await app?.stop();
  });

  it('has every published story’s list stored; the web instance holds no index and says so', async () => {
    // one stored list a published story in each of its locales (the demo seed has en and uk)
    const published = await app.strapi.db
      .query(ARTICLE)
      .count({ where: { publishedAt: { $notNull: true } } });
    const rows = await app.strapi.db
      .query(INDEX_STORY)
      .findMany({ where: { generation: generation() }, select: ['storyKey', 'related'] });
    expect(rows).toHaveLength(published);
    expect(rows.filter((row: { related: string | null }) => row.related === null)).toEqual([]);

    const status = (await webAdmin.get('/newsroom/index/status')).body.data;
    expect(status).toMatchObject({
      role: 'web',
      state: 'idle',
      stories: 0,
      generation: generation(),
    });
    expect(status.source).toBeUndefined();
    const admin = http(app.url, await adminLogin(app.url, SUPER_ADMIN.email, SUPER_ADMIN.password));
    expect((await admin.get('/newsroom/index/status')).body.data).toMatchObject({
      role: 'indexer',
      source: 'built',
      generation: generation(),
      lists: { state: 'idle', generation: generation() },
    });

    // what needs the index in memory is a 503 naming the option
    for (const reply of [
      await webAdmin.get(`/newsroom/suggestions/${unian}`),
      await webAdmin.get(`/newsroom/anchors/${unian}`),
      await webAdmin.post('/newsroom/index/rebuild', {}),
    ]) {
      expect(reply.status).toBe(503);
      expect(reply.body.error.message).toMatch(/indexer: false/);
    }
    // reports that are database queries work there
    for (const report of ['unlinked', 'broken', 'coverage'])
      expect((await webAdmin.get(`/newsroom/reports/${report}`)).status).toBe(200);
  });

  it('serves every published story the same related list as the indexer (REST and GraphQL)', async () => {
    const published = await publishedIds();
    expect(published.length).toBeGreaterThan(STORIES.length);
    for (const documentId of published) {
      for (const query of ['', '?limit=10']) {
        const [onIndexer, onWeb] = [
          await listOf('indexer', documentId, query),
          await listOf('web', documentId, query),
        ];
        expect(onWeb.meta.pending).toBeUndefined();
        expect(shape(onWeb.data)).toEqual(shape(onIndexer.data));
      }
    }
    expect(ids(await listOf('web', unian)).filter(Boolean).length).toBeGreaterThan(1);

    const graphql = await fetch(`${web.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `query($documentId: ID!) { newsroomRelatedArticles(documentId: $documentId, limit: 10) {
          kind origin score article { documentId } } }`,
        variables: { documentId: unian },
      }),
    }).then((reply) => reply.json() as Promise<any>);
    expect(
      graphql.data.newsroomRelatedArticles.map(
        (item: { article: { documentId: string } | null }) => item.article?.documentId ?? null
      )
    ).toEqual(ids(await listOf('web', unian, '?limit=10')));
  });

  it('lists a story published through the web instance on both, and never a draft', async () => {
    const writers = http(web.url, app.token);
    const draft = await app.strapi.documents(ARTICLE).create({
      data: {
        title: 'Draft: NATO allies agree Ukraine will become a member of the Alliance',
        lead: 'NATO allies agree that Ukraine will become a member, Stoltenberg said in Brussels.',
      },
    } as never);
    const created = await writers.post('/api/newsroom/articles', {
      data: {
        title: 'All NATO allies agree Ukraine will become a member of the Alliance',
        lead: 'NATO allies agree that Ukraine will become a member, Stoltenberg said in Brussels.',
      },
    });
    expect(created.status).toBe(201);
    const story = created.body.data.documentId as string;

    // the indexer picks the web instance's write up from the event log, then both serve it
    const listed = async () => {
      const [onIndexer, onWeb] = [
        await listOf('indexer', unian, '?limit=20'),
        await listOf('web', unian, '?limit=20'),
      ];
      return { indexer: ids(onIndexer).includes(story), web: ids(onWeb).includes(story) };
    };
    await within(
      60_000,
      async () => {
        const on = await listed();
        return on.indexer && on.web;
      },
      // which side lacks it, and the event log, should this ever fail again
      async () => {
        const events = await app.strapi.db.query(INDEX_EVENT).findMany({
          where: { storyDocumentId: story },
          select: ['id', 'origin'],
        });
        const newest = await app.strapi.db
          .query(INDEX_EVENT)
          .findOne({ orderBy: { id: 'desc' }, select: ['id'] });
        return JSON.stringify({ listed: await listed(), events, newestEvent: newest?.id });
      }
    );
    await within(30_000, async () => {
      const [onIndexer, onWeb] = [await listOf('indexer', story), await listOf('web', story)];
      return (
        onWeb.meta.pending === undefined &&
        JSON.stringify(shape(onWeb.data)) === JSON.stringify(shape(onIndexer.data))
      );
    });
    expect(ids(await listOf('web', story))).toContain(unian);
    // the indexer saved the story's own row, which the web instance did not
    const [row] = await app.strapi.db
      .query(INDEX_STORY)
      .findMany({ where: { generation: generation(), storyKey: `${story}:en` } });
    expect(JSON.parse(row.related).map(([id]: [string]) => id)).toContain(unian);

    for (const on of ['indexer', 'web'] as const) {
      for (const documentId of [unian, story])
        expect(ids(await listOf(on, documentId, '?limit=50'))).not.toContain(draft.documentId);
      expect(
        (await readers[on].get(`/api/newsroom/articles/${draft.documentId}/related`)).status
      ).toBe(404);
    }
  });

  it('answers a story whose list is not stored yet with its placed links, marked pending; a stored unpublished id never reaches a reader', async () => {
    const where = { generation: generation(), storyKey: `${unian}:en` };
    const [row] = await app.strapi.db.query(INDEX_STORY).findMany({ where });
    const stored = JSON.parse(row.related) as Array<[string, number]>;
    await app.strapi.db.query(INDEX_STORY).updateMany({ where, data: { related: null } });
    const pending = await listOf('web', unian, '?limit=20');
    expect(pending.meta.pending).toBe(true);
    expect(pending.data.length).toBeGreaterThan(0);
    // the story's links as placed (imported with it here), none of the engine's fill-ins
    expect(pending.data.every((item: Item) => item.origin !== 'engine')).toBe(true);

    const draft = await app.strapi.documents(ARTICLE).create({
      data: { title: 'NATO allies agree: an unpublished story' },
    } as never);
    await app.strapi.db.query(INDEX_STORY).updateMany({
      where,
      data: { related: JSON.stringify([[draft.documentId, 9], ...stored]) },
    });
    const served = await listOf('web', unian, '?limit=20');
    expect(served.meta.pending).toBeUndefined();
    expect(ids(served)).not.toContain(draft.documentId);
    expect(served.data.filter((item: Item) => item.origin === 'engine').length).toBeGreaterThan(0);
  });
});
