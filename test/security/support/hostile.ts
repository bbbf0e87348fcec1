import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * Texts built to break XML and inline scripts: `]]>` twice (a CDATA section closed early, then
 * one reopened), an element, a closing `</description>` with a `<link>`, `</script>`, `&` bare
 * and shaped as references (`&amp;`, an undefined `&foo;`, `&#1;` and `&#xFFFE;`, which name
 * characters XML forbids), characters XML 1.0 forbids (U+0001, U+FFFE, a lone surrogate),
 * right-to-left marks and an emoji. At most 100 characters with its label, so it fits every field (sections
 * and tag names hold 100).
 */
export const hostile = (label: string) =>
  `${label} ]]>a]]><x>m</x><![CDATA[</description><link>e</link></script>&amp;&foo;&#1;&#xFFFE;& \u0001\uFFFE\uD800\u200F\u202E😀`;

/** What XML 1.0 does not allow in a document: the writers remove these, and only these here. */
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu;

/** A stored text as an XML document must carry it: the same, less the forbidden characters. */
export const xmlClean = (text: string) => text.replace(XML_FORBIDDEN, '');

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A CDATA section holding any text: each `]]>` split across two sections, as WordPress does. */
const cdata = (text: string) => `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

/** WordPress's date format (UTC), an hour ago: within the news sitemap's 48 hours. */
const wpDate = (date: Date) => date.toISOString().slice(0, 19).replace('T', ' ');

/**
 * A WordPress export of one published post whose title, excerpt, body, category, tag and
 * author hold hostile texts (entity-encoded where WordPress writes HTML), written to a temporary
 * file. Raw control characters as a broken export has them; the importer's parser is lenient.
 */
export const hostileWxr = async () => {
  const text = (label: string) => escapeHtml(hostile(label));
  const xml = `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <title>Hostile export</title>
  <link>http://hostile.example</link>
  <wp:wxr_version>1.2</wp:wxr_version>
  <wp:base_site_url>http://hostile.example</wp:base_site_url>
  <wp:author><wp:author_id>1</wp:author_id><wp:author_login>${cdata('wxr-author')}</wp:author_login><wp:author_display_name>${cdata(text('WA'))}</wp:author_display_name></wp:author>
  <item>
    <title>${cdata(text('WT'))}</title>
    <link>http://hostile.example/?p=1</link>
    <dc:creator>${cdata('wxr-author')}</dc:creator>
    <guid isPermaLink="false">http://hostile.example/?p=1</guid>
    <content:encoded>${cdata(`<p>${text('WB')}</p>`)}</content:encoded>
    <excerpt:encoded>${cdata(text('WL'))}</excerpt:encoded>
    <wp:post_id>1</wp:post_id>
    <wp:post_date_gmt>${cdata(wpDate(new Date(Date.now() - 60 * 60 * 1000)))}</wp:post_date_gmt>
    <wp:post_name>${cdata('hostile-wxr-post')}</wp:post_name>
    <wp:status>${cdata('publish')}</wp:status>
    <wp:post_type>${cdata('post')}</wp:post_type>
    <wp:post_password>${cdata('')}</wp:post_password>
    <category domain="category" nicename="wxr-section">${cdata(text('WS'))}</category>
    <category domain="post_tag" nicename="wxr-tag">${cdata(text('WG'))}</category>
  </item>
</channel>
</rss>
`;
  const file = path.join(os.tmpdir(), `newsroom-hostile-${process.pid}-${Date.now()}.xml`);
  await writeFile(file, xml, 'utf8');
  return file;
};
