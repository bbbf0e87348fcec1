import path from 'node:path';

import { detectFormat } from '../../server/src/importer/format';
import { RecordError } from '../../server/src/importer/sources';
import { postOfLink, scanSite } from '../../server/src/importer/wxr/site';
import { openWxr } from '../../server/src/importer/wxr/source';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'wxr', 'newsroom-export.xml');
const post = (id: number) => `http://newsroom.example/?p=${id}`;

/** Every item of the fixture as what the run loop gets: a record, null (skipped) or an error. */
const readAll = async () => {
  const wxr = await openWxr(FIXTURE);
  const out: unknown[] = [];
  for await (const read of wxr.readers()) {
    try {
      out.push(read());
    } catch (error) {
      out.push({ error: (error as Error).message, externalId: (error as RecordError).externalId });
    }
  }
  return { wxr, out };
};

describe('a WordPress export as import records', () => {
  let result: Awaited<ReturnType<typeof readAll>>;
  beforeAll(async () => {
    result = await readAll();
  });

  it('is told apart from NDJSON by its content', async () => {
    expect(await detectFormat(FIXTURE)).toBe('wxr');
    expect(await detectFormat(path.join(FIXTURE, '..', '..', 'import-sample.ndjson'))).toBe(
      'ndjson'
    );
  });

  it('gives one reader per <item>, counts the other post types and reads the file to its end', () => {
    const { wxr, out } = result;
    expect(wxr.items).toBe(13);
    expect(out).toHaveLength(13);
    expect(out.slice(10)).toEqual([null, null, null]);
    expect(wxr.skipped).toEqual({ page: 1, attachment: 1, nav_menu_item: 1 });
    expect(wxr.position.bytesRead).toBe(wxr.position.totalBytes);
  });

  it('maps a published Gutenberg post: display name, tags with nicenames, section, lead, cover, read-also', () => {
    expect(result.out[0]).toEqual({
      externalId: post(10),
      title: 'Allies agree on a new air defence package',
      lead: 'The allies agree & send more systems.',
      body: expect.any(String),
      tags: [
        { name: 'World news', slug: 'world-news' },
        { name: 'NATO', slug: 'nato' },
        { name: 'Air defence', slug: 'ppo' },
        'Україна', // its nicename is percent-encoded: the slug comes from the name
      ],
      authors: ['Iryna Koval'],
      section: 'World news',
      publishedAt: '2023-05-02T09:00:00Z',
      coverCaption: 'Launchers at a base in Poland & their crews',
      coverCredit: 'Photo: Anna Shevchenko / UNIAN',
      related: [post(11)],
    });
    const { body } = result.out[0] as { body: string };
    expect(body).not.toMatch(/wp:|Gas storage/);
    expect(body).toContain('<h2 class="wp-block-heading">What is in it</h2>');
    // a "Read also" paragraph with a link outside the export stays in the body
    expect(body).toContain('Read also on another site');
  });

  it('wraps classic-editor paragraphs, drops "Uncategorized", links by ?p=ID in Ukrainian', () => {
    expect(result.out[1]).toMatchObject({
      title: 'Gas storage at record high',
      body: '<p>Storage is at a <b>record</b> high<br>for May.</p>\n<p>Prices fell.</p>',
      tags: [
        { name: 'Economy', slug: 'economy' },
        { name: 'NATO', slug: 'nato' },
      ],
      authors: ['Oleh Kravets'],
      section: 'Economy',
      related: [post(12)],
    });
    expect(result.out[1]).not.toHaveProperty('lead');
  });

  it('reads CDATA split around "]]>" and entities; an unknown login is kept as the name', () => {
    expect(result.out[2]).toMatchObject({
      title: 'Markets: "]]>" is not a smiley & rates hold',
      lead: 'Rates & markets – a quiet day.',
      authors: ['someone-gone'],
      publishedAt: '2023-04-30T16:00:00Z',
    });
  });

  it('keeps draft, pending, private and password-protected posts as drafts, with no date', () => {
    const drafts = result.out.slice(3, 8) as Array<Record<string, unknown>>;
    expect(drafts.map((record) => record.externalId)).toEqual([13, 14, 15, 16, 17].map(post));
    for (const record of drafts.filter((r) => r.externalId !== post(15))) {
      expect(record.publishedAt).toBeUndefined();
    }
  });

  it('gives a scheduled (future) post its date, for the importer to embargo it until then', () => {
    const scheduled = result.out[5] as Record<string, unknown>;
    expect(scheduled).toMatchObject({ externalId: post(15), publishedAt: '2031-07-01T06:00:00Z' });
  });

  it('titles a post without a title from its first words, and imports a post without content', () => {
    expect(result.out[8]).toMatchObject({
      externalId: post(18),
      title: 'A post without a title.',
      body: '<p>A post without a title.</p>',
    });
    expect(result.out[9]).toEqual({
      externalId: post(19),
      title: 'Photo of the day',
      authors: ['Oleh Kravets'],
      publishedAt: '2023-05-05T07:15:00Z',
    });
    expect(result.out[9]).not.toHaveProperty('body');
  });

  it('knows the posts by permalink and id, and the home page is no post', async () => {
    const site = await scanSite(FIXTURE);
    expect(site.authors).toEqual(
      new Map([
        ['ikoval', 'Iryna Koval'],
        ['okravets', 'Oleh Kravets'],
      ])
    );
    expect(postOfLink(site, 'https://newsroom.example/2023/05/01/gas-storage-record')).toBe(
      post(11)
    );
    expect(postOfLink(site, '/?p=12')).toBe(post(12));
    expect(postOfLink(site, 'http://newsroom.example/')).toBeUndefined();
    expect(postOfLink(site, 'http://newsroom.example/about/')).toBeUndefined(); // a page
  });

  it('never carries an e-mail address', () => {
    expect(JSON.stringify(result.out)).not.toMatch(/@/);
  });
});
