import type {
  CorrectionComment,
  CreativeWorkSeries,
  ImageObject,
  NewsArticle,
  NewsMediaOrganization,
  Person,
  WithContext,
} from 'schema-dts';

import { blocksToText } from '../utils/blocks-text';
import type { SiteContext, SiteUrls } from './site-urls';
import { contributorsAs, lastModified, type PublicArticle, publicationDate, toDate } from './types';

export type ArticleJsonLd = WithContext<NewsArticle>;
/** schema-dts types also admit a bare IRI string; these are the node objects. */
type Node<T> = Exclude<T, string>;

/** Drops keys whose value is undefined, null, '' or [] (JSON-LD has no use for them). */
const compact = <T extends object>(value: T): T =>
  Object.fromEntries(
    Object.entries(value).filter(
      ([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0)
    )
  ) as T;

export const publisherOf = (site: SiteContext, urls: SiteUrls): Node<NewsMediaOrganization> =>
  compact<Node<NewsMediaOrganization>>({
    '@type': 'NewsMediaOrganization',
    name: site.publication.name,
    url: urls.home(),
    logo: site.publication.logo
      ? { '@type': 'ImageObject', url: site.publication.logo }
      : undefined,
  });

const personOf = (author: PublicArticle['authors'][number], urls: SiteUrls, locale: string) =>
  compact<Node<Person>>({
    '@type': 'Person',
    name: author.name,
    url: author.slug ? urls.author(author.slug, locale) : undefined,
    jobTitle: author.jobTitle ?? undefined,
  });

const imageOf = (article: PublicArticle, urls: SiteUrls): Node<ImageObject> | undefined => {
  const url = urls.media(article.cover?.url);
  if (!url) return undefined;
  return compact<Node<ImageObject>>({
    '@type': 'ImageObject',
    url,
    contentUrl: url,
    caption: article.coverCaption ?? undefined,
    creditText: article.coverCredit ?? undefined,
    description: article.cover?.alternativeText ?? undefined,
    creator: oneOrMany(
      contributorsAs(article, ['photographer']).map((p) => personOf(p, urls, article.locale))
    ),
  });
};

/** One node as itself, several as a list, none as undefined (dropped by `compact`). */
const oneOrMany = <T>(nodes: T[]): T | T[] | undefined =>
  nodes.length === 0 ? undefined : nodes.length === 1 ? nodes[0] : nodes;

/** Contributors by role: editor → `editor`, translator → `translator`, reporters and others →
 * `contributor` (photographers are the cover image's `creator`). */
const peopleAs = (
  article: PublicArticle,
  urls: SiteUrls,
  roles: Parameters<typeof contributorsAs>[1]
) => oneOrMany(contributorsAs(article, roles).map((p) => personOf(p, urls, article.locale)));

/** Each correction, update or clarification as a schema.org CorrectionComment. */
const correctionsOf = (article: PublicArticle): Node<CorrectionComment>[] =>
  (article.corrections ?? []).map((entry) =>
    compact<Node<CorrectionComment>>({
      '@type': 'CorrectionComment',
      text: entry.note ?? undefined,
      datePublished: toDate(entry.date)?.toISOString(),
    })
  );

/** The running stories (tags marked `runningStory`) a story is part of. */
const seriesOf = (article: PublicArticle, urls: SiteUrls): Node<CreativeWorkSeries>[] =>
  article.tags
    .filter((tag) => tag.runningStory)
    .map((tag) =>
      compact<Node<CreativeWorkSeries>>({
        '@type': 'CreativeWorkSeries',
        name: tag.name,
        url: tag.slug ? urls.tag(tag.slug, article.locale) : undefined,
      })
    );

/**
 * A published story as a schema.org NewsArticle (docs/content-model.md has the mapping).
 * `articleBody` (the body as plain text) only when asked for: it can be long.
 */
export const toNewsArticle = (
  article: PublicArticle,
  site: SiteContext,
  urls: SiteUrls,
  { articleBody = false } = {}
): ArticleJsonLd => {
  const url = urls.article(article.slug ?? article.documentId, article.locale);
  const series = seriesOf(article, urls);
  return compact<ArticleJsonLd>({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': `${url}#article`,
    headline: article.title,
    description: article.lead ?? undefined,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': article.canonicalUrl || url },
    datePublished: publicationDate(article)?.toISOString(),
    dateModified: lastModified(article)?.toISOString(),
    inLanguage: urls.language(article.locale),
    author: article.authors.map((author) => personOf(author, urls, article.locale)),
    editor: peopleAs(article, urls, ['editor']),
    translator: peopleAs(article, urls, ['translator']),
    contributor: peopleAs(article, urls, ['reporter', 'contributor']),
    correction: correctionsOf(article),
    publisher: publisherOf(site, urls),
    image: imageOf(article, urls),
    articleSection: article.section ?? undefined,
    keywords: article.tags.map((tag) => tag.name),
    dateline: article.dateline ?? undefined,
    sourceOrganization: article.source
      ? { '@type': 'Organization', name: article.source }
      : undefined,
    isPartOf: series.length === 0 ? undefined : series.length === 1 ? series[0] : series,
    articleBody: articleBody ? blocksToText(article.body) || undefined : undefined,
  });
};

const INLINE_UNSAFE: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON that a page can put inside `<script type="application/ld+json">` as it is: `<`, `>`
 * and `&` are written as `\u003c`, `\u003e`, `\u0026` (a `</script>` in a headline cannot end
 * the script element) and U+2028/U+2029 escaped too. These characters only occur inside
 * strings in JSON, where the escapes parse to the same value.
 */
export const inlineSafeJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => INLINE_UNSAFE[char]);
