import { PUBLISHING_PATHS as P } from '../../shared/contracts/publishing';
import { http } from '../helpers/http';
import { getText, indexEntries } from '../helpers/publishing';
import { startApp, type TestApp } from '../helpers/strapi';
import { hostile, hostileWxr, xmlClean } from './support/hostile';
import {
  allElements,
  childrenNamed,
  childText,
  parseStrictXml,
  type XmlElement,
} from './support/strict-xml';

/**
 * Feeds and sitemaps stay well-formed XML whatever a story holds, and JSON-LD can be inlined in
 * a `<script>`: stories whose title, lead, body, section, tags and author hold hostile texts
 * (support/hostile.ts) are published through the Content API and imported from a WordPress
 * export; every feed and sitemap is then read over HTTP by a strict XML parser, which must find
 * no element the writer did not put there, and each text exactly as stored, less the characters
 * XML 1.0 forbids.
 */
type Story = {
  documentId: string;
  slug: string;
  title: string;
  lead: string;
  section: string;
  authors: Array<{ name: string; slug: string }>;
  tags: Array<{ name: string; slug: string }>;
};

const RSS_ELEMENTS = new Set(
  'rss channel title link description lastBuildDate docs generator language image url copyright item guid pubDate atom:updated author category enclosure'.split(
    ' '
  )
);
const ATOM_ELEMENTS = new Set(
  'feed id title updated generator link subtitle logo rights entry summary author name uri category published'.split(
    ' '
  )
);
const SITEMAP_ELEMENTS = new Set(
  'urlset url loc lastmod xhtml:link sitemapindex sitemap news:news news:publication news:name news:language news:publication_date news:title'.split(
    ' '
  )
);

/** Parses strictly and checks that every element is one the format has. */
const parseAs = (xml: string, names: Set<string>) => {
  const root = parseStrictXml(xml);
  expect(
    allElements(root)
      .filter((e) => !names.has(e.name))
      .map((e) => e.name)
  ).toEqual([]);
  return root;
};

describe('Security: feeds and sitemaps are well-formed for any text; JSON-LD inlinable', () => {
  let app: TestApp;
  let stories: Story[] = [];
  let publication = '';
  const get = (path: string) => getText(app.url, path);

  const readStory = async (documentId: string): Promise<Story> =>
    (
      await http(app.url).get(
        `/api/newsroom/articles/${documentId}?populate[0]=authors&populate[1]=tags`
      )
    ).body.data;

  beforeAll(async () => {
    app = await startApp();
    const api = http(app.url, app.token);
    const create = async (path: string, data: Record<string, unknown>) => {
      const reply = await api.post(path, { data });
      if (reply.status !== 201 && reply.status !== 200) {
        throw new Error(`${path}: ${reply.status} ${JSON.stringify(reply.body)}`);
      }
      return reply.body.data.documentId as string;
    };
    const author = await create('/api/newsroom/authors', { name: hostile('Author') });
    const tags = [
      await create('/api/newsroom/tags', { name: hostile('Tag one') }),
      await create('/api/newsroom/tags', { name: hostile('Tag two') }),
    ];
    // PostgreSQL's json type refuses a lone surrogate (`\ud800` in JSON text): not in the body
    const blockText = (label: string) => hostile(label).replace(/\p{Cs}/gu, '');
    const published = await create('/api/newsroom/articles?status=published', {
      title: hostile('Title'),
      lead: `${hostile('Lead')} ${hostile('and again')}`,
      section: hostile('Sec'),
      body: [
        { type: 'paragraph', children: [{ type: 'text', text: blockText('Body') }] },
        {
          type: 'list',
          format: 'unordered',
          children: [{ type: 'list-item', children: [{ type: 'text', text: blockText('Item') }] }],
        },
      ],
      authors: [author],
      tags,
    });
    const report = await app.strapi
      .plugin('newsroom')
      .service('importer')
      .importFile(await hostileWxr());
    expect([report.created, report.errors]).toEqual([1, []]);
    const imported = await http(app.url).get(
      '/api/newsroom/articles?filters[externalId][$eq]=http://hostile.example/?p=1'
    );
    stories = [await readStory(published), await readStory(imported.body.data[0].documentId)];
    publication = childText(
      childrenNamed(parseStrictXml((await get(P.rss)).text), 'channel')[0],
      'title'
    )!;
  }, 300_000);
  afterAll(() => app?.stop());

  it('stores the hostile texts as sent (the probes below test something)', () => {
    const [sent, imported] = stories;
    const fields = (story: Story) => ({
      title: story.title,
      lead: story.lead,
      section: story.section,
      author: story.authors[0]?.name,
      tag: story.tags[0]?.name,
    });
    // every field of the story sent through the Content API; the headline and lead of the import
    const probed = [
      ...Object.entries(fields(sent)),
      ['imported title', imported.title],
      ['imported lead', imported.lead],
    ];
    for (const [field, text] of probed) {
      const hostileParts = [
        (text ?? '').split(']]>').length - 1 >= 2,
        text?.includes('</description><link>'),
        text?.includes('</script>'),
        xmlClean(text ?? '') !== text, // it holds characters XML forbids
      ];
      expect([field, hostileParts]).toEqual([field, [true, true, true, true]]);
    }
  });

  const expectIncludes = (actual: string[], expected: string[]) =>
    expect(actual).toEqual(expect.arrayContaining(expected.map(xmlClean)));

  it('RSS 2.0: well-formed, no injected element, every text as stored', async () => {
    const reply = await get(P.rss);
    expect(reply.status).toBe(200);
    const channel = childrenNamed(parseAs(reply.text, RSS_ELEMENTS), 'channel')[0];
    const items = childrenNamed(channel, 'item');
    for (const item of items) expect(childrenNamed(item, 'link')).toHaveLength(1);
    for (const story of stories) {
      const item = items.find((i) => childText(i, 'guid')?.includes(story.documentId))!;
      expect(item).toBeDefined();
      expect(childText(item, 'title')).toBe(xmlClean(story.title));
      expect(childText(item, 'description')).toBe(xmlClean(story.lead));
      expect(childText(item, 'link')).toMatch(/^http:\/\/localhost:3000\/news\/[^<>]+$/);
      const texts = (name: string) => childrenNamed(item, name).map((e) => e.text);
      expectIncludes(
        texts('author'),
        story.authors.map((a) => a.name)
      );
      expectIncludes(texts('category'), [story.section, ...story.tags.map((t) => t.name)]);
    }
  });

  it('Atom: well-formed, no injected element, every text and label as stored', async () => {
    const reply = await get(P.atom);
    expect(reply.status).toBe(200);
    const entries = childrenNamed(parseAs(reply.text, ATOM_ELEMENTS), 'entry');
    for (const story of stories) {
      const entry = entries.find((e) => childText(e, 'id')?.includes(story.documentId))!;
      expect(entry).toBeDefined();
      expect(childText(entry, 'title')).toBe(xmlClean(story.title));
      expect(childText(entry, 'summary')).toBe(xmlClean(story.lead));
      const names = childrenNamed(entry, 'author').map((a) => childText(a, 'name')!);
      expectIncludes(
        names,
        story.authors.map((a) => a.name)
      );
      const labels = childrenNamed(entry, 'category').map((c) => c.attributes.label);
      expectIncludes(labels, [story.section, ...story.tags.map((t) => t.name)]);
    }
  });

  it('query parameters echoed into a feed title are cleaned the same way', async () => {
    const [story] = stories;
    const cases: Array<[string, string]> = [
      [`${P.atom}?section=%01%3Crt%3E`, '<rt>'],
      [`${P.rss}?section=%01%3Crt%3E`, '<rt>'],
      [`${P.rss}?section=${encodeURIComponent(story.section)}`, story.section],
      [`${P.atom}?tag=${story.tags[0].slug}`, story.tags[0].name],
      [`${P.rss}?author=${story.authors[0].slug}`, story.authors[0].name],
    ];
    for (const [path, echoed] of cases) {
      const reply = await get(path);
      expect([path, reply.status]).toEqual([path, 200]);
      const atom = path.startsWith(P.atom);
      const root = parseAs(reply.text, atom ? ATOM_ELEMENTS : RSS_ELEMENTS);
      const title = childText(atom ? root : childrenNamed(root, 'channel')[0], 'title');
      expect(title).toBe(`${publication}: ${xmlClean(echoed)}`);
    }
  });

  it('the news sitemap: well-formed, each title as stored', async () => {
    const reply = await get(P.newsSitemap);
    expect(reply.status).toBe(200);
    const urls = childrenNamed(parseAs(reply.text, SITEMAP_ELEMENTS), 'url');
    const titles = urls.map((url) => childText(childrenNamed(url, 'news:news')[0], 'news:title')!);
    expectIncludes(
      titles,
      stories.map((s) => s.title)
    );
  });

  it('the sitemap index and every article sitemap: well-formed, every story listed', async () => {
    const index = await get(P.sitemapIndex);
    expect(index.status).toBe(200);
    parseAs(index.text, SITEMAP_ELEMENTS);
    const locs: string[] = [];
    for (let n = 1; n <= indexEntries(index.text).length; n += 1) {
      const page = await get(P.articleSitemap(n));
      expect(page.status).toBe(200);
      const urls = childrenNamed(parseAs(page.text, SITEMAP_ELEMENTS), 'url');
      locs.push(...urls.map((url: XmlElement) => childText(url, 'loc')!));
    }
    for (const story of stories) {
      expect(locs).toContain(`http://localhost:3000/news/${encodeURIComponent(story.slug)}`);
    }
  });

  it('JSON-LD: no `<`, `>` or `&` in the answer; it parses to the stored texts', async () => {
    for (const story of stories) {
      const reply = await get(`${P.jsonLd(story.documentId)}?articleBody=true`);
      expect(reply.status).toBe(200);
      expect(reply.text).not.toMatch(/[<>&\u2028\u2029]/);
      const data = JSON.parse(reply.text);
      expect(data.headline).toBe(story.title);
      expect(data.description).toBe(story.lead);
      expect(data.articleSection).toBe(story.section);
      expect(data.author.map((a: { name: string }) => a.name)).toEqual(
        story.authors.map((a) => a.name)
      );
      expect(data.keywords).toEqual(expect.arrayContaining(story.tags.map((t) => t.name)));
      expect(data.articleBody).toContain('</script>');
    }
  });
});
