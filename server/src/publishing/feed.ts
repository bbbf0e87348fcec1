import { Feed, type Item } from 'feed';

import type { SiteContext, SiteUrls } from './site-urls';
import { type PublicArticle, publicationDate, toDate } from './types';

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

/**
 * Atom puts a category's label in an attribute, where the library leaves `<` unescaped: such a
 * label is left out (the term, a slug, stays), never written as invalid XML.
 */
const attributeSafe = (text: string) => (text.includes('<') ? undefined : text);

const itemOf = (article: PublicArticle, urls: SiteUrls, format: FeedFormat): Item => {
  const label = (text: string) => (format === 'atom' ? attributeSafe(text) : text);
  const published = publicationDate(article) ?? new Date(0);
  const image = urls.media(article.cover?.url);
  return {
    title: article.title,
    id: feedGuid(article),
    guid: feedGuid(article),
    link: urls.article(article.slug ?? article.documentId, article.locale),
    date: toDate(article.updatedAt) ?? published,
    published,
    description: article.lead ?? undefined,
    author: article.authors.map((author) => ({
      name: author.name,
      link: author.slug ? urls.author(author.slug, article.locale) : undefined,
    })),
    category: [
      ...(article.section
        ? [
            {
              name: label(article.section),
              term: encodeURIComponent(article.section.toLowerCase()),
            },
          ]
        : []),
      ...article.tags.map((tag) => ({
        name: label(tag.name),
        term: tag.slug ?? encodeURIComponent(tag.name),
        domain: tag.slug ? urls.tag(tag.slug, article.locale) : undefined,
      })),
    ],
    ...(image ? { image } : {}),
  };
};

/**
 * An RSS 2.0 or Atom feed of published stories (already in order), written by the `feed`
 * library: every text is escaped or CDATA-wrapped there, none is concatenated here.
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
  const feed = new Feed({
    id: urls.home(locale),
    link: urls.home(locale),
    title: subtitle ? `${name}: ${subtitle}` : name,
    description: subtitle ? `${name}: ${subtitle}` : `Latest stories from ${name}`,
    language: urls.language(locale),
    updated: newest,
    generator: 'strapi-plugin-newsroom',
    ...(site.publication.logo ? { image: site.publication.logo } : {}),
    copyright: `© ${name}`,
  });
  for (const article of articles) feed.addItem(itemOf(article, urls, format));
  return format === 'rss' ? feed.rss2() : feed.atom1();
};
