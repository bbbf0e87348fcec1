import { yup } from '@strapi/utils';

/**
 * `site`: where the news site lives and what it is called, for everything the plugin publishes
 * with absolute links (feeds, sitemaps, JSON-LD). The API serves content; these links point at
 * the site that renders it.
 */
export type SiteOptions = {
  /** The site's origin (and base path), e.g. https://news.example.com. Unset: 503 on feeds, sitemaps, JSON-LD. */
  url?: string;
  /** Base of relative upload URLs (`/uploads/…`), usually Strapi's public URL. Unset: no images. */
  mediaUrl?: string;
  /** Page paths on the site; `:slug` (and optionally `:locale`) are filled in, URL-encoded. */
  paths: { article: string; tag: string; author: string; sitemap: string };
  /** How a path without `:locale` carries the locale: `/uk/news/…` for non-default locales, always, or never. */
  localePrefix: 'non-default' | 'always' | 'never';
  /** URLs per article sitemap (`articles-<n>.xml`); 50,000 is the protocol's maximum. */
  sitemapPageSize: number;
  publication: {
    name: string;
    /** An absolute URL of the publisher's logo (JSON-LD `publisher.logo`, feeds' image). */
    logo?: string;
    /** Strapi locale code → BCP 47 language tag (`inLanguage`, feed language, news sitemap). */
    languages?: Record<string, string>;
  };
};

export const defaultSite: SiteOptions = {
  paths: {
    article: '/news/:slug',
    tag: '/tags/:slug',
    author: '/authors/:slug',
    sitemap: '/sitemaps/articles-:page.xml',
  },
  localePrefix: 'non-default',
  sitemapPageSize: 50_000,
  publication: { name: 'Newsroom' },
};

const absoluteUrl = (name: string) =>
  yup
    .string()
    .test(name, `${name} must be an absolute http(s) URL without query or fragment`, (v) => {
      if (v === undefined) return true;
      try {
        const url = new URL(v);
        return /^https?:$/.test(url.protocol) && !url.search && !url.hash;
      } catch {
        return false;
      }
    });

const pathPattern = (name: string, token: string) =>
  yup
    .string()
    .required()
    .matches(/^\/\S*$/, `site.paths.${name} must start with "/" and hold no space`)
    .test(name, `site.paths.${name} must contain ${token}`, (v) => !v || v.includes(token));

/** BCP 47, loosely: a language subtag and optional subtags (`en`, `uk`, `en-GB`, `zh-Hant-TW`). */
const BCP47 = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

const languages = yup.object().test('languages', function check(value: unknown) {
  if (value === undefined) return true;
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return this.createError({ message: 'site.publication.languages must be an object' });
  for (const [locale, tag] of Object.entries(value as Record<string, unknown>)) {
    if (typeof tag !== 'string' || !BCP47.test(tag))
      return this.createError({
        message: `site.publication.languages.${locale}: ${JSON.stringify(tag)} is not a BCP 47 language tag`,
      });
  }
  return true;
});

export const siteSchema: yup.AnyObjectSchema = yup
  .object({
    url: absoluteUrl('site.url'),
    mediaUrl: absoluteUrl('site.mediaUrl'),
    paths: yup
      .object({
        article: pathPattern('article', ':slug'),
        tag: pathPattern('tag', ':slug'),
        author: pathPattern('author', ':slug'),
        sitemap: pathPattern('sitemap', ':page'),
      })
      .noUnknown(true, 'site.paths has unknown option(s): ${unknown}'),
    localePrefix: yup
      .mixed()
      .oneOf(
        ['non-default', 'always', 'never'],
        'site.localePrefix must be one of non-default, always, never'
      ),
    sitemapPageSize: yup.number().integer().min(1).max(50_000),
    publication: yup
      .object({
        name: yup.string().required().min(1).max(200),
        logo: absoluteUrl('site.publication.logo'),
        languages,
      })
      .noUnknown(true, 'site.publication has unknown option(s): ${unknown}'),
  })
  .noUnknown(true, 'site has unknown option(s): ${unknown}');
