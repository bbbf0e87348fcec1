import type { Metadata } from 'next';
import { draftMode } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';

import { PreviewBanner } from '@/components/PreviewBanner';
import { isLocale, messages, paths } from '@/lib/i18n';
import { feedTypes, siteUrl } from '@/lib/seo';

import '../globals.css';

/** Every page reads the newsroom when it is asked for: nothing is rendered at build time. */
export const dynamic = 'force-dynamic';

type Props = { children: ReactNode; jsonld: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({
  params,
}: Omit<Props, 'children' | 'jsonld'>): Promise<Metadata> {
  const { locale: asked } = await params;
  const locale = isLocale(asked) ? asked : 'en';
  const t = messages(locale);
  return {
    metadataBase: new URL(await siteUrl()),
    title: { default: t.siteName, template: `%s · ${t.siteName}` },
    description: t.tagline,
    // Feed readers find the language's feeds from any page.
    alternates: { types: feedTypes(locale) },
  };
}

/**
 * The root layout of both languages (`/` English, `/uk` Ukrainian; proxy.ts maps `/…` to
 * `/en/…`). `jsonld` is a parallel route: an article's JSON-LD, placed in the head.
 */
export default async function LocaleLayout({ children, jsonld, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = messages(locale);
  const other = locale === 'en' ? 'uk' : 'en';
  const { isEnabled: preview } = await draftMode();
  return (
    <html lang={locale}>
      <head>{jsonld}</head>
      <body>
        {preview ? <PreviewBanner locale={locale} /> : null}
        <header className="site-header">
          <Link href={paths.home(locale)} className="site-name">
            {t.siteName}
          </Link>
          <Link href={paths.home(other)} hrefLang={other} lang={other} className="language">
            {t.language}
          </Link>
        </header>
        <main>{children}</main>
        <footer className="site-footer">{t.tagline}</footer>
      </body>
    </html>
  );
}
