import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { StoryList } from '@/components/StoryList';
import { isLocale, messages, paths } from '@/lib/i18n';
import { authorBySlug, storiesOfAuthor } from '@/lib/newsroom';
import { alternates } from '@/lib/seo';

type Props = { params: Promise<{ locale: string; slug: string }> };

const load = async ({ params }: Props) => {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return null;
  const author = await authorBySlug(decodeURIComponent(slug));
  return author ? { author, locale } : null;
};

export async function generateMetadata(props: Props): Promise<Metadata> {
  const found = await load(props);
  if (!found) return {};
  const { author, locale } = found;
  return {
    title: author.name,
    description: author.bio ?? undefined,
    alternates: alternates(locale, (l) => paths.author(l, author.slug)),
  };
}

/** A byline's page: who the author is, their public profiles and their stories. */
export default async function AuthorPage(props: Props) {
  const found = await load(props);
  if (!found) notFound();
  const { author, locale } = found;
  const t = messages(locale);
  const stories = await storiesOfAuthor(author.slug, locale);
  return (
    <div className="listing" data-testid="author-page">
      <p className="kicker">{author.jobTitle || t.author}</p>
      <h1>{author.name}</h1>
      {author.bio ? <p className="lead">{author.bio}</p> : null}
      {author.links?.length ? (
        <ul className="profiles">
          {author.links.map((link) => (
            <li key={link.url}>
              <a href={link.url} rel="me noopener">
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <h2>{t.storiesOfAuthor}</h2>
      {stories.length === 0 ? <p>{t.noStories}</p> : null}
      <StoryList locale={locale} stories={stories} leads testId="author-stories" />
    </div>
  );
}
