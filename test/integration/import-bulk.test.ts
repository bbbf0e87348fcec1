import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { ImportProgress } from '../../shared/contracts/import';
import { http } from '../helpers/http';
import { importSnapshot } from '../helpers/import-snapshot';
import { startApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';

const swap = (text: string, from: string, to: string) => text.split(from).join(to);

/**
 * One archive, written with a prefix (`P`) in every externalId, headline, author and tag so
 * that two imports of it in one database do not meet: the same file through the bulk path
 * and line by line must give the same stories once the prefix is taken out.
 */
const archive = (P: string) =>
  [
    {
      externalId: `${P}-1`,
      title: `${P} Kyiv hosts energy summit`,
      body: '<p>One.</p><p>Two.</p>',
      tags: [`${P} Energy`, `${P} Ukraine – NATO`],
      authors: [`${P} Iryna Koval`, `${P} Petro Shevchuk`],
      publishedAt: '2023-05-02T09:00:00Z',
      related: [`${P}-2`, `${P}-missing`],
    },
    {
      externalId: `${P}-2`,
      title: `${P} Kyiv hosts energy summit`,
      tags: [` ${P.toLowerCase()}  energy `, `${P.toUpperCase()} ENERGY`],
      authors: [`${P} Iryna Koval`],
      publishedAt: '2023-05-01',
      related: [`${P}-1`],
    },
    {
      externalId: `${P}-3`,
      title: `  ${P} Draft analysis  `,
      tags: [`${P} RT\u200b Energy`],
      authors: [` ${P} Olena Bondar `],
    },
    // refused: a tag mixing Latin and Cyrillic letters ("Ukrаine")
    { externalId: `${P}-4`, title: `${P} Bad tag`, tags: [`${P} Ukr\u0430ine`] },
    {
      externalId: `${P}-5`,
      title: `${P} Kyiv hosts energy summit`,
      body: 'First.\n\nSecond.',
      tags: [{ name: `${P} Grid`, slug: `${P.toLowerCase()}-power-grid` }],
      publishedAt: '2023-05-03T10:00:00Z',
      related: [`${P}-3`, `${P}-1`],
      readAlsoAfter: 0,
    },
    // refused by Strapi's validator: a headline over 300 characters
    { externalId: `${P}-6`, title: `${P} ${'x'.repeat(300)}`, publishedAt: '2023-05-03' },
    {
      externalId: `${P}-7`,
      title: `${P} Нова лінія метро`,
      locale: 'uk',
      tags: [`${P} Дніпро`],
      publishedAt: '2023-05-04T08:00:00Z',
    },
    {
      externalId: `${P}-8`,
      title: `${P} Late story`,
      body: 'Plain text.',
      publishedAt: '2023-05-05T08:00:00Z',
      related: [`${P}-5`],
    },
  ]
    .map((line) => JSON.stringify(line))
    .join('\n');

describe('Importer: the bulk path writes what the Document Service writes', () => {
  let app: TestApp;
  const importer = () => app.strapi.plugin('newsroom').service('importer');

  const fileOf = (prefix: string) => {
    const file = path.join(os.tmpdir(), `import-bulk-${prefix}-${process.pid}.ndjson`);
    writeFileSync(file, archive(prefix));
    return file;
  };

  /** What readers get of a run's stories (Content API), with its prefix taken out. */
  const readBack = async (P: string) => {
    const readers = http(app.url);
    const strip = (value: unknown) =>
      JSON.parse(swap(swap(JSON.stringify(value), P, 'P'), P.toLowerCase(), 'p'));
    const stories = [];
    for (const locale of ['en', 'uk']) {
      const list = await readers.get(
        `/api/newsroom/articles?locale=${locale}&filters[externalId][$startsWith]=${P}-&populate[0]=tags&populate[1]=authors&sort=externalId&pagination[pageSize]=100`
      );
      for (const story of list.body.data) {
        const links = await readers.get(
          `/api/newsroom/articles/${story.documentId}/related-news?locale=${locale}`
        );
        stories.push({
          externalId: story.externalId,
          locale: story.locale,
          title: story.title,
          slug: story.slug,
          body: story.body,
          datePublished: story.datePublished,
          tags: story.tags.map((t: { name: string; slug: string }) => [t.name, t.slug]).sort(),
          authors: story.authors.map((a: { name: string; slug: string }) => [a.name, a.slug]),
          links: links.body.data.map(
            (l: {
              kind: string;
              origin: string;
              afterBlock: number;
              target: { externalId: string };
            }) => [l.kind, l.origin, l.afterBlock, l.target.externalId]
          ),
        });
      }
    }
    // What the admin sees: every row of the run, drafts included.
    const rows = await app.strapi.db.query(ARTICLE).findMany({
      where: { externalId: { $startsWith: `${P}-` } },
      select: ['externalId', 'locale', 'title', 'slug', 'datePublished', 'publishedAt'],
      populate: { tags: { select: ['name', 'slug'] }, authors: { select: ['name', 'slug'] } },
      orderBy: [{ externalId: 'asc' }, { publishedAt: 'desc' }],
    });
    const admin = rows.map(({ id: _id, ...row }: Record<string, unknown>) => ({
      ...row,
      publishedAt: row.publishedAt ? 'published' : 'draft',
      tags: (row.tags as Array<{ name: string; slug: string }>).map((t) => [t.name, t.slug]).sort(),
      authors: (row.authors as Array<{ name: string; slug: string }>).map((a) => [a.name, a.slug]),
    }));
    return strip({ stories, admin });
  };

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.stop());

  let bulkReport: Record<string, unknown>;
  let progress: ImportProgress[] = [];

  it('imports in batches: a bad line mid-batch is reported alone and the rest of its batch lands', async () => {
    progress = [];
    bulkReport = await importer().importFile(fileOf('BK'), {
      batchSize: 4,
      onProgress: (p: ImportProgress) => progress.push(p),
    });
    expect(bulkReport).toMatchObject({ created: 6, failed: 2, linksCreated: 5 });
    expect((bulkReport.errors as Array<{ line: number }>).map((e) => e.line)).toEqual([4, 6]);
    expect(progress.map((p) => p.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(progress.every((p) => typeof p.rate === 'number' && p.rate > 0)).toBe(true);
    expect(progress[progress.length - 1].etaSeconds).toBe(0);
  });

  it('gives the same stories, slugs, tags, authors, dates, statuses and links as line by line', async () => {
    const perLine = await importer().importFile(fileOf('PL'), { batchSize: 1 });
    const messages = (report: Record<string, unknown>) =>
      (report.errors as Array<{ line: number; message: string }>).map((e) => [
        e.line,
        swap(swap(e.message, 'BK', 'P'), 'PL', 'P'),
      ]);
    expect(messages(perLine)).toEqual(messages(bulkReport));
    expect(perLine).toMatchObject({ created: 6, failed: 2, linksCreated: 5 });
    const bulk = await readBack('BK');
    expect(bulk.stories).toHaveLength(5);
    expect(bulk.admin).toHaveLength(11);
    expect(bulk).toEqual(await readBack('PL'));
    // the rules held: trimmed headline, slugs kept apart, one tag per identity, the slug asked for
    const draft = bulk.admin.find((row: { externalId: string }) => row.externalId === 'P-3');
    expect(draft).toMatchObject({ title: 'P Draft analysis', slug: 'p-draft-analysis' });
    expect(draft.tags).toEqual([['P RT Energy', 'p-rt-energy']]);
    expect(draft.authors).toEqual([['P Olena Bondar', 'p-olena-bondar']]);
    const slugs = bulk.stories.map((s: { slug: string }) => s.slug);
    expect(slugs).toEqual(
      expect.arrayContaining([
        'p-kyiv-hosts-energy-summit',
        'p-kyiv-hosts-energy-summit-2',
        'p-kyiv-hosts-energy-summit-3',
      ])
    );
    const second = bulk.stories.find((s: { externalId: string }) => s.externalId === 'P-2');
    expect(second.tags).toEqual([['P Energy', 'p-energy']]);
    expect(second.datePublished).toBe('2023-05-01T00:00:00.000Z');
    const grid = bulk.stories.find((s: { externalId: string }) => s.externalId === 'P-5');
    expect(grid.tags).toEqual([['P Grid', 'p-power-grid']]);
  });

  it('never serves a bulk-imported draft through the Content API', async () => {
    const readers = http(app.url);
    for (const query of ['', '&status=draft']) {
      const reply = await readers.get(
        `/api/newsroom/articles?filters[externalId][$eq]=BK-3${query}`
      );
      expect(reply.body.data ?? []).toEqual([]);
    }
    const [row] = await app.strapi.db.query(ARTICLE).findMany({
      where: { externalId: 'BK-3' },
      select: ['documentId'],
    });
    const byId = await readers.get(`/api/newsroom/articles/${row.documentId}`);
    expect(byId.status).toBe(404);
  });

  it('writes nothing when the same file is imported again', async () => {
    const before = await importSnapshot(app, 'BK-', [
      'documentId',
      'title',
      'updatedAt',
      'publishedAt',
    ]);
    const again = await importer().importFile(fileOf('BK'), { batchSize: 4 });
    expect(again).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 6,
      failed: 2,
      linksCreated: 0,
    });
    expect(
      await importSnapshot(app, 'BK-', ['documentId', 'title', 'updatedAt', 'publishedAt'])
    ).toEqual(before);
  });

  it('brings the related-story index up to date with the bulk-written stories', async () => {
    const readers = http(app.url);
    const [late] = (await readers.get('/api/newsroom/articles?filters[externalId][$eq]=BK-8')).body
      .data;
    const stored = await app.strapi
      .plugin('newsroom')
      .service('related-index')
      .storedList(late.documentId, 'en');
    expect(stored).not.toBeNull();
  });

  it('indexes each (target, order of its stories) pair that linking a new story reads', async () => {
    // Linking a story to a tag (author, article) reads that target's highest order: without
    // this index the read goes through every story of the tag, and imports slow as it grows.
    type Join = {
      name: string;
      inverseJoinColumn: { name: string };
      inverseOrderColumnName: string;
    };
    const joinOf = (uid: string, attribute: string) =>
      (app.strapi.db.metadata.get(uid as never).attributes as Record<string, { joinTable: Join }>)[
        attribute
      ].joinTable;
    const inspector = (
      app.strapi.db.dialect as unknown as {
        schemaInspector: { getIndexes(table: string): Promise<Array<{ columns: string[] }>> };
      }
    ).schemaInspector;
    for (const [uid, attribute] of [
      [ARTICLE, 'tags'],
      [ARTICLE, 'authors'],
      ['plugin::newsroom.related-news', 'article'],
    ]) {
      const join = joinOf(uid, attribute);
      const indexes = await inspector.getIndexes(join.name);
      expect(indexes.map((index) => index.columns)).toContainEqual([
        join.inverseJoinColumn.name,
        join.inverseOrderColumnName,
      ]);
    }
  });
});
