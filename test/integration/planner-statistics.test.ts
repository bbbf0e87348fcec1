import { plannerStatistics } from '../../server/src/repositories/planner-statistics';
import { startApp, type TestApp } from '../helpers/strapi';

const onPostgres = process.env.DATABASE_CLIENT === 'postgres';

/** The importer keeps PostgreSQL's planner statistics up with the tables it grows. */
(onPostgres ? describe : describe.skip)('Planner statistics during an import', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.stop());

  it('analyses the newsroom tables once the articles table has grown enough, not before', async () => {
    const knex = app.strapi.db.connection;
    const analysed = async () =>
      (
        (await knex('pg_stat_user_tables')
          .whereIn('relname', ['newsroom_articles', 'newsroom_articles_tags_lnk'])
          .select('relname', 'last_analyze')) as Array<{ relname: string; last_analyze: unknown }>
      )
        .filter((row) => row.last_analyze !== null)
        .map((row) => row.relname);
    const statistics = await plannerStatistics(app.strapi);
    await statistics.written(100);
    expect(await analysed()).toEqual([]);
    await statistics.written(10_000);
    expect((await analysed()).sort()).toEqual(['newsroom_articles', 'newsroom_articles_tags_lnk']);
  });
});
