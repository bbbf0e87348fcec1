import { element, type XmlNode, textElement, xmlDocument } from './xml';

/**
 * RSS 2.0 and Atom 1.0 documents of a feed, written with an XML builder that escapes every
 * text node and attribute (distribution/xml.ts): no CDATA section, whose `]]>` a headline could
 * close.
 */

export type FeedEntry = {
  title: string;
  guid: string;
  link: string;
  /** The last change for readers: the newest of the last edit and the newest correction. */
  updated: Date;
  published: Date;
  /** Plain text (the story's lead). */
  summary?: string;
  authors: Array<{ name: string; link?: string }>;
  categories: Array<{ label: string; term: string; domain?: string }>;
  image?: string;
};

export type FeedDocument = {
  home: string;
  title: string;
  description: string;
  /** BCP 47 language of the stories. */
  language: string;
  updated: Date;
  logo?: string;
  copyright: string;
  generator: string;
  entries: FeedEntry[];
};

const ATOM = 'http://www.w3.org/2005/Atom';

/** An image's MIME type from its URL's extension (`image/jpeg` when it has none). */
const imageType = (url: string) => {
  const path = URL.canParse(url) ? new URL(url).pathname : url;
  const ext = path.split('.').pop()?.toLowerCase() ?? '';
  if (ext === 'jpg' || ext === 'jpeg' || !/^[a-z0-9]+$/.test(ext)) return 'image/jpeg';
  return `image/${ext}`;
};

const rssItem = (channel: XmlNode, entry: FeedEntry) => {
  const item = channel.ele('item');
  textElement(item, 'title', entry.title);
  textElement(item, 'link', entry.link);
  textElement(item, 'guid', entry.guid, { isPermaLink: 'false' });
  textElement(item, 'pubDate', entry.published.toUTCString());
  // RSS 2.0 has no update date of its own: Atom's, by namespace (as RSS allows for extensions)
  textElement(item, 'atom:updated', entry.updated.toISOString());
  textElement(item, 'description', entry.summary);
  for (const author of entry.authors) textElement(item, 'author', author.name);
  for (const category of entry.categories) {
    textElement(
      item,
      'category',
      category.label,
      category.domain ? { domain: category.domain } : undefined
    );
  }
  if (entry.image) {
    element(item, 'enclosure', { url: entry.image, length: '0', type: imageType(entry.image) });
  }
};

export const rssXml = (feed: FeedDocument): string => {
  const doc = xmlDocument();
  const channel = doc.ele('rss', { version: '2.0', 'xmlns:atom': ATOM }).ele('channel');
  textElement(channel, 'title', feed.title);
  textElement(channel, 'link', feed.home);
  textElement(channel, 'description', feed.description);
  textElement(channel, 'lastBuildDate', feed.updated.toUTCString());
  textElement(channel, 'docs', 'https://validator.w3.org/feed/docs/rss2.html');
  textElement(channel, 'generator', feed.generator);
  textElement(channel, 'language', feed.language);
  if (feed.logo) {
    const image = channel.ele('image');
    textElement(image, 'title', feed.title);
    textElement(image, 'url', feed.logo);
    textElement(image, 'link', feed.home);
  }
  textElement(channel, 'copyright', feed.copyright);
  for (const entry of feed.entries) rssItem(channel, entry);
  return doc.end({ prettyPrint: true });
};

const atomEntry = (root: XmlNode, entry: FeedEntry) => {
  const node = root.ele('entry');
  textElement(node, 'title', entry.title, { type: 'text' });
  textElement(node, 'id', entry.guid);
  element(node, 'link', { href: entry.link });
  textElement(node, 'updated', entry.updated.toISOString());
  textElement(node, 'summary', entry.summary, { type: 'text' });
  for (const author of entry.authors) {
    const person = node.ele('author');
    textElement(person, 'name', author.name);
    textElement(person, 'uri', author.link);
  }
  for (const category of entry.categories) {
    element(node, 'category', {
      term: category.term,
      ...(category.label ? { label: category.label } : {}),
    });
  }
  if (entry.image) {
    element(node, 'link', { rel: 'enclosure', href: entry.image, type: imageType(entry.image) });
  }
  textElement(node, 'published', entry.published.toISOString());
};

export const atomXml = (feed: FeedDocument): string => {
  const doc = xmlDocument();
  const root = element(doc, 'feed', {
    xmlns: ATOM,
    'xml:lang': feed.language,
  });
  textElement(root, 'id', feed.home);
  textElement(root, 'title', feed.title, { type: 'text' });
  textElement(root, 'updated', feed.updated.toISOString());
  textElement(root, 'generator', feed.generator);
  element(root, 'link', { rel: 'alternate', href: feed.home });
  textElement(root, 'subtitle', feed.description, { type: 'text' });
  textElement(root, 'logo', feed.logo);
  textElement(root, 'rights', feed.copyright, { type: 'text' });
  for (const entry of feed.entries) atomEntry(root, entry);
  return doc.end({ prettyPrint: true });
};
