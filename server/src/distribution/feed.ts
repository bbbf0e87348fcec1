import { atomXml, type FeedEntry, rssXml } from './feed-xml';
import type { SiteContext, SiteUrls } from './site-urls';
import { lastModified, type PublicArticle, publicationDate } from './types';

export type FeedFormat = 'rss' | 'atom';

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};

/**
 * A story's stable id in feeds: its documentId and locale, which survive a changed headline
 * or slug (a feed reader would show a story again under a new link-based guid).
 */
export const feedGuid = (article: Pick<PublicArticle, 'documentId' | 'locale'>) =>
  `urn:newsroom:article:${article.documentId}:${article.locale}`;

/** A category term: URL-encoded, without lone surrogates (which `encodeURIComponent` refuses). */
const term = (text: string) => encodeURIComponent(text.replace(/\p{Cs}/gu, ''));

const entryOf = (article: PublicArticle, urls: SiteUrls): FeedEntry => {
  const published = publicationDate(article) ?? new Date(0);
  return {
    title: article.title,
    guid: feedGuid(article),
    link: urls.article(article.slug ?? article.documentId, article.locale),
    updated: lastModified(article) ?? published,
    published,
    summary: article.lead ?? undefined,
    authors: article.authors.map((author) => ({
      name: author.name,
      link: author.slug ? urls.author(author.slug, article.locale) : undefined,
    })),
    categories: [
      ...(article.section
        ? [{ label: article.section, term: term(article.section.toLowerCase()) }]
        : []),
      ...article.tags.map((tag) => ({
        label: tag.name,
        term: tag.slug ?? term(tag.name),
        domain: tag.slug ? urls.tag(tag.slug, article.locale) : undefined,
      })),
    ],
    image: urls.media(article.cover?.url),
  };
};

/**
 * An RSS 2.0 or Atom feed of published stories (already in order). `subtitle` (a tag's or
 * author's name, a section as asked for) goes into the feed's title: like every text, it is
 * escaped and cleaned of characters XML does not allow by the writer (feed-xml.ts).
 */
export const buildFeed = (
  format: FeedFormat,
  articles: PublicArticle[],
  site: SiteContext,
  urls: SiteUrls,
  { locale, subtitle }: { locale: string; subtitle?: string }
): string => {
  const dates = articles.map((a) => publicationDate(a)?.getTime() ?? 0);
  const newest = dates.length > 0 ? new Date(Math.max(...dates)) : new Date(0);
  const name = site.publication.name;
  const document = {
    home: urls.home(locale),
    title: subtitle ? `${name}: ${subtitle}` : name,
    description: subtitle ? `${name}: ${subtitle}` : `Latest stories from ${name}`,
    language: urls.language(locale),
    updated: newest,
    generator: 'strapi-plugin-newsroom',
    logo: site.publication.logo || undefined,
    copyright: `© ${name}`,
    entries: articles.map((article) => entryOf(article, urls)),
  };
  return format === 'rss' ? rssXml(document) : atomXml(document);
};
