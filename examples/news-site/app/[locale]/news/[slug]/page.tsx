import type { Metadata } from 'next';
import { draftMode } from 'next/headers';
import { notFound } from 'next/navigation';

import { ArticleView } from '@/components/ArticleView';
import { LOCALES, isLocale, paths } from '@/lib/i18n';
import { articleBySlug, articleSlugIn, related, relatedNews } from '@/lib/newsroom';
import { alternates } from '@/lib/seo';
import type { Locale } from '@/lib/types';

type Props = { params: Promise<{ locale: string; slug: string }> };

/** The story, read as a draft (with the preview token) while an editor is in draft mode. */
const load = async ({ params }: Props) => {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return null;
  const { isEnabled: draft } = await draftMode();
  const article = await articleBySlug(decodeURIComponent(slug), locale, draft);
  return article ? { article, locale, draft } : null;
};

export async function generateMetadata(props: Props): Promise<Metadata> {
  const found = await load(props);
  if (!found) return {};
  const { article, locale, draft } = found;
  const slugs = new Map<Locale, string | null>([[locale, article.slug]]);
  for (const other of LOCALES.filter((l) => l !== locale)) {
    slugs.set(other, await articleSlugIn(article.documentId, other));
  }
  return {
    title: article.title,
    description: article.lead ?? undefined,
    alternates: alternates(locale, (l) => {
      const slug = slugs.get(l);
      return slug ? paths.article(l, slug) : null;
    }),
    openGraph: { type: 'article', title: article.title, description: article.lead ?? undefined },
    ...(draft ? { robots: { index: false, follow: false } } : {}),
  };
}

export default async function ArticlePage(props: Props) {
  const found = await load(props);
  if (!found) notFound();
  const { article, locale } = found;
  const [links, relatedItems] = await Promise.all([
    relatedNews(article.documentId, locale),
    related(article.documentId, locale, 10),
  ]);
  return <ArticleView article={article} locale={locale} links={links} related={relatedItems} />;
}
