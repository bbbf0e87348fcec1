import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { StoryList } from '@/components/StoryList';
import { isLocale, messages, paths } from '@/lib/i18n';
import { latestArticles } from '@/lib/newsroom';
import { alternates } from '@/lib/seo';
import type { ArticleSummary } from '@/lib/types';

type Props = { params: Promise<{ locale: string }> };

const PER_SECTION = 5;

/** Sections in the order of their newest story; each with its newest stories. */
const bySection = (stories: ArticleSummary[], other: string) => {
  const sections = new Map<string, ArticleSummary[]>();
  for (const story of stories) {
    const section = story.section?.trim() || other;
    const list = sections.get(section) ?? [];
    if (list.length < PER_SECTION) list.push(story);
    sections.set(section, list);
  }
  return [...sections.entries()];
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return {
    title: messages(locale).latest,
    alternates: alternates(locale, (l) => paths.home(l)),
  };
}

export default async function Home({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = messages(locale);
  const sections = bySection(await latestArticles(locale), t.otherSection);
  return (
    <div className="home">
      <h1>{t.latest}</h1>
      {sections.length === 0 ? <p>{t.noStories}</p> : null}
      <div className="sections">
        {sections.map(([section, stories], i) => (
          <section key={section} className="home-section" data-testid="home-section">
            <h2>{section}</h2>
            <StoryList locale={locale} stories={stories} leads={i === 0} />
          </section>
        ))}
      </div>
    </div>
  );
}
