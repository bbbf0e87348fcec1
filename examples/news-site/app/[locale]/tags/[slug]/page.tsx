import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { StoryList } from '@/components/StoryList';
import { isLocale, messages, paths } from '@/lib/i18n';
import { storiesOfTag, tagBySlug } from '@/lib/newsroom';
import { alternates } from '@/lib/seo';

type Props = { params: Promise<{ locale: string; slug: string }> };

const load = async ({ params }: Props) => {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return null;
  const tag = await tagBySlug(decodeURIComponent(slug));
  return tag ? { tag, locale } : null;
};

export async function generateMetadata(props: Props): Promise<Metadata> {
  const found = await load(props);
  if (!found) return {};
  const { tag, locale } = found;
  return {
    title: tag.name,
    description: tag.description ?? undefined,
    alternates: alternates(locale, (l) => paths.tag(l, tag.slug)),
  };
}

/** A tag, or a running story: its stories in this language, newest first. */
export default async function TagPage(props: Props) {
  const found = await load(props);
  if (!found) notFound();
  const { tag, locale } = found;
  const t = messages(locale);
  const stories = await storiesOfTag(tag.slug, locale);
  return (
    <div className="listing" data-testid="tag-page">
      <p className="kicker">{tag.runningStory ? t.runningStory : t.tag}</p>
      <h1>{tag.name}</h1>
      {tag.description ? <p className="lead">{tag.description}</p> : null}
      <h2>{t.storiesOfTag}</h2>
      {stories.length === 0 ? <p>{t.noStories}</p> : null}
      <StoryList locale={locale} stories={stories} leads testId="tag-stories" />
    </div>
  );
}
