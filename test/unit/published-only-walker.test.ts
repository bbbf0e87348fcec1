import { modelsWithin, relationFields } from '../../server/src/published-only/graphql-fields';
import { restrictReadQuery } from '../../server/src/published-only/rest-query';
import { constrainFilters, GRAPHQL, type Model } from '../../server/src/published-only/rules';

/**
 * The published-only rule walks every kind of attribute: relations, media, components (at any
 * depth) and dynamic zones. A schema like the newsroom's, with the repeatable components an
 * article may get (`corrections`, `contributors` with an author relation), a dynamic zone and a
 * polymorphic relation inside a component.
 */
const ARTICLE = 'plugin::newsroom.article';
const AUTHOR = 'plugin::newsroom.author';
const MODELS: Record<string, Model> = {
  [ARTICLE]: {
    uid: ARTICLE,
    attributes: {
      title: { type: 'string' },
      cover: { type: 'media' },
      corrections: { type: 'component', component: 'newsroom.correction' },
      contributors: { type: 'component', component: 'newsroom.contributor' },
      blocks: { type: 'dynamiczone', components: ['newsroom.quote', 'newsroom.embed'] },
      authors: { type: 'relation', relation: 'manyToMany', target: AUTHOR },
    },
  },
  [AUTHOR]: {
    uid: AUTHOR,
    attributes: {
      name: { type: 'string' },
      articles: { type: 'relation', relation: 'manyToMany', target: ARTICLE },
    },
  },
  'newsroom.correction': {
    uid: 'newsroom.correction',
    attributes: { date: { type: 'date' }, kind: { type: 'string' }, note: { type: 'text' } },
  },
  'newsroom.contributor': {
    uid: 'newsroom.contributor',
    attributes: {
      author: { type: 'relation', relation: 'oneToOne', target: AUTHOR },
      role: { type: 'string' },
    },
  },
  'newsroom.quote': {
    uid: 'newsroom.quote',
    attributes: {
      text: { type: 'text' },
      story: { type: 'relation', relation: 'oneToOne', target: ARTICLE },
      speaker: { type: 'component', component: 'newsroom.contributor' },
    },
  },
  'newsroom.embed': {
    uid: 'newsroom.embed',
    attributes: { item: { type: 'relation', relation: 'morphToOne' } },
  },
  'plugin::upload.file': {
    uid: 'plugin::upload.file',
    attributes: {
      url: { type: 'string' },
      related: { type: 'relation', relation: 'morphToMany' },
      folder: {
        type: 'relation',
        relation: 'manyToOne',
        target: 'plugin::upload.folder',
        private: true,
      },
    },
  },
};
const getModel = (uid: string) => MODELS[uid];
const read = (query: Record<string, unknown>) => restrictReadQuery(getModel, ARTICLE, query);
/** The rule's time is the time of the read: frozen here, so the condition can be written out. */
const NOW = '2026-12-01T08:00:00.000Z';
beforeAll(() =>
  jest.useFakeTimers({ now: new Date(NOW), doNotFake: ['nextTick', 'setImmediate'] })
);
afterAll(() => jest.useRealTimers());
const PUBLISHED = {
  $and: [
    { publishedAt: { $notNull: true } },
    { $or: [{ embargoUntil: { $null: true } }, { embargoUntil: { $lte: NOW } }] },
  ],
};

/** The error a rewrite throws, with its message. */
const refusal = (query: Record<string, unknown>) => {
  try {
    read(query);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`not refused: ${JSON.stringify(query)}`);
};

describe('published-only rule: components and dynamic zones', () => {
  it('a relation inside a component gets the rule, at any depth', () => {
    const query = read({
      populate: { contributors: { populate: { author: { populate: 'articles' } } } },
    });
    const contributors = (query.populate as any).contributors;
    expect(contributors.populate.author.populate.articles).toEqual({ filters: PUBLISHED });
  });

  it('a dotted path through a component is spelled out and constrained', () => {
    const query = read({ populate: 'contributors.author.articles' });
    expect((query.populate as any).contributors.populate.author.populate.articles).toEqual({
      filters: PUBLISHED,
    });
  });

  it('a component without relations passes unchanged', () => {
    expect(read({ populate: { corrections: true } }).populate).toEqual({ corrections: true });
  });

  it('a dynamic zone becomes fragments, each component walked into', () => {
    const star = read({ populate: { blocks: { populate: '*' } } }).populate as any;
    expect(star.blocks.on['newsroom.quote'].populate.story).toEqual({ filters: PUBLISHED });
    // `*` leaves the polymorphic relation out of the embed
    expect(star.blocks.on['newsroom.embed']).toEqual(true);
    const on = read({
      populate: {
        blocks: {
          on: { 'newsroom.quote': { populate: { speaker: { populate: 'author.articles' } } } },
        },
      },
    }).populate as any;
    expect(
      on.blocks.on['newsroom.quote'].populate.speaker.populate.author.populate.articles
    ).toEqual({ filters: PUBLISHED });
  });

  it('a polymorphic relation inside a component or a dynamic zone answers 400 naming it', () => {
    expect(
      refusal({ populate: { blocks: { on: { 'newsroom.embed': { populate: 'item' } } } } })
    ).toMatch(
      /^populate\.blocks\.on\.newsroom\.embed\.populate\.item: "item" is a polymorphic relation/
    );
    expect(refusal({ populate: 'cover.related' })).toMatch(/^populate\.cover\.populate\.related: /);
    expect(refusal({ populate: { cover: { populate: { related: true } } } })).toMatch(/related/);
  });

  it('filters through a component get the rule; through a dynamic zone or a morph, 400', () => {
    const query = read({ filters: { contributors: { author: { articles: { title: 'x' } } } } });
    const filters = (query.filters as any).$and[0];
    expect(filters.contributors.author.articles).toEqual({
      $and: [{ title: 'x' }, PUBLISHED],
    });
    expect(refusal({ filters: { blocks: { text: 'x' } } })).toMatch(
      /^filters\.blocks: .*dynamic zone/
    );
    expect(refusal({ filters: { cover: { related: { id: 1 } } } })).toMatch(
      /^filters\.cover\.related: .*polymorphic/
    );
    expect(
      refusal({
        populate: {
          contributors: {
            filters: { author: { articles: { $null: true } } },
            sort: 'author.articles.title',
          },
        },
      })
    ).toMatch(/^populate\.contributors\.sort: cannot sort through "articles"/);
  });

  it('a relation to stories inside a component under $not answers 400', () => {
    expect(
      refusal({ filters: { $not: { contributors: { author: { articles: { title: 'x' } } } } } })
    ).toMatch(/filters\.contributors\.author\.articles: cannot be used inside a "not"/);
  });

  it('sorts through media and components are walked; through morphs and dynamic zones, 400', () => {
    expect(() => read({ sort: 'contributors.author.name:asc' })).not.toThrow();
    expect(() => read({ sort: 'cover.url' })).not.toThrow();
    expect(refusal({ sort: 'cover.related.title' })).toMatch(/^sort: "related" is a polymorphic/);
    expect(refusal({ sort: 'blocks.text' })).toMatch(/^sort: "blocks" is a dynamic zone/);
    expect(refusal({ sort: 'contributors.author.articles.title' })).toMatch(/cannot sort through/);
  });

  it('GraphQL filters follow the same walk', () => {
    const filters = constrainFilters(
      getModel,
      ARTICLE,
      { contributors: { author: { articles: { title: { eq: 'x' } } } } },
      GRAPHQL
    ) as any;
    expect(filters.contributors.author.articles).toEqual({
      and: [
        { title: { eq: 'x' } },
        {
          and: [
            { publishedAt: { notNull: true } },
            { or: [{ embargoUntil: { null: true } }, { embargoUntil: { lte: NOW } }] },
          ],
        },
      ],
    });
  });

  it('the GraphQL walker finds every component and each relation or morph field in it', () => {
    const models = modelsWithin(getModel, [ARTICLE, AUTHOR]).sort();
    expect(models).toEqual(
      [
        ARTICLE,
        AUTHOR,
        'newsroom.contributor',
        'newsroom.correction',
        'newsroom.embed',
        'newsroom.quote',
      ].sort()
    );
    expect(relationFields(getModel, 'newsroom.quote').constrained).toEqual([
      { field: 'story', target: ARTICLE },
    ]);
    expect(relationFields(getModel, 'newsroom.embed').morphs).toEqual(['item']);
    expect(relationFields(getModel, 'plugin::upload.file').morphs).toEqual(['related']);
  });
});
