import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { ImportLineError } from '../../shared/contracts/import';
import { http } from '../helpers/http';
import { startApp, type TestApp } from '../helpers/strapi';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const WXR = path.join(FIXTURES, 'wxr', 'mends-export.xml');
const NDJSON = path.join(FIXTURES, 'import-mends.ndjson');
const post = (id: number) => `http://mends.example/?p=${id}`;

type Story = {
  externalId: string;
  title: string;
  body: unknown;
  tags: Array<{ name: string }>;
  authors: Array<{ name: string; slug: string }>;
};

/** The warnings of a report as [line, message] pairs. */
const told = (warnings: ImportLineError[]) => warnings.map((w) => [w.line, w.message]);

/**
 * A story is refused only when it cannot be stored at all: the details of a real archive that
 * Strapi's rules would refuse (an empty list, a `javascript:` link, too many tags, no title, a
 * repeated guid, an e-mail as a byline) are mended, each with a warning on its line.
 */
describe('Importing: details mended, with a warning, instead of a story refused', () => {
  let app: TestApp;
  const importer = () => app.strapi.plugin('newsroom').service('importer');
  const story = async (externalId: string): Promise<Story> => {
    const query = `filters[externalId][$eq]=${encodeURIComponent(externalId)}&populate[0]=tags&populate[1]=authors`;
    const reply = await http(app.url).get(`/api/newsroom/articles?${query}`);
    expect(reply.body.data).toHaveLength(1);
    return reply.body.data[0];
  };

  beforeAll(async () => {
    app = await startApp();
  }, 300_000);
  afterAll(() => app?.stop());

  it('imports every post of a WordPress export and tells what it mended, by item', async () => {
    const report = await importer().importFile(WXR);
    expect(report).toMatchObject({ format: 'wxr', created: 9, failed: 0, errors: [] });
    expect(told(report.warnings)).toEqual([
      [1, 'body: an empty list dropped (before block 1)'],
      [2, 'tags: 61 given, more than 50; the first 50 are kept'],
      [
        3,
        'title: the story has no headline; titled from its first words: "Ferries resumed service on the river crossing on Monday after a week of ice…"',
      ],
      [
        4,
        `externalId: the guid is the guid of item 1 too; this post is imported as "${post(1)}#wp-post-4"`,
      ],
      [
        5,
        `externalId: the guid is the guid of item 2 too; this post is imported as "${post(2)}#wp-post-5"`,
      ],
      [6, expect.stringMatching(/^body: link "javascript:alert\(document.cookie\)" dropped/)],
      [6, expect.stringMatching(/^body: link "data:text\/html;base64,.*" dropped/)],
      [6, expect.stringMatching(/^body: link "javascript:void\(0\)" dropped/)],
      [7, 'authors: an author known only by an e-mail address is named "Staff"'],
      [8, 'authors: an author known only by an e-mail address is named "Staff"'],
      [9, 'authors: an e-mail address is not a public name; "pbondar" is used'],
    ]);
    // each mended story is readable as it was stored
    expect((await story(post(1))).body).toHaveLength(2);
    const roundUp = await story(post(2));
    expect(roundUp.tags.map((t) => t.name)).toEqual([
      'Regions',
      ...Array.from({ length: 49 }, (_, i) => `Topic ${i + 1}`),
    ]);
    expect((await story(post(3))).title).toMatch(/^Ferries resumed service/);
    expect((await story(`${post(1)}#wp-post-4`)).title).toBe(
      'Grid repairs: the second copy of a post'
    );
    expect((await story(post(1))).title).toBe('Grid repairs continue after the storm');
    const links = JSON.stringify((await story(post(6))).body);
    expect(links).toContain('here for the results');
    expect(links).toContain('https://mends.example/ok');
    expect(links).not.toMatch(/javascript|data:/);
    for (const id of [7, 8]) {
      expect((await story(post(id))).authors).toMatchObject([{ name: 'Staff', slug: 'staff' }]);
    }
    expect((await story(post(9))).authors).toMatchObject([{ name: 'pbondar' }]);
  });

  it('changes nothing when the same export is imported again', async () => {
    const report = await importer().importFile(WXR);
    expect(report).toMatchObject({ created: 0, updated: 0, unchanged: 9, failed: 0 });
  });

  it.each([
    ['the bulk path', 500, 'bulk-'],
    ['the per-line path', 1, 'line-'],
  ])('mends the same details in NDJSON, by line, on %s', async (_, batchSize, prefix) => {
    const lines = readFileSync(NDJSON, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) =>
        JSON.stringify({
          ...JSON.parse(line),
          externalId: `${prefix}${JSON.parse(line).externalId}`,
        })
      );
    const report = await importer().importLines(lines, { batchSize });
    expect(report).toMatchObject({ created: 5, failed: 0, errors: [] });
    expect(told(report.warnings)).toEqual([
      [1, 'body: an empty list dropped (before block 1)'],
      [2, 'tags: 55 given, more than 50; the first 50 are kept'],
      [
        3,
        'title: the story has no headline; titled from its first words: "Trams run again on the left bank after repairs to the overhead lines were…"',
      ],
      [4, expect.stringMatching(/^body: link "javascript:alert\(1\)" dropped/)],
      [4, expect.stringMatching(/^body: link "data:text\/html,hi" dropped/)],
      [5, 'authors: an author known only by an e-mail address is named "Staff"'],
      [5, 'authors: the e-mail address is left out of the name "Hanna Koval"'],
    ]);
    expect(report.warnings.every((w: ImportLineError) => w.externalId?.startsWith(prefix))).toBe(
      true
    );
    expect((await story(`${prefix}nd-1`)).body).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'First.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Second.' }] },
    ]);
    expect((await story(`${prefix}nd-2`)).tags).toHaveLength(50);
    expect((await story(`${prefix}nd-3`)).title).toMatch(/^Trams run again/);
    expect(JSON.stringify((await story(`${prefix}nd-4`)).body)).not.toMatch(/javascript|data:/);
    expect((await story(`${prefix}nd-5`)).authors.map((a) => a.name)).toEqual([
      'Staff',
      'Hanna Koval',
    ]);
  });

  it('still refuses a story that cannot be stored at all', async () => {
    const report = await importer().importLines([JSON.stringify({ externalId: 'nothing-1' })]);
    expect(report).toMatchObject({ created: 0, failed: 1 });
    expect(report.errors[0].message).toMatch(/title/);
  });
});
