/**
 * Absolute URLs and `hreflang` alternates. The site's own address is `SITE_URL` when set,
 * otherwise the host the request came to.
 */
import type { Metadata } from 'next';
import { headers } from 'next/headers';

import { DEFAULT_LOCALE, LOCALES, paths } from './i18n';
import type { Locale } from './types';

export const siteUrl = async () => {
  if (process.env.SITE_URL) return process.env.SITE_URL.replace(/\/+$/, '');
  const request = await headers();
  const host = request.get('x-forwarded-host') ?? request.get('host') ?? 'localhost:3000';
  const protocol = request.get('x-forwarded-proto') ?? 'http';
  return `${protocol}://${host}`;
};

/**
 * The page in each language it exists in (`null`: not in that language), as `canonical` and
 * `<link rel="alternate" hreflang>` (with `x-default`, the default locale's page), and the
 * language's feeds.
 */
export const alternates = (
  current: Locale,
  pathIn: (locale: Locale) => string | null
): Metadata['alternates'] => {
  const languages: Record<string, string> = {};
  for (const locale of LOCALES) {
    const path = pathIn(locale);
    if (path) languages[locale] = path;
  }
  const fallback = languages[DEFAULT_LOCALE] ?? languages[current];
  if (fallback) languages['x-default'] = fallback;
  return { canonical: pathIn(current) ?? undefined, languages, types: feedTypes(current) };
};

/** The language's feeds, as `<link rel="alternate" type="application/rss+xml">` and Atom. */
export const feedTypes = (locale: Locale) => ({
  'application/rss+xml': paths.rss(locale),
  'application/atom+xml': paths.atom(locale),
});
