import path from 'node:path';

import { bodyToBlocks } from '../../server/src/importer/body-blocks';
import { publicAuthorName } from '../../server/src/importer/emails';
import { isStorableLink } from '../../server/src/importer/link-urls';
import { parseRecord, RECORD_LIMITS } from '../../server/src/importer/record';
import { emptySite, learn } from '../../server/src/importer/wxr/site';
import { wxrItemToRecord } from '../../server/src/importer/wxr/to-record';
import type { WxrItem } from '../../server/src/importer/wxr/items';

type Schema = { isValidSync: (value: unknown) => boolean };
/** Strapi's own blocks validator (not exported by the package), the rule mended bodies pass. */
let validator: Schema;
const strapiBlocks = () => validator;
beforeAll(async () => {
  const dist = path.dirname(require.resolve('@strapi/core'));
  const file = path.join(dist, 'services', 'entity-validator', 'blocks-validator.js');
  const { blocksValidator } = (await import(file)) as { blocksValidator: () => Schema };
  validator = blocksValidator();
});

const read = (record: Record<string, unknown>, anonymousAuthorName = 'Staff') => {
  const warnings: string[] = [];
  const parsed = parseRecord(JSON.stringify(record), {
    warn: (message) => warnings.push(message),
    anonymousAuthorName,
  });
  return { record: parsed!, warnings };
};

describe('the body: what Strapi’s blocks refuse is mended, with a warning', () => {
  const convert = (html: string) => {
    const warnings: string[] = [];
    const blocks = bodyToBlocks(html, (message) => warnings.push(message));
    return { blocks, warnings };
  };

  it('drops a list without items (or whose items hold no text), keeping the rest', () => {
    const { blocks, warnings } = convert('<p>One</p><ul>\n</ul><ol><li> </li></ol><p>Two</p>');
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'paragraph']);
    expect(warnings).toEqual([
      'body: an empty list dropped (before block 1)',
      'body: an empty list dropped (before block 1)',
    ]);
    expect(strapiBlocks().isValidSync(blocks)).toBe(true);
    // the converter before this rule gave a list Strapi refuses
    expect(strapiBlocks().isValidSync([{ type: 'list', format: 'unordered', children: [] }])).toBe(
      false
    );
  });

  it.each([
    ['javascript:alert(1)'],
    [' JavaScript:alert(1)'],
    ['data:text/html;base64,PHNjcmlwdD4='],
    ['vbscript:msgbox(1)'],
    ['#footnote-1'],
  ])('drops the link %p and keeps its text', (href) => {
    const { blocks, warnings } = convert(
      `<p>Before <a href="${href}">the <b>text</b></a> after</p>`
    );
    expect(blocks).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Before ' },
          { type: 'text', text: 'the ' },
          { type: 'text', text: 'text', bold: true },
          { type: 'text', text: ' after' },
        ],
      },
    ]);
    expect(warnings).toEqual([
      expect.stringMatching(/^body: link ".*" dropped .*its text is kept$/),
    ]);
    expect(strapiBlocks().isValidSync(blocks)).toBe(true);
  });

  it('keeps the links Strapi accepts, as Strapi decides', () => {
    const validator = strapiBlocks();
    for (const url of [
      'https://a.example/x',
      'http://a',
      'mailto:a@b.c',
      'tel:+380',
      '/news/1',
      'ftp://f',
      'javascript:x',
      'data:,x',
      '#x',
      'page.html',
      '//evil.example',
    ]) {
      const link = [
        {
          type: 'paragraph',
          children: [{ type: 'link', url, children: [{ type: 'text', text: 'x' }] }],
        },
      ];
      expect([url, isStorableLink(url)]).toEqual([url, validator.isValidSync(link)]);
    }
  });
});

describe('a record: details mended before it is checked', () => {
  it('titles an untitled story from the first words of its lead, else its body', () => {
    const lead =
      'Air raid sirens sounded across Ukraine on Tuesday morning as the capital braced for another wave of drones';
    const fromLead = read({ externalId: 'a', title: '  ', lead });
    expect(fromLead.record.title).toBe(
      'Air raid sirens sounded across Ukraine on Tuesday morning as the capital…'
    );
    expect(fromLead.record.title.length).toBeLessThanOrEqual(80);
    expect(fromLead.warnings).toEqual([
      `title: the story has no headline; titled from its first words: "${fromLead.record.title}"`,
    ]);
    const fromBody = read({ externalId: 'b', body: '<ul></ul><p>Short body.</p>' });
    expect(fromBody.record.title).toBe('Short body.');
    expect(() => read({ externalId: 'c' })).toThrow(/title is a required field/);
  });

  it('keeps the first tags (and authors, related) up to the schema’s limit, in order', () => {
    expect(RECORD_LIMITS).toEqual({ tags: 50, authors: 50, related: 100 });
    const tags = Array.from({ length: 63 }, (_, i) => `Tag ${i + 1}`);
    const { record, warnings } = read({ externalId: 'a', title: 'T', tags });
    expect(record.tags).toEqual(tags.slice(0, 50));
    expect(warnings).toEqual(['tags: 63 given, more than 50; the first 50 are kept']);
  });

  it('never makes an e-mail address an author’s name', () => {
    const { record, warnings } = read(
      {
        externalId: 'a',
        title: 'T',
        authors: ['mailonly@private.example', 'Iryna Koval <ik@x.ua>', 'Olena'],
      },
      'Newsdesk'
    );
    expect(record.authors).toEqual(['Newsdesk', 'Iryna Koval', 'Olena']);
    expect(warnings).toHaveLength(2);
    expect(warnings.join(' ')).not.toMatch(/@/);
  });

  it('publicAuthorName: display name, else a login that is not an address, else the fallback', () => {
    expect(publicAuthorName(['Iryna Koval', 'ikoval'], 'Staff')).toEqual({ name: 'Iryna Koval' });
    expect(publicAuthorName(['', 'ikoval'], 'Staff')).toEqual({ name: 'ikoval' });
    expect(publicAuthorName(['ik@x.ua', 'ikoval'], 'Staff').name).toBe('ikoval');
    expect(publicAuthorName(['', 'ik@x.ua'], 'Staff').name).toBe('Staff');
    expect(publicAuthorName(['@ikoval'], 'Staff')).toEqual({ name: '@ikoval' });
  });
});

describe('a WordPress post: authors and repeated guids', () => {
  const item = (fields: Partial<WxrItem>): WxrItem => ({
    title: 'A post',
    link: '',
    guid: 'http://blog.example/?p=1',
    creator: 'editor',
    content: '<p>Text</p>',
    excerpt: '',
    postId: '1',
    postDateGmt: '2024-01-02 10:00:00',
    status: 'publish',
    postType: 'post',
    password: '',
    categories: [],
    meta: {},
    ...fields,
  });

  it('names an author by display name, else login, never by an e-mail address', () => {
    const site = emptySite();
    learn(site, {
      type: 'author',
      author: { login: 'mailonly@private.example', displayName: 'mailonly@private.example' },
    });
    learn(site, { type: 'author', author: { login: 'ikoval', displayName: 'ik@private.example' } });
    const authorOf = (creator: string) => {
      const warnings: string[] = [];
      const conversion = wxrItemToRecord(item({ creator }), site, 1, (m) => warnings.push(m));
      const line = JSON.stringify('record' in conversion ? conversion.record : null);
      return { ...read(JSON.parse(line)), converted: warnings };
    };
    expect(authorOf('mailonly@private.example').record.authors).toEqual(['Staff']);
    expect(authorOf('ghost@private.example').record.authors).toEqual(['Staff']);
    expect(authorOf('ikoval')).toMatchObject({
      record: { authors: ['ikoval'] },
      converted: [expect.stringMatching(/^authors:/)],
    });
  });

  it('tells a repeated guid apart by the post id, and keeps the first post’s', () => {
    const site = emptySite();
    const first = item({ postId: '10', link: 'http://blog.example/first/' });
    const second = item({ postId: '11', link: 'http://blog.example/second/' });
    learn(site, { type: 'item', item: first });
    learn(site, { type: 'item', item: second });
    const warnings: string[] = [];
    const one = wxrItemToRecord(first, site, 1, (m) => warnings.push(m));
    const two = wxrItemToRecord(second, site, 2, (m) => warnings.push(m));
    expect('record' in one && one.record.externalId).toBe('http://blog.example/?p=1');
    expect('record' in two && two.record.externalId).toBe('http://blog.example/?p=1#wp-post-11');
    expect(warnings).toEqual([
      'externalId: the guid is the guid of item 1 too; this post is imported as "http://blog.example/?p=1#wp-post-11"',
    ]);
    expect(site.postIds.get('11')).toBe('http://blog.example/?p=1#wp-post-11');
  });
});
