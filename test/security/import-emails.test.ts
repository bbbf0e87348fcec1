import path from 'node:path';

import { http } from '../helpers/http';
import { startApp, type TestApp } from '../helpers/strapi';

const WXR = path.join(__dirname, '..', 'fixtures', 'wxr', 'mends-export.xml');

/** Bylines of a hostile archive: every one of them is, or holds, an e-mail address. */
const HOSTILE = [
  'reporter@private.example',
  '  spaced.out@private.example  ',
  'UPPER.CASE@PRIVATE.EXAMPLE',
  'Named Person <named.person@private.example>',
  '(paren.only@private.example)',
  'mailto:mailto.user@private.example',
  'first.last+tag@sub.private.example',
];

/** The parts of the addresses a slug or name could be made from ("reporter", "privateexample"). */
const PARTS = [
  'reporter',
  'spaced',
  'upper',
  'paren',
  'mailtouser',
  'firstlast',
  'mailonly',
  'ghost',
  'petrobondar',
  'privateexample',
];
const squeezed = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * No e-mail address becomes an author's public name or slug, whatever the archive says
 * (NDJSON bylines, WordPress logins, display names, creators without an author entry).
 */
describe('Importer: an e-mail address never becomes a public author name or slug', () => {
  let app: TestApp;
  const importer = () => app.strapi.plugin('newsroom').service('importer');

  beforeAll(async () => {
    app = await startApp();
    const lines = HOSTILE.map((author, i) =>
      JSON.stringify({
        externalId: `email-${i}`,
        title: `A story with a hostile byline ${i}`,
        authors: [author],
        publishedAt: '2024-03-01',
      })
    );
    const ndjson = await importer().importLines(lines);
    expect(ndjson).toMatchObject({ created: HOSTILE.length, failed: 0 });
    const wxr = await importer().importFile(WXR);
    expect(wxr).toMatchObject({ failed: 0 });
  }, 300_000);
  afterAll(() => app?.stop());

  const publicAuthors = async () => {
    const list = await http(app.url).get('/api/newsroom/authors?pagination[pageSize]=100');
    expect(list.status).toBe(200);
    const populated = await http(app.url).get(
      '/api/newsroom/articles?pagination[pageSize]=100&populate[0]=authors'
    );
    expect(populated.status).toBe(200);
    const viaArticles = populated.body.data.flatMap(
      (article: { authors: Array<{ name: string; slug: string }> }) => article.authors
    );
    return [...list.body.data, ...viaArticles] as Array<{ name: string; slug: string }>;
  };

  it('shows no author whose name or slug holds an address, over the Content API', async () => {
    const authors = await publicAuthors();
    expect(authors.length).toBeGreaterThan(HOSTILE.length);
    for (const { name, slug } of authors) {
      expect(name).not.toContain('@');
      expect(slug).not.toContain('@');
      for (const part of PARTS) {
        expect([name, squeezed(slug)]).not.toEqual([name, expect.stringContaining(part)]);
        expect([slug, squeezed(name)]).not.toEqual([slug, expect.stringContaining(part)]);
      }
    }
    expect(authors.map((a) => a.name)).toEqual(expect.arrayContaining(['Staff', 'Named Person']));
  });

  it('shows no address anywhere in the public answers about authors', async () => {
    const reply = await http(app.url).get('/api/newsroom/authors?populate=*');
    expect(JSON.stringify(reply.body)).not.toMatch(/@(sub\.)?private\.example/i);
  });
});
