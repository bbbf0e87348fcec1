import { startApp, type TestApp } from '../helpers/strapi';

const UID = {
  article: 'plugin::newsroom.article',
  author: 'plugin::newsroom.author',
  tag: 'plugin::newsroom.tag',
  state: 'plugin::newsroom.index-state',
  chunk: 'plugin::newsroom.index-chunk',
  story: 'plugin::newsroom.index-story',
} as const;

const line = (record: Record<string, unknown>) => JSON.stringify(record);

/** The importer writes through the Document Service directly; its own rules are probed here. */
describe('Importer: each line all or nothing, strict dates, repeated ids reported', () => {
  let app: TestApp;
  const importer = () => app.strapi.plugin('newsroom').service('importer');
  const counts = async () => ({
    articles: await app.strapi.db.query(UID.article).count({}),
    authors: await app.strapi.db.query(UID.author).count({}),
    tags: await app.strapi.db.query(UID.tag).count({}),
  });

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.stop());

  it('leaves no tag or author behind when a line fails after creating them', async () => {
    const before = await counts();
    const report = await importer().importLines([
      line({
        externalId: 'sec-1',
        title: 'A story whose second tag is refused',
        tags: ['Brand new tag', 'Ukr\u0430ine'],
        authors: ['Brand New Author'],
        publishedAt: '2024-01-02',
      }),
      line({ externalId: 'sec-2', title: '   ', tags: ['Another new tag'], authors: ['Nobody'] }),
    ]);
    expect(report).toMatchObject({ created: 0, failed: 2 });
    expect(report.errors[0]).toMatchObject({ line: 1, message: expect.stringMatching(/name/) });
    expect(report.errors[1]).toMatchObject({ line: 2, message: expect.stringMatching(/title/) });
    expect(await counts()).toEqual(before);
  });

  it('counts a tag or author named twice in one line once', async () => {
    const report = await importer().importLines([
      line({
        externalId: 'sec-3',
        title: 'Grid operators warn of shortages',
        tags: ['RT Energy', 'rt energy', ' RT  ENERGY '],
        authors: ['RT Energy', 'rt energy'],
      }),
    ]);
    expect(report).toMatchObject({ created: 1, failed: 0, errors: [] });
    const story = await app.strapi.documents(UID.article).findFirst({
      filters: { externalId: 'sec-3' },
      populate: { tags: true, authors: true },
    } as never);
    expect((story as any).tags.map((t: { name: string }) => t.name)).toEqual(['RT Energy']);
    expect((story as any).authors.map((a: { name: string }) => a.name)).toEqual(['RT Energy']);
  });

  it.each([
    ['1'],
    ['2023-02-30'],
    ['2023-13-01'],
    ['2023-1-5'],
    ['5 May 2023'],
    ['2023-05-02T25:00:00Z'],
  ])('refuses the date %p, naming the line and the field', async (publishedAt) => {
    const before = await counts();
    const report = await importer().importLines([
      line({ externalId: `sec-date-${publishedAt}`, title: 'Dated badly', publishedAt }),
    ]);
    expect(report).toMatchObject({ created: 0, failed: 1 });
    expect(report.errors[0]).toMatchObject({
      line: 1,
      message: expect.stringMatching(/publishedAt must be an ISO 8601 date/),
    });
    expect(await counts()).toEqual(before);
  });

  it('takes strict ISO 8601 dates as given (a date-time without a zone as UTC)', async () => {
    const report = await importer().importLines([
      line({ externalId: 'sec-d1', title: 'Leap day story', publishedAt: '2024-02-29' }),
      line({ externalId: 'sec-d2', title: 'Local time story', publishedAt: '2023-05-02T09:00' }),
      line({ externalId: 'sec-d3', title: 'Kyiv time', publishedAt: '2023-05-02T12:00:00+03:00' }),
    ]);
    expect(report).toMatchObject({ created: 3, failed: 0 });
    const dates = await Promise.all(
      ['sec-d1', 'sec-d2', 'sec-d3'].map(async (externalId) => {
        const row = await app.strapi.db
          .query(UID.article)
          .findOne({ where: { externalId, publishedAt: { $notNull: true } } });
        return new Date(row.datePublished).toISOString();
      })
    );
    expect(dates).toEqual([
      '2024-02-29T00:00:00.000Z',
      '2023-05-02T09:00:00.000Z',
      '2023-05-02T09:00:00.000Z',
    ]);
  });

  it('reports an externalId repeated in one file on the later line, and a re-run writes nothing', async () => {
    const file = [
      line({ externalId: 'sec-dup', title: 'First telling', publishedAt: '2024-03-01' }),
      line({ externalId: 'sec-other', title: 'Another story' }),
      line({ externalId: 'sec-dup', title: 'Second telling', publishedAt: '2024-03-02' }),
    ];
    const first = await importer().importLines(file);
    expect(first).toMatchObject({ created: 2, updated: 0, failed: 1 });
    expect(first.errors).toEqual([
      {
        line: 3,
        externalId: 'sec-dup',
        message: expect.stringMatching(/externalId: "sec-dup" .*already on line 1/),
      },
    ]);
    const rows = async () =>
      app.strapi.db.query(UID.article).findMany({
        where: { externalId: { $in: ['sec-dup', 'sec-other'] } },
        select: ['documentId', 'title', 'updatedAt', 'publishedAt', 'importHash'],
        orderBy: { id: 'asc' },
      });
    const before = await rows();
    expect(before.filter((r: { title: string }) => r.title === 'First telling')).toHaveLength(2);
    const second = await importer().importLines(file);
    expect(second).toMatchObject({ created: 0, updated: 0, unchanged: 2, failed: 1 });
    expect(await rows()).toEqual(before);
  });

  it('never takes importHash from any writer but the importer', async () => {
    const created = await app.strapi
      .documents(UID.article)
      .create({ data: { title: 'Forged fingerprint', importHash: 'x'.repeat(64) } } as never);
    const row = await app.strapi.db
      .query(UID.article)
      .findOne({ where: { documentId: created.documentId } });
    expect(row.importHash).toBeNull();
    const imported = await app.strapi.db
      .query(UID.article)
      .findOne({ where: { externalId: 'sec-other' } });
    expect(imported.importHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('Related-story index: abandoned saves are cleaned at start-up', () => {
  let app: TestApp;
  const service = () => app.strapi.plugin('newsroom').service('related-index');

  beforeAll(async () => {
    app = await startApp();
    await service().ready();
  });
  afterAll(() => app?.stop());

  /** A `saving` generation with a header chunk and a story row, last touched `ageMs` ago. */
  const savingGeneration = async (ageMs: number) => {
    const { id } = await app.strapi.db.query(UID.state).create({
      data: { engineVersion: 1, fingerprint: 'probe', state: 'saving', stories: 1 },
    });
    await app.strapi.db
      .query(UID.chunk)
      .create({ data: { generation: id, kind: 'meta', seq: 0, data: '{}' } });
    await app.strapi.db.query(UID.story).create({
      data: {
        generation: id,
        storyKey: 'probe:en',
        storyDocumentId: 'probe',
        storyLocale: 'en',
        data: '{}',
      },
    });
    await app.strapi.db
      .connection('newsroom_index_states')
      .where({ id })
      .update({ updated_at: new Date(Date.now() - ageMs) });
    return id as number;
  };

  const rowsOf = async (generation: number) => ({
    state: await app.strapi.db.query(UID.state).count({ where: { id: generation } }),
    chunks: await app.strapi.db.query(UID.chunk).count({ where: { generation } }),
    stories: await app.strapi.db.query(UID.story).count({ where: { generation } }),
  });

  it('deletes a save whose process stopped beating, keeps one a live process is writing', async () => {
    const killed = await savingGeneration(10 * 60 * 1000);
    const live = await savingGeneration(5 * 1000);
    const current = await app.strapi.db.query(UID.state).findOne({ where: { state: 'ready' } });
    const cleanup = app.strapi.plugin('newsroom').service('index-cleanup');
    await cleanup.dropAbandoned();
    expect(await rowsOf(killed)).toEqual({ state: 0, chunks: 0, stories: 0 });
    expect(await rowsOf(live)).toEqual({ state: 1, chunks: 1, stories: 1 });
    if (current) expect(await rowsOf(current.id)).toMatchObject({ state: 1 });
    cleanup.stop();
  });
});
