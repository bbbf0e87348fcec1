/**
 * The site's only door to the newsroom: typed reads of the plugin's public Content API
 * (`/api/newsroom`, docs/api.md in the plugin). Pages call these functions and never build a
 * URL themselves, so this module can later be swapped for the plugin's typed client
 * (`strapi-plugin-newsroom/client`) without touching a page.
 *
 * Reads are made at request time (the newsroom is the cache) and deduplicated within one
 * render with React's `cache`. Routes that an older newsroom may not have (JSON-LD, `afterBlock`
 * on links) degrade: the caller gets `null` or an empty list and the page falls back.
 */
import { cache } from 'react';

import type {
  Article,
  ArticleSummary,
  Author,
  Locale,
  Page,
  RelatedItem,
  RelatedNewsLink,
  Tag,
} from './types';

type Query = Record<string, string | number | undefined>;
type ReadOptions = { draft?: boolean };

export class NewsroomError extends Error {
  constructor(
    readonly status: number,
    readonly path: string
  ) {
    super(`the newsroom answered ${status} to GET ${path}`);
  }
}

export const newsroomUrl = () =>
  (process.env.NEWSROOM_URL || 'http://localhost:1337').replace(/\/+$/, '');

/** A media URL as the browser loads it: Strapi's local uploads are relative to the newsroom. */
export const mediaUrl = (url: string) =>
  /^https?:\/\//.test(url) ? url : `${newsroomUrl()}${url}`;

const SUMMARY_FIELDS = ['title', 'slug', 'lead', 'section', 'datePublished', 'locale'];

const fieldsQuery = (fields: string[]): Query =>
  Object.fromEntries(fields.map((field, i) => [`fields[${i}]`, field]));

/** GET a path under /api/newsroom; `null` when the newsroom answers 404. */
async function read<T>(path: string, query: Query = {}, { draft }: ReadOptions = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, ...(draft ? { status: 'draft' } : {}) })) {
    if (value !== undefined) params.set(key, String(value));
  }
  const search = params.toString();
  const url = `${newsroomUrl()}/api/newsroom${path}${search ? `?${search}` : ''}`;
  const headers: Record<string, string> = { accept: 'application/json' };
  // Drafts are read with a read-only API token, only for an editor in Next's draft mode.
  const token = process.env.NEWSROOM_PREVIEW_TOKEN;
  if (draft && token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(url, { headers, cache: 'no-store' });
  if (response.status === 404) return null;
  if (!response.ok) throw new NewsroomError(response.status, path);
  return (await response.json()) as T;
}

/** For the parts a page can do without: logs and answers `fallback` instead of failing. */
async function optional<T>(what: string, work: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    console.warn(`[news-site] ${what}: ${(error as Error).message}`);
    return fallback;
  }
}

export const latestArticles = cache(async (locale: Locale, limit = 60) => {
  const page = await read<Page<ArticleSummary>>('/articles', {
    locale,
    sort: 'datePublished:desc',
    'pagination[pageSize]': limit,
    ...fieldsQuery(SUMMARY_FIELDS),
  });
  return page?.data ?? [];
});

const readArticle = async (slug: string, locale: Locale, draft: boolean) => {
  const answer = await read<{ data: Article }>(
    `/articles/slug/${encodeURIComponent(slug)}`,
    {
      locale,
      'populate[cover]': 'true',
      'populate[authors]': 'true',
      'populate[tags]': 'true',
      'populate[corrections]': 'true',
      'populate[contributors][populate][author][fields][0]': 'name',
      'populate[contributors][populate][author][fields][1]': 'slug',
    },
    { draft }
  );
  return answer?.data ?? null;
};

/**
 * A story by slug; in draft mode its draft, read with the preview token. A newsroom that
 * refuses the draft read (no token, or a token without the right) gets the published story,
 * and the site's log says why.
 */
export const articleBySlug = cache(async (slug: string, locale: Locale, draft = false) => {
  if (draft) {
    try {
      return await readArticle(slug, locale, true);
    } catch (error) {
      const refused = error instanceof NewsroomError && [401, 403].includes(error.status);
      if (!refused) throw error;
      console.warn(
        `[news-site] ${error.message}: check NEWSROOM_PREVIEW_TOKEN; published story shown`
      );
    }
  }
  return readArticle(slug, locale, false);
});

/** The story's slug in another locale (documents share their `documentId` across locales). */
export const articleSlugIn = cache(async (documentId: string, locale: Locale) =>
  optional(
    `the ${locale} version of ${documentId}`,
    async () => {
      const answer = await read<{ data: Pick<Article, 'slug'> }>(
        `/articles/${encodeURIComponent(documentId)}`,
        { locale, 'fields[0]': 'slug' }
      );
      return answer?.data?.slug ?? null;
    },
    null
  )
);

export const relatedNews = cache(async (documentId: string, locale: Locale) =>
  optional(
    `links of ${documentId}`,
    async () =>
      (
        await read<Page<RelatedNewsLink>>(
          `/articles/${encodeURIComponent(documentId)}/related-news`,
          {
            locale,
          }
        )
      )?.data ?? [],
    [] as RelatedNewsLink[]
  )
);

export const related = cache(async (documentId: string, locale: Locale, limit = 10) =>
  optional(
    `related stories of ${documentId}`,
    async () =>
      (
        await read<Page<RelatedItem>>(`/articles/${encodeURIComponent(documentId)}/related`, {
          locale,
          limit,
        })
      )?.data ?? [],
    [] as RelatedItem[]
  )
);

/** The plugin's schema.org NewsArticle for the story, or `null` when the route is absent. */
export const articleJsonLd = cache(async (documentId: string, locale: Locale) =>
  optional(
    `JSON-LD of ${documentId}`,
    async () => {
      const answer = await read<Record<string, unknown> | { data: Record<string, unknown> }>(
        `/articles/${encodeURIComponent(documentId)}/jsonld`,
        { locale }
      );
      if (!answer) return null;
      // Accept the bare document (application/ld+json) or one wrapped in `data`.
      const doc = 'data' in answer && answer.data ? answer.data : answer;
      return (doc as Record<string, unknown>)['@type'] ? (doc as Record<string, unknown>) : null;
    },
    null
  )
);

const bySlug = async <T>(collection: string, slug: string) =>
  (
    await read<Page<T>>(`/${collection}`, {
      'filters[slug][$eq]': slug,
      'pagination[pageSize]': 1,
    })
  )?.data[0] ?? null;

export const tagBySlug = cache((slug: string) => bySlug<Tag>('tags', slug));
export const authorBySlug = cache((slug: string) => bySlug<Author>('authors', slug));

/** Published stories through a relation (`tags` or `authors`) with that slug, newest first. */
const storiesOf = async (relation: 'tags' | 'authors', slug: string, locale: Locale, limit = 50) =>
  (
    await read<Page<ArticleSummary>>('/articles', {
      locale,
      [`filters[${relation}][slug][$eq]`]: slug,
      sort: 'datePublished:desc',
      'pagination[pageSize]': limit,
      ...fieldsQuery(SUMMARY_FIELDS),
    })
  )?.data ?? [];

export const storiesOfTag = cache((slug: string, locale: Locale) =>
  storiesOf('tags', slug, locale)
);
export const storiesOfAuthor = cache((slug: string, locale: Locale) =>
  storiesOf('authors', slug, locale)
);
