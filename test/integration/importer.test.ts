import { execFile } from 'node:child_process';
import { copyFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { createTestDatabase } from '../helpers/database';
import { http } from '../helpers/http';
import { startApp, type TestApp } from '../helpers/strapi';
import { importSnapshot } from '../helpers/import-snapshot';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'import-sample.ndjson');
const ARTICLE = 'plugin::newsroom.article';

describe('Importer', () => {
  let app: TestApp;
  const importer = () => app.strapi.plugin('newsroom').service('importer');
  const snapshot = () =>
    importSnapshot(app, 'arch-', ['documentId', 'title', 'updatedAt', 'publishedAt']);

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.stop());

  it('imports good lines, reports bad ones by line number, and links related stories', async () => {
    const seen: number[] = [];
    const read: number[] = [];
    const links: Array<{ done: number; total: number }> = [];
    const report = await importer().importFile(FIXTURE, {
      // the last phase, once every story is in: the "read also" links
      onLinksProgress: (p: { done: number; total: number }) => links.push(p),
      onProgress: (p: {
        line: number;
        totalLines?: number;
        bytesRead: number;
        totalBytes: number;
      }) => {
        seen.push(p.line);
        read.push(p.bytesRead);
        // one pass: the lines are not counted first; how far is the bytes read of the file's
        expect(p.totalLines).toBeUndefined();
        expect(p.totalBytes).toBe(statSync(FIXTURE).size);
      },
    });
    expect(report).toMatchObject({
      created: 4,
      updated: 0,
      unchanged: 0,
      failed: 5,
      linksCreated: 2,
    });
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // the two stories with `related` entries, done at the end
    expect(links[links.length - 1]).toEqual({ done: 2, total: 2 });
    expect(read[read.length - 1]).toBe(statSync(FIXTURE).size);
    expect(read.every((bytes, i) => i === 0 || bytes >= read[i - 1])).toBe(true);
    expect(report.totalLines).toBe(10);
    expect(report.errors.map((e: { line: number }) => e.line)).toEqual([6, 7, 8, 9, 10]);
    const messages = report.errors.map((e: { message: string }) => e.message);
    expect(messages[0]).toMatch(/not valid JSON/);
    expect(messages[1]).toMatch(/externalId/);
    expect(messages[2]).toMatch(/rating/);
    expect(messages[3]).toMatch(/publishedAt/);
    expect(messages[4]).toMatch(/locale.*xx/);
    expect(report.warnings).toEqual([
      { line: 1, message: 'related: no story "arch-missing" in locale "en"' },
    ]);
  });

  it('publishes dated stories, keeps undated ones as drafts, and converts bodies to blocks', async () => {
    const readers = http(app.url);
    const list = await readers.get(
      '/api/newsroom/articles?filters[externalId][$startsWith]=arch-&populate[0]=tags&populate[1]=authors&sort=externalId'
    );
    expect(list.body.data.map((a: { externalId: string }) => a.externalId)).toEqual([
      'arch-1',
      'arch-2',
    ]);
    const [summit, gas] = list.body.data;
    expect(summit.datePublished).toBe('2023-05-02T09:00:00.000Z');
    expect(summit.tags.map((t: { name: string }) => t.name).sort()).toEqual([
      'Energy',
      'Ukraine – NATO',
    ]);
    expect(gas.tags.map((t: { name: string }) => t.name)).toEqual(['Energy']);
    expect(gas.authors.map((a: { name: string }) => a.name)).toEqual(['Iryna Koval']);
    expect(summit.body).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'The summit opened on ' },
          { type: 'text', text: 'Monday', bold: true },
          { type: 'text', text: '.' },
        ],
      },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Read the ' },
          {
            type: 'link',
            url: 'https://example.org/agenda',
            children: [{ type: 'text', text: 'agenda' }],
          },
          { type: 'text', text: '.' },
        ],
      },
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'Grid' }] },
          { type: 'list-item', children: [{ type: 'text', text: 'Gas' }] },
        ],
      },
    ]);
    expect(gas.body.map((b: { children: { text: string }[] }) => b.children[0].text)).toEqual([
      'First paragraph.',
      'Second paragraph with a wrapped line.',
    ]);
    const uk = await readers.get(
      '/api/newsroom/articles?locale=uk&filters[externalId][$eq]=arch-4'
    );
    expect(uk.body.data[0].title).toBe('Нова лінія метро у Дніпрі');
    const links = await readers.get(`/api/newsroom/articles/${summit.documentId}/related-news`);
    expect(
      links.body.data.map((l: { origin: string; target: { externalId: string } }) => [
        l.origin,
        l.target.externalId,
      ])
    ).toEqual([['import', 'arch-2']]);
  });

  it('brings the related-story index up to date once the run ends', async () => {
    const readers = http(app.url);
    const [summit] = (await readers.get('/api/newsroom/articles?filters[externalId][$eq]=arch-1'))
      .body.data;
    const unian = (
      await readers.get(
        '/api/newsroom/articles/slug/all-allies-agree-that-ukraine-will-become-a-member-of-nato'
      )
    ).body.data;
    // the summit shares the tag "Ukraine – NATO" with the UNIAN story, and is not linked to it
    const suggested = await app.strapi
      .plugin('newsroom')
      .service('suggestions')
      .forStory(unian.documentId, 'en', { limit: 20 });
    expect(
      suggested.map((s: { article: { documentId: string } }) => s.article.documentId)
    ).toContain(summit.documentId);
    const served = await readers.get(`/api/newsroom/articles/${unian.documentId}/related?limit=20`);
    expect(
      served.body.data
        .filter((item: { origin: string }) => item.origin === 'engine')
        .map((item: { documentId: string }) => item.documentId)
    ).toContain(summit.documentId);
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await snapshot();
    const report = await importer().importFile(FIXTURE);
    expect(report).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 4,
      failed: 5,
      linksCreated: 0,
    });
    expect(await snapshot()).toEqual(before);
  });

  it('updates only the stories whose line changed', async () => {
    const changed = path.join(os.tmpdir(), `import-changed-${process.pid}.ndjson`);
    const text = readFileSync(FIXTURE, 'utf8').replace(
      'Gas storage at record high',
      'Gas storage hits a record'
    );
    writeFileSync(changed, text);
    const report = await importer().importFile(changed);
    expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 3 });
    const gas = await app.strapi.documents(ARTICLE).findFirst({
      filters: { externalId: 'arch-2' },
      status: 'published',
    } as never);
    expect(gas?.title).toBe('Gas storage hits a record');
  });

  it('runs from the command line with progress and a summary (npm run import)', async () => {
    const database = await createTestDatabase();
    const file = path.join(os.tmpdir(), `import-cli-${process.pid}.ndjson`);
    copyFileSync(FIXTURE, file);
    try {
      const run = promisify(execFile);
      const result = await run(
        'node',
        [path.join(__dirname, '..', '..', 'playground', 'scripts', 'import.js'), file],
        {
          env: { ...process.env, ...database.env },
        }
      ).catch((error) => error);
      expect(result.code).toBe(1);
      const summary = JSON.parse(result.stdout.trim().split('\n').pop());
      expect(summary).toMatchObject({ created: 4, failed: 5, linksCreated: 2 });
      expect(result.stderr).toMatch(/line 10 \(100%\): .*\(\d+(\.\d+)?\/s, ETA 0s\)/);
      expect(result.stderr).toMatch(/line 6: not valid JSON/);
      // the last phase's progress, once every story is in
      expect(result.stderr).toMatch(/links of 2\/2 stories/);
    } finally {
      await database.drop();
    }
  });
});
