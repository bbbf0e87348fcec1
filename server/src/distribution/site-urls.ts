import type { SiteOptions } from '../config/site';

/**
 * Absolute URLs on the news site, from the `site` options: pure, so the feeds, the sitemaps
 * and the JSON-LD agree on every link, and the reference site can be checked against it.
 */
export type SiteContext = Omit<SiteOptions, 'url' | 'sitemapPageSize'> & {
  url: string;
  /** The app's default locale (i18n): the one without a path prefix under `non-default`. */
  defaultLocale: string;
};

/** Fills `:name` tokens of a pattern with URL-encoded values; unknown tokens stay as they are. */
export const fillPattern = (pattern: string, values: Record<string, string>) =>
  pattern.replace(/:([a-zA-Z]+)/g, (token, name: string) =>
    name in values ? encodeURIComponent(values[name]) : token
  );

const isAbsolute = (url: string) => /^https?:\/\//i.test(url);

export const siteUrls = (site: SiteContext) => {
  const base = site.url.replace(/\/+$/, '');
  const prefixed = (locale: string | undefined) =>
    locale !== undefined &&
    (site.localePrefix === 'always' ||
      (site.localePrefix === 'non-default' && locale !== site.defaultLocale));

  /** A page of the site in `locale`: `:locale` in the pattern, else the locale prefix rule. */
  const page = (pattern: string, slug: string, locale?: string) => {
    const path = fillPattern(pattern, { slug, locale: locale ?? site.defaultLocale });
    const prefix = !pattern.includes(':locale') && prefixed(locale);
    return `${base}${prefix ? `/${encodeURIComponent(locale!)}` : ''}${path}`;
  };

  return {
    /** The site's home page in a locale. */
    home: (locale?: string) =>
      `${base}${prefixed(locale) ? `/${encodeURIComponent(locale!)}` : ''}/`,
    article: (slug: string, locale?: string) => page(site.paths.article, slug, locale),
    tag: (slug: string, locale?: string) => page(site.paths.tag, slug, locale),
    author: (slug: string, locale?: string) => page(site.paths.author, slug, locale),
    /** The n-th article sitemap, where the site serves it (n from 1). */
    sitemap: (n: number) => `${base}${fillPattern(site.paths.sitemap, { page: String(n) })}`,
    /** An upload's absolute URL: as stored when absolute, else on `mediaUrl` (none without it). */
    media: (url: string | null | undefined): string | undefined => {
      if (!url) return undefined;
      if (isAbsolute(url)) return url;
      if (!site.mediaUrl) return undefined;
      return `${site.mediaUrl.replace(/\/+$/, '')}${url.startsWith('/') ? '' : '/'}${url}`;
    },
    /** The BCP 47 language of a locale (`publication.languages`, else the locale code). */
    language: (locale: string) => site.publication.languages?.[locale] ?? locale,
  };
};

export type SiteUrls = ReturnType<typeof siteUrls>;

/**
 * The language as Google News sitemaps want it: ISO 639 (the primary subtag), except the two
 * Chinese scripts they name (`zh-cn`, `zh-tw`).
 */
export const newsLanguage = (tag: string) => {
  const lower = tag.toLowerCase();
  if (/^zh-(cn|hans)/.test(lower)) return 'zh-cn';
  if (/^zh-(tw|hant)/.test(lower)) return 'zh-tw';
  return lower.split('-')[0];
};
