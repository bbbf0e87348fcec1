import { PUBLISHING_PATHS as P } from '../../../shared/contracts/publishing';
import { getText, indexEntries } from '../../helpers/publishing';
import type { Caller } from './callers';
import { gql } from './graphql';

/**
 * Every public path a story can reach readers by, read as one caller: REST reads (the story,
 * lists, relations, links, related lists), GraphQL (lists, the story, nested relations, link
 * targets, related lists), feeds, sitemaps and JSON-LD. Each answer is kept as text with its
 * status, for a probe to look for the story in.
 */
export type Ids = {
  story: string;
  slug: string;
  tag: string;
  tagSlug: string;
  author: string;
  /** A published story that links to the embargoed one. */
  linking: string;
  /** A published story whose engine list holds the embargoed one. */
  similar: string;
};

export type PathReply = { status: number; text: string };

const rest = (ids: Ids): Record<string, string> => ({
  'REST list': '/api/newsroom/articles?pagination[pageSize]=100',
  'REST findOne': `/api/newsroom/articles/${ids.story}`,
  'REST slug': `/api/newsroom/articles/slug/${ids.slug}`,
  'REST tag.articles': `/api/newsroom/tags/${ids.tag}?populate=articles`,
  'REST author.articles': `/api/newsroom/authors/${ids.author}?populate=articles`,
  'REST relatedNews.target': `/api/newsroom/articles/${ids.linking}?populate[relatedNews][populate]=target`,
  'REST related-news list': '/api/newsroom/related-news?populate=target&pagination[pageSize]=100',
  'REST related-news of a story': `/api/newsroom/articles/${ids.linking}/related-news`,
  'REST /related (editor link)': `/api/newsroom/articles/${ids.linking}/related?limit=20`,
  'REST /related (engine list)': `/api/newsroom/articles/${ids.similar}/related?limit=20`,
  RSS: P.rss,
  Atom: P.atom,
  'RSS of the tag': `${P.rss}?tag=${ids.tagSlug}`,
  'news sitemap': P.newsSitemap,
  'JSON-LD': P.jsonLd(ids.story),
});

const graphql = (ids: Ids): Record<string, string> => ({
  'GraphQL list': '{ newsroomArticles(pagination: { limit: 100 }) { documentId title } }',
  'GraphQL single': `{ newsroomArticle(documentId: "${ids.story}") { documentId title } }`,
  'GraphQL tag.articles': `{ newsroomTag(documentId: "${ids.tag}") { articles { title } } }`,
  'GraphQL author.articles': `{ newsroomAuthor(documentId: "${ids.author}") { articles { title } } }`,
  'GraphQL relatedNews.target': `{ newsroomArticle(documentId: "${ids.linking}") { relatedNews { target { documentId title } } } }`,
  'GraphQL related-news links': '{ newsroomRelatedNewsLinks { target { documentId title } } }',
  'GraphQL related articles': `{ newsroomRelatedArticles(documentId: "${ids.similar}", limit: 20) { article { documentId title } } }`,
});

/** Every path's answer, by name; the article sitemaps are all the index lists. */
export const readEveryPath = async (
  url: string,
  caller: Caller,
  ids: Ids
): Promise<Record<string, PathReply>> => {
  const out: Record<string, PathReply> = {};
  for (const [name, path] of Object.entries(rest(ids))) {
    const { status, text } = await getText(url, path, caller.bearer);
    out[name] = { status, text };
  }
  for (const [name, query] of Object.entries(graphql(ids))) {
    const { status, body } = await gql(url, caller, query);
    out[name] = { status, text: JSON.stringify(body) };
  }
  const index = await getText(url, P.sitemapIndex, caller.bearer);
  const pages = await Promise.all(
    indexEntries(index.text).map((_, i) => getText(url, P.articleSitemap(i + 1), caller.bearer))
  );
  out.sitemaps = {
    status: Math.max(index.status, ...pages.map((p) => p.status)),
    text: [index.text, ...pages.map((p) => p.text)].join('\n'),
  };
  return out;
};
