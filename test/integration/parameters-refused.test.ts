import { http, type Reply } from '../helpers/http';
import { type Client, natoStories } from '../helpers/nato-stories';
import type { TestApp } from '../helpers/strapi';

/** A 400 whose message starts with the parameter's name (`limit: must be …`). */
const refusedNaming = (reply: Reply, parameter: string) =>
  expect([reply.status, reply.body?.error?.message]).toEqual([
    400,
    expect.stringMatching(new RegExp(`^${parameter}\\b`)),
  ]);

/**
 * Every admin route and the Content API's /related route take exactly the parameters of their
 * contract (shared/contracts): anything else, or a number that is not plain decimal digits, is
 * a 400 naming the parameter, and nothing is written.
 */
describe('Unknown or malformed parameters are refused with a 400 naming them', () => {
  let app: TestApp;
  let admin: Client;
  let readers: Client;
  let ids: Record<string, string>;
  let linkCount: () => Promise<number>;

  beforeAll(async () => {
    ({ app, admin, ids, linkCount } = await natoStories());
    readers = http(app.url);
  });
  afterAll(() => app?.stop());

  it('GET /newsroom/suggestions/:documentId refuses unknown query parameters and odd limits', async () => {
    const path = `/newsroom/suggestions/${ids.summit}`;
    expect((await admin.get(`${path}?limit=3`)).status).toBe(200);
    refusedNaming(await admin.get(`${path}?limit=3&colour=red`), 'colour');
    refusedNaming(await admin.get(`${path}?earliest=true`), 'earliest');
    refusedNaming(await admin.get(`${path}?limit=0x10`), 'limit');
    refusedNaming(await admin.get(`${path}?limit=1e1`), 'limit');
  });

  it('GET /newsroom/index/status refuses any query parameter', async () => {
    expect((await admin.get('/newsroom/index/status')).status).toBe(200);
    refusedNaming(await admin.get('/newsroom/index/status?verbose=1'), 'verbose');
  });

  it('POST /newsroom/index/rebuild refuses a body or query parameter and starts nothing', async () => {
    // the start-up build ranks its stored lists in the background: wait until both are idle,
    // so that nothing but a started rebuild could change the status
    const settled = async () => {
      const deadline = Date.now() + 60_000;
      for (;;) {
        const status = (await admin.get('/newsroom/index/status')).body.data;
        if (
          (status.state === 'idle' && status.lists?.state === 'idle' && status.lists?.rankedAt) ||
          Date.now() > deadline
        )
          return status;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    const before = await settled();
    expect(before).toMatchObject({ state: 'idle', lists: { state: 'idle' } });
    refusedNaming(await admin.post('/newsroom/index/rebuild', { force: true }), 'force');
    refusedNaming(await admin.post('/newsroom/index/rebuild?force=1', {}), 'force');
    expect((await admin.get('/newsroom/index/status')).body.data).toEqual(before);
  });

  it('a write refuses an unknown query parameter next to a valid body, and writes nothing', async () => {
    const dismissals = () => app.strapi.db.query('plugin::newsroom.dismissal').count({});
    const before = [await linkCount(), await dismissals()];
    const body = { article: ids.summit, target: ids.grain };
    refusedNaming(await admin.post('/newsroom/links?dryRun=true', body), 'dryRun');
    refusedNaming(await admin.post('/newsroom/dismissals?note=x', body), 'note');
    expect([await linkCount(), await dismissals()]).toEqual(before);
  });

  describe('GET /api/newsroom/articles/:id/related', () => {
    const related = (query: string) =>
      readers.get(`/api/newsroom/articles/${ids.summit}/related?${query}`);

    it('takes a plain decimal limit', async () => {
      const reply = await related('limit=2');
      expect([reply.status, reply.body.meta.limit]).toEqual([200, 2]);
    });

    it.each([
      ['in hexadecimal', 'limit=0x10'],
      ['with an exponent', 'limit=1e1'],
      ['given as an array', 'limit[]=3'],
      ['with a leading space', 'limit=%203'],
      ['with a decimal point', 'limit=3.0'],
    ])('refuses a limit %s (%s)', async (_form, query) => {
      const reply = await related(query);
      refusedNaming(reply, 'limit');
      expect(reply.body.error.message).toMatch(/^limit: /);
    });

    it('refuses unknown query parameters', async () => {
      refusedNaming(await related('limit=3&sort=title'), 'sort');
      refusedNaming(await related('count=3'), 'count');
    });
  });
});
