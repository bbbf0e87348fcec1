import { buildSchema, parse, validate } from 'graphql';

import { costRule } from '../../server/src/graphql/cost';

/** The cost of an operation: page sizes multiplied down the lists, variables at maxLimit. */
const schema = buildSchema(`
  input Pagination { limit: Int pageSize: Int }
  type Tag { name: String articles(pagination: Pagination): [Article] }
  type Article { title: String tags(pagination: Pagination): [Tag] }
  type Query {
    articles(pagination: Pagination): [Article]
    article: Article
    related(limit: Int): [Article]
  }
`);
const LIMITS = { defaultLimit: 25, maxLimit: 100 };

/** The cost the rule reports (it refuses anything over 1). */
const cost = (query: string): number => {
  const [error] = validate(schema, parse(query), [costRule(1, LIMITS)]);
  const found = /found (\d+)/.exec(error?.message ?? '');
  if (!found) throw new Error(`no cost in ${error?.message}`);
  return Number(found[1]);
};

describe('GraphQL cost', () => {
  it('counts a list at its literal page size, nested lists at the default', () => {
    expect(
      cost('{ articles(pagination: { limit: 100 }) { title tags { name articles { title } } } }')
    ).toBe(1 + 100 * (1 + 1 + 25 * (1 + 1 + 25 * 1)));
    expect(cost('{ articles(pagination: { pageSize: 4 }) { title } }')).toBe(1 + 4);
    expect(cost('{ related(limit: 3) { title } }')).toBe(1 + 3);
  });

  it('a field without pagination costs one, and its selection once', () => {
    expect(cost('{ article { title tags(pagination: { limit: 2 }) { name } } }')).toBe(
      1 + 1 + 1 + 2
    );
  });

  it('a page size over maxLimit, non-positive or given by a variable counts as maxLimit', () => {
    expect(cost('{ articles(pagination: { limit: 5000 }) { title } }')).toBe(101);
    expect(cost('{ articles(pagination: { limit: -1 }) { title } }')).toBe(101);
    expect(cost('query ($n: Int) { articles(pagination: { limit: $n }) { title } }')).toBe(101);
    expect(cost('query ($n: Int) { related(limit: $n) { title } }')).toBe(101);
  });

  it('aliases add up, and the message names the limit', () => {
    const [error] = validate(schema, parse('{ a: articles { title } b: articles { title } }'), [
      costRule(51, LIMITS),
    ]);
    expect(error.message).toMatch(/^Query cost limit of 51 exceeded, found 52 /);
    expect(
      validate(schema, parse('{ a: articles { title } b: articles { title } }'), [
        costRule(52, LIMITS),
      ])
    ).toEqual([]);
  });
});
