import Link from 'next/link';

import { paths } from '@/lib/i18n';
import type { ArticleSummary, Locale } from '@/lib/types';

/** A link to a story of the newsroom, or to an external page an editor linked. */
export function StoryLink({
  locale,
  story,
  externalUrl,
  title,
}: {
  locale: Locale;
  story?: ArticleSummary | null;
  externalUrl?: string | null;
  title?: string | null;
}) {
  if (story?.slug) return <Link href={paths.article(locale, story.slug)}>{story.title}</Link>;
  if (externalUrl) {
    return (
      <a href={externalUrl} rel="noopener" className="external">
        {title || externalUrl}
      </a>
    );
  }
  return null;
}
