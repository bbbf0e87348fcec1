import {
  databaseState,
  nestedArrays,
  type Probe,
  send,
  sendRaw,
  startWriteWorld,
  UID,
  type WriteWorld,
} from './support/write-fixtures';

/**
 * Every write probe found with a full-access API token on the playground, run by every kind
 * of caller: the Public role, a Users & Permissions user without write grants and a read-only
 * API token get 403; a full-access token gets the rule's 400 or 404 with a message naming the
 * field. Whatever the answer, the database is read back: nothing was written.
 */
const PROBES: Probe[] = [
  {
    name: 'moving a link onto its own target (PUT with only `article`) makes a self-link',
    method: 'put',
    path: (fx) => `/api/newsroom/related-news/${fx.linkAB}`,
    body: (fx) => ({ data: { article: fx.b } }),
    status: 400,
    message: /target: an article cannot link to itself/,
  },
  {
    name: 'moving a link onto a story that already has that link makes a duplicate',
    method: 'put',
    path: (fx) => `/api/newsroom/related-news/${fx.linkCB}`,
    body: (fx) => ({ data: { article: fx.a } }),
    status: 400,
    message: /article: .*already links to/,
  },
  {
    name: 'an article in a locale that does not exist (POST ?locale=xx)',
    method: 'post',
    path: () => '/api/newsroom/articles?locale=xx',
    body: () => ({ data: { title: 'Ghost locale story' } }),
    status: 400,
    message: /locale: "xx" is not a locale of this app/,
  },
  {
    name: 'a new locale version that does not exist (PUT ?locale=zz-Evil)',
    method: 'put',
    path: (fx) => `/api/newsroom/articles/${fx.a}?locale=zz-Evil`,
    body: () => ({ data: { title: 'Evil twin' } }),
    status: 400,
    message: /locale: "zz-Evil"/,
  },
  {
    name: 'a link in a locale that does not exist',
    method: 'post',
    path: () => '/api/newsroom/related-news?locale=xx',
    body: (fx) => ({ data: { article: fx.a, target: fx.c } }),
    status: 400,
    message: /locale: "xx"/,
  },
  {
    name: 'the private `importHash` of an article',
    method: 'post',
    path: () => '/api/newsroom/articles',
    body: () => ({ data: { title: 'Hash forger', importHash: 'f'.repeat(64) } }),
    status: 400,
    message: /importHash/,
  },
  {
    name: 'the private `nameKey` of a tag (which would let a duplicate tag in)',
    method: 'put',
    path: (fx) => `/api/newsroom/tags/${fx.tag}`,
    body: () => ({ data: { nameKey: 'not-ukraine' } }),
    status: 400,
    message: /nameKey/,
  },
  {
    name: 'the private `targetDocumentId` of a link (which marks a live link broken)',
    method: 'put',
    path: (fx) => `/api/newsroom/related-news/${fx.linkAB}`,
    body: () => ({ data: { targetDocumentId: 'deleted-story' } }),
    status: 400,
    message: /targetDocumentId/,
  },
  {
    name: 'the private `label` of a link (the plugin computes it)',
    method: 'put',
    path: (fx) => `/api/newsroom/related-news/${fx.linkAB}`,
    body: () => ({ data: { label: 'Read also → somewhere else' } }),
    status: 400,
    message: /label/,
  },
  {
    name: 'a link position of 1e20',
    method: 'post',
    path: () => '/api/newsroom/related-news',
    body: (fx) => ({ data: { article: fx.a, target: fx.c, position: 1e20 } }),
    status: 400,
    message: /position/,
  },
  {
    name: 'a negative link position',
    method: 'put',
    path: (fx) => `/api/newsroom/related-news/${fx.linkAB}`,
    body: () => ({ data: { position: -1 } }),
    status: 400,
    message: /position/,
  },
  {
    name: 'a link score out of bounds',
    method: 'post',
    path: () => '/api/newsroom/related-news',
    body: (fx) => ({ data: { article: fx.a, target: fx.c, score: 1e9 } }),
    status: 400,
    message: /score/,
  },
  {
    name: 'a body that is a string, not blocks',
    method: 'post',
    path: () => '/api/newsroom/articles',
    body: () => ({ data: { title: 'Stringly typed', body: 'a string' } }),
    status: 400,
    message: /body: must be a list of blocks/,
  },
  {
    name: 'a body that is an object, not a list of blocks',
    method: 'put',
    path: (fx) => `/api/newsroom/articles/${fx.a}`,
    body: () => ({ data: { body: { type: 'paragraph', children: [] } } }),
    status: 400,
    message: /body/,
  },
  ...(['articles', 'authors', 'tags', 'related-news'] as const).flatMap((type): Probe[] => [
    {
      name: `DELETE of an unknown ${type} document`,
      method: 'del',
      path: () => `/api/newsroom/${type}/no-such-document`,
      status: 404,
      message: /no-such-document/,
    },
    {
      name: `PUT of an unknown ${type} document`,
      method: 'put',
      path: () => `/api/newsroom/${type}/no-such-document`,
      body: () => ({ data: type === 'related-news' ? { kind: 'background' } : { name: 'x' } }),
      status: type === 'articles' ? 400 : 404,
      message: type === 'articles' ? /name/ : /no-such-document/,
    },
  ]),
  {
    name: 'PUT of an unknown article with valid data',
    method: 'put',
    path: () => '/api/newsroom/articles/no-such-document',
    body: () => ({ data: { title: 'Nobody home' } }),
    status: 404,
    message: /no-such-document/,
  },
  ...[
    ['a zero-width space', 'Ukr\u200Baine'],
    ['a zero-width joiner', 'Ukra\u200Dine'],
    ['a soft hyphen', 'Ukr\u00ADaine'],
    ['a right-to-left override', 'Ukraine\u202E'],
    ['a left-to-right mark and BOM', '\u200E\uFEFFUkraine'],
  ].map(([what, name]): Probe => ({
    name: `a tag named like "Ukraine" with ${what}`,
    method: 'post',
    path: () => '/api/newsroom/tags',
    body: () => ({ data: { name } }),
    status: 400,
    message: /name: a tag named "Ukraine" already exists/,
  })),
  {
    name: 'a tag "Ukrаine" with a Cyrillic "а"',
    method: 'post',
    path: () => '/api/newsroom/tags',
    body: () => ({ data: { name: 'Ukr\u0430ine' } }),
    status: 400,
    message: /name: "Ukr.ine" mixes Latin and Cyrillic letters in one word/,
  },
  {
    name: 'renaming a tag to a mixed-script name',
    method: 'put',
    path: (fx) => `/api/newsroom/tags/${fx.tag}`,
    body: () => ({ data: { name: 'Ukr\u0430ine' } }),
    status: 400,
    message: /name: .*mixes Latin and Cyrillic/,
  },
];

describe('Content API writes: who may write, and the rules when they may', () => {
  let world: WriteWorld;

  beforeAll(async () => {
    world = await startWriteWorld();
  });
  afterAll(() => world?.app.stop());

  describe.each(['anonymous', 'user', 'readOnly'] as const)('as %s', (actor) => {
    it.each(PROBES.map((probe) => [probe.name, probe]))('refuses (403): %s', async (_, probe) => {
      const before = await databaseState(world.app);
      const reply = await send(world.actors[actor], probe, world.fx);
      expect(reply.status).toBe(403);
      expect(await databaseState(world.app)).toEqual(before);
    });

    it('refuses (403) a publishing create and a deep body', async () => {
      const before = await databaseState(world.app);
      const create = await world.actors[actor].post('/api/newsroom/articles?status=published', {
        data: { title: 'Not yours to publish' },
      });
      expect(create.status).toBe(403);
      const deep = await sendRaw(
        `${world.app.url}/api/newsroom/articles`,
        undefined,
        'POST',
        `{"data":{"title":"x","body":${nestedArrays(10_000)}}}`
      );
      expect(deep.status).toBe(403);
      expect(await databaseState(world.app)).toEqual(before);
    });
  });

  describe('as a full-access API token', () => {
    it.each(PROBES.map((probe) => [probe.name, probe]))(
      'answers the rule: %s',
      async (_, probe) => {
        const before = await databaseState(world.app);
        const reply = await send(world.actors.full, probe, world.fx);
        expect({ status: reply.status, message: reply.body?.error?.message }).toEqual({
          status: probe.status,
          message: expect.stringMatching(probe.message ?? /./),
        });
        expect(await databaseState(world.app)).toEqual(before);
      }
    );

    it('answers 400 to a body nested 10,000 deep and 413 to a huge one, writing nothing', async () => {
      const before = await databaseState(world.app);
      const url = `${world.app.url}/api/newsroom/articles`;
      const deep = await sendRaw(
        url,
        world.app.token,
        'POST',
        `{"data":{"title":"x","body":${nestedArrays(10_000)}}}`
      );
      expect(deep.status).toBe(400);
      expect(deep.body.error.message).toMatch(/request body: nested deeper than 64 levels/);
      const many = await sendRaw(
        url,
        world.app.token,
        'POST',
        JSON.stringify({ data: { title: 'x', lead: new Array(150_000).fill(0) } })
      );
      expect(many.status).toBe(413);
      const huge = await sendRaw(
        url,
        world.app.token,
        'POST',
        JSON.stringify({ data: { title: 'x', lead: 'y'.repeat(3_000_000) } })
      );
      expect(huge.status).toBe(413);
      expect(await databaseState(world.app)).toEqual(before);
    });

    it('stamps datePublished on a story published by the Content API create', async () => {
      const { strapi } = world.app;
      const created = await world.actors.full.post('/api/newsroom/articles?status=published', {
        data: { title: 'Published straight away' },
      });
      expect(created.status).toBe(201);
      expect(created.body.data.datePublished).toEqual(expect.any(String));
      const draftFirst = await strapi
        .documents(UID.article)
        .create({ data: { title: 'Saved first, published by update' } } as never);
      expect(draftFirst.datePublished ?? null).toBeNull();
      const published = await strapi.documents(UID.article).update({
        documentId: draftFirst.documentId,
        data: { lead: 'Now live' },
        status: 'published',
      } as never);
      expect(published?.datePublished).toBeTruthy();
      const stamp = String(published?.datePublished);
      // a later publishing update keeps the first date
      const again = await strapi.documents(UID.article).update({
        documentId: draftFirst.documentId,
        data: { lead: 'Corrected' },
        status: 'published',
      } as never);
      expect(String(again?.datePublished)).toBe(stamp);
      const imported = await strapi.documents(UID.article).create({
        data: { title: 'Imported with its date', datePublished: '2020-01-02T03:04:05.000Z' },
        status: 'published',
      } as never);
      expect(new Date(String(imported.datePublished)).toISOString()).toBe(
        '2020-01-02T03:04:05.000Z'
      );
    });

    it('ignores private fields from any other writer and computes them from trusted input', async () => {
      const { strapi } = world.app;
      const tag = await strapi
        .documents(UID.tag)
        .create({ data: { name: 'Energy security', nameKey: 'forged' } } as never);
      const row = await strapi.db.query(UID.tag).findOne({ where: { documentId: tag.documentId } });
      expect(row.nameKey).toBe('energy security');
      await strapi.documents(UID.link).update({
        documentId: world.fx.linkAB,
        data: { targetDocumentId: 'deleted-story', kind: 'background' },
      } as never);
      const link = await strapi.db
        .query(UID.link)
        .findOne({ where: { documentId: world.fx.linkAB } });
      expect(link.targetDocumentId).toBe(world.fx.b);
      const article = await strapi
        .documents(UID.article)
        .create({ data: { title: 'Hash via documents', importHash: 'forged' } } as never);
      const stored = await strapi.db
        .query(UID.article)
        .findOne({ where: { documentId: article.documentId } });
      expect(stored.importHash).toBeNull();
    });
  });
});

describe('Content Manager (admin API) writes keep the same rules', () => {
  let world: WriteWorld;
  const cm = (uid: string) => `/content-manager/collection-types/${uid}`;

  beforeAll(async () => {
    world = await startWriteWorld();
  });
  afterAll(() => world?.app.stop());

  const refused = async (
    call: () => Promise<{ status: number; body: any }>,
    status: number,
    message: RegExp
  ) => {
    const before = await databaseState(world.app);
    const reply = await call();
    expect({ status: reply.status, message: reply.body?.error?.message }).toEqual({
      status,
      message: expect.stringMatching(message),
    });
    expect(await databaseState(world.app)).toEqual(before);
  };

  // The Content Manager answers its own "This locale doesn't exist"; the rule holds either way.
  it('refuses an article or a link in a locale that does not exist', async () => {
    const { admin } = world.actors;
    await refused(
      () => admin.post(`${cm(UID.article)}?locale=xx`, { title: 'Ghost locale story' }),
      400,
      /locale/
    );
    await refused(
      () => admin.put(`${cm(UID.article)}/${world.fx.a}?locale=zz-Evil`, { title: 'Evil twin' }),
      400,
      /locale/
    );
    await refused(
      () =>
        admin.post(`${cm(UID.link)}?locale=xx`, {
          article: { connect: [{ documentId: world.fx.a, locale: 'xx' }] },
          target: { connect: [{ documentId: world.fx.c, locale: 'xx' }] },
        }),
      400,
      /locale/
    );
  });

  it('moves no link onto its own target or onto a story that already has it', async () => {
    const { admin } = world.actors;
    const move = (link: string, to: string) => () =>
      admin.put(`${cm(UID.link)}/${link}?locale=en`, {
        article: { connect: [{ documentId: to, locale: 'en' }], disconnect: [] },
      });
    await refused(
      move(world.fx.linkAB, world.fx.b),
      400,
      /target: an article cannot link to itself/
    );
    await refused(move(world.fx.linkCB, world.fx.a), 400, /already links to/);
  });

  it('never stores a private field an admin request sends', async () => {
    const { admin } = world.actors;
    const { strapi } = world.app;
    const before = await databaseState(world.app);
    const article = await admin.post(`${cm(UID.article)}?locale=en`, {
      title: 'Admin hash forger',
      importHash: 'f'.repeat(64),
    });
    if (article.status < 300) {
      const row = await strapi.db
        .query(UID.article)
        .findOne({ where: { documentId: article.body.data.documentId } });
      expect(row.importHash).toBeNull();
      await strapi.documents(UID.article).delete({ documentId: article.body.data.documentId });
    }
    const tag = await admin.put(`${cm(UID.tag)}/${world.fx.tag}`, { nameKey: 'not-ukraine' });
    expect(tag.status).toBeLessThan(500);
    const link = await admin.put(`${cm(UID.link)}/${world.fx.linkAB}?locale=en`, {
      targetDocumentId: 'deleted-story',
    });
    expect(link.status).toBeLessThan(500);
    const after = await databaseState(world.app);
    expect(after.tags).toEqual(before.tags);
    expect(after.links.map(({ targetDocumentId }) => targetDocumentId)).toEqual(
      before.links.map(({ targetDocumentId }) => targetDocumentId)
    );
    // the forged key would have let a second "Ukraine" in; the real one still refuses it
    const twin = await admin.post(cm(UID.tag), { name: 'ukraine' });
    expect(twin.status).toBe(400);
    expect(twin.body.error.message).toMatch(/name: a tag named "Ukraine" already exists/);
  });
});
