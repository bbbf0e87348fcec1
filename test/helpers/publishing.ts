import { XMLParser, XMLValidator } from 'fast-xml-parser';
import jsonld from 'jsonld';

/** What the publishing routes answer: XML or JSON-LD, read as text with its content type. */
export type TextReply = { status: number; type: string; text: string };

export const getText = async (
  baseUrl: string,
  path: string,
  token?: string
): Promise<TextReply> => {
  const response = await fetch(`${baseUrl}${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    text: await response.text(),
  };
};

/** Whether a text is well-formed XML (fast-xml-parser's strict check). */
export const isWellFormed = (xml: string) => XMLValidator.validate(xml) === true;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const list = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

export type SitemapUrl = {
  loc: string;
  lastmod?: string;
  alternates: Array<{ hreflang: string; href: string }>;
  news?: { name: string; language: string; date: string; title: string };
};

/** The `<url>` entries of a sitemap. */
export const sitemapUrls = (xml: string): SitemapUrl[] =>
  list(parser.parse(xml).urlset?.url).map((u: any) => ({
    loc: u.loc,
    lastmod: u.lastmod,
    alternates: list(u['xhtml:link']).map((l: any) => ({
      hreflang: l['@hreflang'],
      href: l['@href'],
    })),
    news: u['news:news'] && {
      name: u['news:news']['news:publication']['news:name'],
      language: u['news:news']['news:publication']['news:language'],
      date: u['news:news']['news:publication_date'],
      title: String(u['news:news']['news:title']),
    },
  }));

/** The `<sitemap>` entries of a sitemap index. */
export const indexEntries = (xml: string): Array<{ loc: string; lastmod?: string }> =>
  list(parser.parse(xml).sitemapindex?.sitemap).map((s: any) => ({
    loc: s.loc,
    lastmod: s.lastmod,
  }));

/**
 * Expands JSON-LD offline: the schema.org context cannot be fetched here, so a minimal one
 * (`@vocab` schema.org) is served for it; any other remote context fails the test.
 */
export const expandJsonLd = (document: unknown) =>
  jsonld.expand(document, {
    documentLoader: async (url: string) => {
      if (!/^https?:\/\/schema\.org\/?$/.test(url)) throw new Error(`unexpected context ${url}`);
      return {
        contextUrl: null,
        documentUrl: url,
        document: { '@context': { '@vocab': 'https://schema.org/' } },
      };
    },
  });

export const SCHEMA = (term: string) => `https://schema.org/${term}`;
