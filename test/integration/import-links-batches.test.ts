import type { ImportLineError, ImportLinksProgress } from '../../shared/contracts/import';
import { http } from '../helpers/http';
import { startApp, type TestApp } from '../helpers/strapi';

const line = (externalId: string, related?: string[], readAlsoAfter?: number) =>
  JSON.stringify({
    externalId,
    title: `Story ${externalId}`,
    body: '<p>One.</p><p>Two.</p>',
    publishedAt: '2024-04-01T08:00:00Z',
    ...(related ? { related } : {}),
    ...(readAlsoAfter === undefined ? {} : { readAlsoAfter }),
  });

/**
 * Batches of two lines: the "read also" links of a batch are written once the stories they
 * name are in, whether those came in an earlier batch or come in a later one, and a story
 * repeated across batches is reported naming its first line, as within one batch.
 */
const archive = (P: string) => [
  line(`${P}-1`, [`${P}-4`]), // 1: forward, to a later batch
  line(`${P}-2`),
  line(`${P}-3`, [`${P}-1`, `${P}-2`], 0), // 3: back, to the batch before
  line(`${P}-4`, [`${P}-3`, `${P}-nowhere`, `${P}-5`]), // 4: back, never, forward
  line(`${P}-5`, [`${P}-5`, `${P}-1`]), // 5: itself (no link), back
  line(`${P}-1`, [`${P}-2`]), // 6: a repeat of line 1, across batches
  line(`${P}-6`),
  line(`${P}-6`), // 8: a repeat within its batch
  line(`${P}-1`), // 9: line 1 again, its batch also repeats it
  line(`${P}-1`),
];

describe('Importing in small batches: links back and forward, repeats across batches', () => {
  let app: TestApp;
  const importer = () => app.strapi.plugin('newsroom').service('importer');

  /** The "read also" targets of each story of a run, by externalId, as readers see them. */
  const linksOf = async (P: string) => {
    const readers = http(app.url);
    const list = await readers.get(
      `/api/newsroom/articles?filters[externalId][$startsWith]=${P}-&sort=externalId&pagination[pageSize]=100`
    );
    const links: Record<string, Array<[string, number | null]>> = {};
    for (const story of list.body.data) {
      const reply = await readers.get(
        `/api/newsroom/articles/${story.documentId}/related-news?locale=en`
      );
      links[story.externalId] = reply.body.data.map(
        (link: { afterBlock: number | null; target: { externalId: string } }) => [
          link.target.externalId,
          link.afterBlock,
        ]
      );
    }
    return links;
  };

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.stop());

  it.each([
    ['the bulk path', 'LB', 2],
    ['the per-line path', 'LL', 1],
  ])('links a story to an earlier and to a later batch, on %s', async (_, P, batchSize) => {
    const phase: ImportLinksProgress[] = [];
    const report = await importer().importLines(archive(P as string), {
      batchSize,
      onLinksProgress: (p: ImportLinksProgress) => phase.push(p),
    });
    expect(report).toMatchObject({ created: 6, failed: 4, linksCreated: 6 });
    expect(report.errors.map((e: ImportLineError) => [e.line, e.message])).toEqual([
      [
        6,
        `externalId: "${P}-1" (locale "en") is already on line 1 of this import; this line is skipped`,
      ],
      [
        8,
        `externalId: "${P}-6" (locale "en") is already on line 7 of this import; this line is skipped`,
      ],
      [
        9,
        `externalId: "${P}-1" (locale "en") is already on line 1 of this import; this line is skipped`,
      ],
      [
        10,
        `externalId: "${P}-1" (locale "en") is already on line 1 of this import; this line is skipped`,
      ],
    ]);
    // a story further on that never comes is told as before, on its line
    expect(report.warnings).toEqual([
      { line: 4, message: `related: no story "${P}-nowhere" in locale "en"` },
    ]);
    expect(await linksOf(P as string)).toEqual({
      [`${P}-1`]: [[`${P}-4`, null]],
      [`${P}-2`]: [],
      [`${P}-3`]: [
        [`${P}-1`, 0],
        [`${P}-2`, 0],
      ],
      [`${P}-4`]: [
        [`${P}-3`, null],
        [`${P}-5`, null],
      ],
      [`${P}-5`]: [[`${P}-1`, null]],
      [`${P}-6`]: [],
    });
    // the last phase ends with every story that has `related` entries
    expect(phase[phase.length - 1]).toEqual({ done: 4, total: 4 });
  });

  it('leaves no table of its own behind', async () => {
    const tables = await app.strapi.db.dialect.schemaInspector.getTables();
    expect(tables.filter((name: string) => name.startsWith('newsroom_import_'))).toEqual([]);
  });
});
