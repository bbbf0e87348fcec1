import { draftMode } from 'next/headers';

import { isLocale, paths } from '@/lib/i18n';
import { buildJsonLd, scriptJson } from '@/lib/jsonld';
import { articleBySlug, articleJsonLd } from '@/lib/newsroom';
import { siteUrl } from '@/lib/seo';

type Props = { params: Promise<{ locale: string; slug: string }> };

/**
 * The article's schema.org NewsArticle, in the head (the layout puts this slot there): the
 * plugin's own JSON-LD when the newsroom has the route, else built from the article.
 */
export default async function ArticleJsonLd({ params }: Props) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return null;
  const { isEnabled: draft } = await draftMode();
  const article = await articleBySlug(decodeURIComponent(slug), locale, draft);
  if (!article?.slug) return null;
  const url = `${await siteUrl()}${paths.article(locale, article.slug)}`;
  const doc =
    (draft ? null : await articleJsonLd(article.documentId, locale)) ?? buildJsonLd(article, url);
  return (
    <script
      type="application/ld+json"
      data-testid="article-jsonld"
      dangerouslySetInnerHTML={{ __html: scriptJson(doc) }}
    />
  );
}
