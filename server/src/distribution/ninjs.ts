import { blocksToHtml } from '../utils/blocks-html';
import { blocksToText } from '../utils/blocks-text';
import { feedGuid } from './feed';
import type { SiteContext, SiteUrls } from './site-urls';
import { lastModified, type PublicArticle, publicationDate } from './types';

/**
 * A published story as an IPTC ninjs 3.1 document (News in JSON, https://iptc.org/std/ninjs/),
 * the format news agencies exchange stories in. Property names are ninjs 3's (camelCase:
 * `versionCreated`, `firstCreated`); docs/content-model.md has the mapping. It states no
 * `embargoedUntil`: the route serves published stories only, and a story whose embargo has not
 * passed is not published to any reader (published-only/rules.ts).
 */
export const NINJS_STANDARD = {
  name: 'ninjs',
  version: '3.1',
  schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#',
} as const;

type Text = { role?: string; contentType?: string; value: string };
type Body = Text & { charCount?: number; wordCount?: number };
type Party = { name: string; rel?: string; uri?: string; literal?: string };
type AltId = { role: string; value: string };
type Rendition = { name: string; href: string; contentType: string };

export type NinjsAssociation = {
  name: string;
  rel: string;
  uri: string;
  type: 'text';
  headlines?: Text[];
  altIds?: AltId[];
  renditions?: Rendition[];
};

export type Ninjs = {
  uri: string;
  standard: typeof NINJS_STANDARD;
  type: 'text';
  representationType: 'full';
  pubStatus: 'usable';
  version: string;
  firstCreated?: string;
  versionCreated?: string;
  language: string;
  headlines: Text[];
  descriptions?: Text[];
  bodies?: Body[];
  by?: string;
  people?: Party[];
  subjects?: Party[];
  located?: string;
  infoSources?: Array<{ name: string; role: string }>;
  altIds?: AltId[];
  renditions?: Rendition[];
  copyrightHolder: string;
  copyrightNotice: string;
  associations?: NinjsAssociation[];
};

/** A link of the story as ninjs reads it (services/content-api/related-news ReadableLink). */
export type NinjsLink = {
  kind: string;
  title: string | null;
  externalUrl: string | null;
  target: {
    documentId?: unknown;
    locale?: unknown;
    title?: unknown;
    slug?: unknown;
    externalId?: unknown;
  } | null;
};

/** The story as ninjs reads it: the public fields, its body and its external id. */
export type NinjsArticle = PublicArticle & { externalId?: string | null };

const str = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
const list = <T>(items: T[]) => (items.length > 0 ? items : undefined);

/** "Read also" links first (in editor order), then the others in editor order. */
const ordered = (links: NinjsLink[]) => [
  ...links.filter((link) => link.kind === 'read-also'),
  ...links.filter((link) => link.kind !== 'read-also'),
];

const associationOf = (link: NinjsLink, n: number, urls: SiteUrls): NinjsAssociation | null => {
  const target = link.target;
  const headline = str(link.title) ?? str(target?.title);
  const base = { name: `link-${n + 1}`, rel: link.kind, type: 'text' as const };
  if (target && str(target.documentId)) {
    const locale = str(target.locale) ?? 'en';
    const documentId = target.documentId as string;
    const externalId = str(target.externalId);
    return {
      ...base,
      uri: feedGuid({ documentId, locale }),
      ...(headline ? { headlines: [{ value: headline }] } : {}),
      ...(externalId ? { altIds: [{ role: 'externalId', value: externalId }] } : {}),
      renditions: [
        {
          name: 'web',
          href: urls.article(str(target.slug) ?? documentId, locale),
          contentType: 'text/html',
        },
      ],
    };
  }
  if (!link.externalUrl) return null;
  return {
    ...base,
    uri: link.externalUrl,
    ...(headline ? { headlines: [{ value: headline }] } : {}),
    renditions: [{ name: 'web', href: link.externalUrl, contentType: 'text/html' }],
  };
};

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

export const toNinjs = (
  article: NinjsArticle,
  links: NinjsLink[],
  site: SiteContext,
  urls: SiteUrls
): Ninjs => {
  const url = urls.article(article.slug ?? article.documentId, article.locale);
  const modified = lastModified(article);
  const text = blocksToText(article.body);
  const html = blocksToHtml(article.body);
  const published = publicationDate(article);
  const contributors = (article.contributors ?? []).flatMap(({ role, author }) =>
    author ? [{ role, author }] : []
  );
  const person = (name: string, slug: string | null, rel: string): Party => ({
    name,
    rel,
    ...(slug ? { uri: urls.author(slug, article.locale), literal: slug } : {}),
  });
  const year = (published ?? new Date()).getUTCFullYear();
  const ninjs: Ninjs = {
    uri: feedGuid(article),
    standard: NINJS_STANDARD,
    type: 'text',
    representationType: 'full',
    pubStatus: 'usable',
    version: String((article.corrections ?? []).length + 1),
    firstCreated: published?.toISOString(),
    versionCreated: modified?.toISOString(),
    language: urls.language(article.locale),
    headlines: [{ role: 'main', contentType: 'text/plain', value: article.title }],
    descriptions: article.lead
      ? [{ role: 'summary', contentType: 'text/plain', value: article.lead }]
      : undefined,
    bodies: text
      ? [
          { role: 'main', contentType: 'text/html', value: html },
          {
            role: 'main',
            contentType: 'text/plain',
            value: text,
            charCount: text.length,
            wordCount: words(text),
          },
        ]
      : undefined,
    by: list(article.authors.map((a) => a.name))?.join(', '),
    people: list([
      ...article.authors.map((a) => person(a.name, a.slug, 'author')),
      ...contributors.map((c) => person(c.author.name, c.author.slug, c.role)),
    ]),
    // the tags (rel `about`), then the section (rel `section`)
    subjects: list([
      ...article.tags.map((tag) => ({
        name: tag.name,
        rel: 'about',
        ...(tag.slug ? { uri: urls.tag(tag.slug, article.locale), literal: tag.slug } : {}),
      })),
      ...(article.section ? [{ name: article.section, rel: 'section' }] : []),
    ]),
    located: str(article.dateline),
    infoSources: article.source ? [{ name: article.source, role: 'source' }] : undefined,
    altIds: article.externalId ? [{ role: 'externalId', value: article.externalId }] : undefined,
    renditions: [{ name: 'web', href: url, contentType: 'text/html' }],
    copyrightHolder: site.publication.name,
    copyrightNotice: `© ${year} ${site.publication.name}`,
    associations: list(
      ordered(links)
        .map((link, n) => associationOf(link, n, urls))
        .filter((a): a is NinjsAssociation => a !== null)
    ),
  };
  return JSON.parse(JSON.stringify(ninjs)) as Ninjs;
};
