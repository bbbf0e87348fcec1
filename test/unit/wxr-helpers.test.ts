import { formatOf } from '../../server/src/importer/format';
import { parseRecord } from '../../server/src/importer/record';
import { extractReadAlso } from '../../server/src/importer/wxr/read-also';
import { emptySite, postOfLink, urlKey } from '../../server/src/importer/wxr/site';
import { clip, contentHtml, htmlText, wpDateToIso } from '../../server/src/importer/wxr/text';

describe('WordPress dates', () => {
  it('turns wp:post_date_gmt into ISO 8601 UTC', () => {
    expect(wpDateToIso('2023-05-02 09:00:00')).toBe('2023-05-02T09:00:00Z');
  });

  it.each(['0000-00-00 00:00:00', '2023-02-30 10:00:00', '2023-05-02T09:00:00', '2023-05-02', ''])(
    'has no date for %j',
    (value) => {
      expect(wpDateToIso(value)).toBeNull();
    }
  );
});

describe('post content', () => {
  it('drops Gutenberg block comments, including self-closing ones', () => {
    expect(
      contentHtml('<!-- wp:paragraph --><p>a</p><!-- /wp:paragraph --><!-- wp:image {"id":3} /-->')
    ).toBe('<p>a</p>');
  });

  it('wraps classic-editor paragraphs the way WordPress shows them', () => {
    expect(contentHtml('One\nline.\r\n\r\nTwo <a href="/x">link</a>.')).toBe(
      '<p>One<br>line.</p>\n<p>Two <a href="/x">link</a>.</p>'
    );
  });

  it('takes the text of HTML and clips it at a word', () => {
    expect(htmlText('<p>A &amp; <em>B</em></p><p>C</p>')).toBe('A & B C');
    expect(clip('one two three', 9)).toBe('one two…');
    expect(clip('short', 9)).toBe('short');
  });
});

describe('links between posts of the export', () => {
  const site = emptySite();
  site.baseUrl = 'http://news.example';
  site.postIds.set('7', 'guid-7');
  site.permalinks.set(urlKey('http://news.example/2023/05/україна/')!, 'guid-8');

  it('finds a post by ?p=ID, by permalink (any scheme, www, slash, encoding) or relative link', () => {
    expect(postOfLink(site, 'https://news.example/?p=7')).toBe('guid-7');
    expect(
      postOfLink(
        site,
        'https://www.news.example/2023/05/%D1%83%D0%BA%D1%80%D0%B0%D1%97%D0%BD%D0%B0'
      )
    ).toBe('guid-8');
    expect(postOfLink(site, '/2023/05/україна/#comments')).toBe('guid-8');
    expect(postOfLink(site, 'https://other.example/2023/05/україна/')).toBeUndefined();
    expect(postOfLink(site, 'http://news.example/?p=99')).toBeUndefined();
  });

  it('turns "Read also" paragraphs linking only to posts of the export into related entries', () => {
    const postOf = (href: string) => postOfLink(site, href);
    const html = [
      '<p>Body.</p>',
      '<p><b>Read also:</b> <a href="/?p=7">A</a>, <a href="/2023/05/україна/">B</a></p>',
      '<p>Читайте також: <a href="/?p=7">A again</a></p>',
      '<p>See also <a href="https://other.example/">elsewhere</a></p>',
      '<p>Readers also <a href="/?p=7">liked</a></p>',
    ].join('');
    expect(extractReadAlso(html, postOf)).toEqual({
      html: '<p>Body.</p><p>See also <a href="https://other.example/">elsewhere</a></p><p>Readers also <a href="/?p=7">liked</a></p>',
      related: ['guid-7', 'guid-8'],
    });
  });
});

describe('format detection', () => {
  it('reads WXR by its namespace, NDJSON by the absence of XML, and refuses other XML', () => {
    expect(
      formatOf('<?xml version="1.0"?>\n<rss xmlns:wp="http://wordpress.org/export/1.2/">')
    ).toBe('wxr');
    expect(formatOf('\n{"externalId":"a","title":"<b>"}')).toBe('ndjson');
    expect(() =>
      formatOf('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">')
    ).toThrow(/not a WordPress export/);
  });
});

describe('tags with slugs in a record', () => {
  it('accepts { name, slug } beside names, and checks the slug', () => {
    const line = (tags: unknown) => JSON.stringify({ externalId: 'a', title: 'T', tags });
    expect(parseRecord(line([' NATO ', { name: ' Air defence ', slug: 'ppo' }]))?.tags).toEqual([
      'NATO',
      { name: 'Air defence', slug: 'ppo' },
    ]);
    expect(() => parseRecord(line([{ name: 'X', slug: 'a b' }]))).toThrow(/slug may hold only/);
    expect(() => parseRecord(line([{ slug: 'x' }]))).toThrow(/name is a required field/);
    expect(() => parseRecord(line([{ name: 'X', colour: 'red' }]))).toThrow(/unknown field/);
  });

  it('accepts the cover caption and credit', () => {
    const record = parseRecord(
      JSON.stringify({ externalId: 'a', title: 'T', coverCaption: 'C', coverCredit: 'Photo: X' })
    );
    expect(record).toMatchObject({ coverCaption: 'C', coverCredit: 'Photo: X' });
  });
});
