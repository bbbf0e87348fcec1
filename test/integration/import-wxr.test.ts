import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

import type { ImportProgress } from '../../shared/contracts/import';
import { createTestDatabase } from '../helpers/database';
import { http } from '../helpers/http';
import { startApp, type TestApp } from '../helpers/strapi';
import { importSnapshot } from '../helpers/import-snapshot';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'wxr', 'newsroom-export.xml');
const ARTICLE = 'plugin::newsroom.article';
const post = (id: number) => `http://newsroom.example/?p=${id}`;
const ours = 'filters[externalId][$startsWith]=http://newsroom.example/';

describe('Importing a WordPress export (WXR)', () => {
  let app: TestApp;
  /** Every public answer of the test, to look for e-mail addresses in all of them. */
  const answers: string[] = [];
  const read = async (url: string) => {
    const reply = await http(app.url).get(url);
    answers.push(JSON.stringify(reply.body));
    return reply;
  };
  const importer = () => app.strapi.plugin('newsroom').service('importer');
  const snapshot = () =>
    importSnapshot(app, 'http://newsroom.example/', [
      'documentId',
      'updatedAt',
      'publishedAt',
      'importHash',
    ]);

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.stop());

  it('imports the posts, titles the post without a title and counts what is not a post', async () => {
    const progress: ImportProgress[] = [];
    const report = await importer().importFile(FIXTURE, {
      onProgress: (p: (typeof progress)[number]) => progress.push(p),
    });
    expect(report).toMatchObject({
      format: 'wxr',
      created: 10,
      updated: 0,
      unchanged: 0,
      failed: 0,
      linksCreated: 2,
      skipped: { page: 1, attachment: 1, nav_menu_item: 1 },
      errors: [],
    });
    expect(report.warnings).toEqual([
      {
        line: 9,
        externalId: post(18),
        message:
          'title: the story has no headline; titled from its first words: "A post without a title."',
      },
    ]);
    expect(progress.map((p) => p.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(progress[12]).toMatchObject({ totalLines: 13, bytesRead: progress[12].totalBytes });
    // rate (items a second) and the time left, in every progress report
    expect(progress.every((p) => (p.rate ?? 0) > 0)).toBe(true);
    expect(progress[12].etaSeconds).toBe(0);
  });

  it('shows readers the published posts only, with display names, nicename slugs, section, lead, caption', async () => {
    const list = await read(
      `/api/newsroom/articles?${ours}&populate[0]=tags&populate[1]=authors&sort=externalId&status=draft`
    );
    expect(list.body.data.map((a: { externalId: string }) => a.externalId)).toEqual(
      [10, 11, 12, 18, 19].map(post)
    );
    const [allies, gas, markets, untitled, photo] = list.body.data;
    expect(untitled.title).toBe('A post without a title.');
    expect(allies).toMatchObject({
      title: 'Allies agree on a new air defence package',
      lead: 'The allies agree & send more systems.',
      section: 'World news',
      coverCaption: 'Launchers at a base in Poland & their crews',
      coverCredit: 'Photo: Anna Shevchenko / UNIAN',
      datePublished: '2023-05-02T09:00:00.000Z',
    });
    expect(allies.authors.map((a: { name: string }) => a.name)).toEqual(['Iryna Koval']);
    expect(gas.authors.map((a: { name: string }) => a.name)).toEqual(['Oleh Kravets']);
    const slugs = Object.fromEntries(
      allies.tags.map((t: { name: string; slug: string }) => [t.name, t.slug])
    );
    expect(slugs).toMatchObject({ 'World news': 'world-news', NATO: 'nato', 'Air defence': 'ppo' });
    expect(slugs['Україна']).toMatch(/^[a-z0-9-]+$/);
    expect(markets.title).toBe('Markets: "]]>" is not a smiley & rates hold');
    expect(photo.body).toEqual([]);
    expect(JSON.stringify(allies.body)).not.toMatch(/Gas storage|wp:/);
    expect(allies.body[1]).toEqual({
      type: 'heading',
      level: 2,
      children: [{ type: 'text', text: 'What is in it' }],
    });
  });

  it('turns the "Read also" paragraphs into links', async () => {
    const [allies] = (await read(`/api/newsroom/articles?filters[externalId][$eq]=${post(10)}`))
      .body.data;
    const links = await read(`/api/newsroom/articles/${allies.documentId}/related-news`);
    expect(
      links.body.data.map((l: { kind: string; origin: string; target: { externalId: string } }) => [
        l.kind,
        l.origin,
        l.target.externalId,
      ])
    ).toEqual([['read-also', 'import', post(11)]]);
  });

  it('keeps draft, pending, private and password-protected posts as drafts only, a future one embargoed', async () => {
    const hidden = [13, 14, 15, 16, 17].map(post);
    for (const externalId of hidden) {
      const reply = await read(`/api/newsroom/articles?filters[externalId][$eq]=${externalId}`);
      expect(reply.body.data).toEqual([]);
    }
    const rows = await app.strapi.db.query(ARTICLE).findMany({
      where: { externalId: { $in: hidden } },
      select: ['externalId', 'publishedAt', 'datePublished'],
    });
    const drafts = rows.filter((r: { externalId: string }) => r.externalId !== post(15));
    expect(drafts.map((r: { externalId: string }) => r.externalId).sort()).toEqual(
      hidden.filter((id) => id !== post(15))
    );
    for (const row of drafts) expect(row).toMatchObject({ publishedAt: null, datePublished: null });
    // the scheduled post: published (draft and published rows), out of sight until its date
    const scheduled = await app.strapi.db.query(ARTICLE).findMany({
      where: { externalId: post(15) },
      select: ['publishedAt', 'datePublished', 'embargoUntil'],
    });
    expect(scheduled).toHaveLength(2);
    for (const row of scheduled) {
      expect(new Date(row.embargoUntil).toISOString()).toBe('2031-07-01T06:00:00.000Z');
      expect(new Date(row.datePublished).toISOString()).toBe('2031-07-01T06:00:00.000Z');
    }
    expect(scheduled.some((row: { publishedAt: unknown }) => row.publishedAt !== null)).toBe(true);
  });

  it('never shows an e-mail address', async () => {
    await read('/api/newsroom/authors?populate=*');
    await read(`/api/newsroom/articles?${ours}&populate=*`);
    expect(answers.length).toBeGreaterThan(5);
    for (const answer of answers) expect(answer).not.toMatch(/@newsroom\.example|reader@/);
  });

  it('changes nothing when the same export is imported again', async () => {
    const before = await snapshot();
    const report = await importer().importFile(FIXTURE);
    expect(report).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 10,
      failed: 0,
      linksCreated: 0,
    });
    expect(await snapshot()).toEqual(before);
  });

  it('runs from the same command as NDJSON (npm run import), with items and a percentage', async () => {
    const database = await createTestDatabase();
    try {
      const script = path.join(__dirname, '..', '..', 'playground', 'scripts', 'import.js');
      const result = await promisify(execFile)('node', [script, FIXTURE], {
        env: { ...process.env, ...database.env },
      }).catch((error) => error);
      expect(result.code).toBeUndefined(); // exit 0: no item failed
      const summary = JSON.parse(result.stdout.trim().split('\n').pop());
      expect(summary).toMatchObject({
        created: 10,
        failed: 0,
        linksCreated: 2,
        skipped: { page: 1, attachment: 1, nav_menu_item: 1 },
      });
      expect(result.stderr).toContain('item 13/13 (100%)');
      expect(result.stderr).toContain(
        `item 9 (${post(18)}) (warning): title: the story has no headline`
      );
    } finally {
      await database.drop();
    }
  });
});
