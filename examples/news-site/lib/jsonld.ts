/**
 * A schema.org NewsArticle built from the article, for a newsroom without the plugin's own
 * `GET /articles/:documentId/jsonld` route (the page prefers that one).
 */
import type { NewsArticle, WithContext } from 'schema-dts';

import { mediaUrl } from './newsroom';
import type { Article } from './types';

type Block = { type?: string; text?: string; children?: Block[] };

/** The text of inline nodes, run together. */
const inlineText = (nodes: Block[] | undefined): string =>
  (nodes ?? []).map((node) => node.text ?? inlineText(node.children)).join('');

/** The body as plain text, one paragraph (top-level block) per line pair. */
const plainText = (blocks: Block[]) =>
  blocks
    .map((block) => inlineText(block.children))
    .filter(Boolean)
    .join('\n\n');

export const buildJsonLd = (article: Article, url: string): WithContext<NewsArticle> => ({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: article.title,
  ...(article.lead ? { description: article.lead } : {}),
  url,
  mainEntityOfPage: article.canonicalUrl || url,
  ...(article.datePublished ? { datePublished: article.datePublished } : {}),
  ...(article.updatedAt ? { dateModified: article.updatedAt } : {}),
  ...(article.section ? { articleSection: article.section } : {}),
  ...(article.dateline ? { dateline: article.dateline } : {}),
  ...(article.locale ? { inLanguage: article.locale } : {}),
  ...(article.tags?.length ? { keywords: article.tags.map((tag) => tag.name) } : {}),
  ...(article.authors?.length
    ? {
        author: article.authors.map((author) => ({
          '@type': 'Person' as const,
          name: author.name,
        })),
      }
    : {}),
  ...(article.source
    ? { publisher: { '@type': 'Organization' as const, name: article.source } }
    : {}),
  ...(article.cover?.url
    ? {
        image: {
          '@type': 'ImageObject' as const,
          url: mediaUrl(article.cover.url),
          ...(article.coverCaption ? { caption: article.coverCaption } : {}),
          ...(article.coverCredit ? { creditText: article.coverCredit } : {}),
        },
      }
    : {}),
  ...(article.body ? { articleBody: plainText(article.body as Block[]) } : {}),
});

/** JSON for a `<script>` element: `<` escaped so a headline cannot close the element. */
export const scriptJson = (doc: unknown) => JSON.stringify(doc).replace(/</g, '\\u003c');
