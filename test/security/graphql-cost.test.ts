import { type SecurityApp, startSecurityApp } from './support/app';
import { gql } from './support/graphql';

/** Booting on a fresh PostgreSQL or MariaDB database takes a while on a busy machine. */
const BOOT_TIMEOUT = 300_000;

/**
 * One GraphQL request cannot ask for the newsroom a thousand times over: aliases, tokens,
 * directives and GraphQL Armor's cost are bounded before anything runs (plugin config
 * `graphqlLimits`, defaults in server/src/config/graphql-limits.ts), with a 400 naming the limit.
 */
describe('Security: GraphQL requests are bounded', () => {
  let s: SecurityApp;
  beforeAll(async () => {
    s = await startSecurityApp();
  }, BOOT_TIMEOUT);
  afterAll(() => s?.app.stop());

  const anonymous = (query: string) => gql(s.app.url, s.callers['anonymous (Public role)'], query);
  const articles = '(pagination: { limit: 100 }) { title body tags { name articles { title } } }';
  const aliased = (n: number, selection = articles) =>
    `{ ${Array.from({ length: n }, (_, i) => `a${i}: newsroomArticles${selection}`).join(' ')} }`;
  const messages = (body: { errors?: Array<{ message: string }> }) =>
    (body.errors ?? []).map((e) => e.message).join(' | ');

  it('the 1,000-alias query answers 400 naming a limit, and runs nothing', async () => {
    const query = aliased(1000);
    expect(query.length).toBeGreaterThan(90_000);
    const { status, body } = await anonymous(query);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(messages(body)).toMatch(/Document contains more th\w+ 2000 tokens/);
  });

  it('11 aliases within the token limit: 400 naming the alias limit', async () => {
    const { status, body } = await anonymous(aliased(11, ' { title }'));
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(messages(body)).toMatch(/Aliases limit of 10 exceeded, found 11/);
  });

  it('a query within the limits answers', async () => {
    const { status, body } = await anonymous(aliased(10, ' { title }'));
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(Object.keys(body.data)).toHaveLength(10);
  });

  it('one alias of the same query is over the cost limit: 400 naming it', async () => {
    const { status, body } = await anonymous(aliased(1));
    expect(status).toBe(400);
    expect(messages(body)).toMatch(/Query cost limit of 20000 exceeded, found 67801/);
    // a page size given by a variable counts as the GraphQL plugin's maxLimit
    const variable = await anonymous(
      'query ($n: Int) { newsroomTags(pagination: { limit: $n }) { name articles { title tags { name } } } }'
    );
    expect(variable.status).toBe(400);
    expect(messages(variable.body)).toMatch(/Query cost limit of 20000 exceeded, found 67701/);
  });

  it('a news site page within the cost limit answers', async () => {
    const { status, body } = await anonymous(
      '{ newsroomArticles(pagination: { limit: 100 }) { title slug lead cover { url } tags { name slug } authors { name slug } } }'
    );
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
  });

  it('directives over the limit answer 400 naming the directive limit', async () => {
    const skips = Array.from({ length: 21 }, () => '@skip(if: false)').join(' ');
    const { status, body } = await anonymous(`{ newsroomArticles { title ${skips} } }`);
    expect(status).toBe(400);
    expect(messages(body)).toMatch(/Directives limit of 20 exceeded/);
  });
});
