import Link from 'next/link';

import { formatDate, messages, paths } from '@/lib/i18n';
import { mediaUrl } from '@/lib/newsroom';
import type { Article, Locale, RelatedItem, RelatedNewsLink } from '@/lib/types';

import { ArticleBody } from './ArticleBody';
import { LinkBox } from './LinkBox';
import { Corrections, Credits } from './StoryCredits';
import { StoryList } from './StoryList';

/** The cover with its caption and credit ("caption / credit", as news pages print them). */
function Cover({ article, locale }: { article: Article; locale: Locale }) {
  const { cover, coverCaption, coverCredit } = article;
  if (!cover?.url && !coverCaption && !coverCredit) return null;
  return (
    <figure className="cover" data-testid="article-cover">
      {cover?.url ? (
        // A plain <img>: the newsroom's uploads are served as they are, from its own host.
        <img
          src={mediaUrl(cover.url)}
          alt={cover.alternativeText || coverCaption || ''}
          width={cover.width ?? undefined}
          height={cover.height ?? undefined}
        />
      ) : (
        <div className="cover-placeholder" aria-hidden="true">
          {messages(locale).photo}
        </div>
      )}
      <figcaption>
        {coverCaption ? <span data-testid="cover-caption">{coverCaption}</span> : null}
        {coverCaption && coverCredit ? ' / ' : null}
        {coverCredit ? (
          <span className="credit" data-testid="cover-credit">
            {coverCredit}
          </span>
        ) : null}
      </figcaption>
    </figure>
  );
}

function Byline({ article, locale }: { article: Article; locale: Locale }) {
  const authors = article.authors ?? [];
  const date = formatDate(article.datePublished, locale);
  if (authors.length === 0 && !date) return null;
  return (
    <p className="byline" data-testid="article-byline">
      {authors.length > 0 ? `${messages(locale).by} ` : null}
      {authors.map((author, i) => (
        <span key={author.documentId}>
          {i > 0 ? ', ' : null}
          <Link href={paths.author(locale, author.slug)} rel="author">
            {author.name}
          </Link>
        </span>
      ))}
      {date && article.datePublished ? (
        <>
          {authors.length > 0 ? ' · ' : null}
          <time dateTime={article.datePublished}>{date}</time>
        </>
      ) : null}
      {article.dateline ? <span className="dateline"> · {article.dateline}</span> : null}
    </p>
  );
}

/**
 * A story laid out as the seed page is: headline, lead, cover with caption and credit, byline,
 * photo credit and update time, body with its "Read also" boxes, the running story's tag, its
 * corrections and updates, background links, "More like this".
 */
export function ArticleView({
  article,
  locale,
  links,
  related,
}: {
  article: Article;
  locale: Locale;
  links: RelatedNewsLink[];
  related: RelatedItem[];
}) {
  const t = messages(locale);
  const ofKind = (...kinds: string[]) => links.filter((link) => kinds.includes(link.kind));
  const moreLikeThis = related.filter((item) => item.kind === 'more-like-this').slice(0, 5);
  return (
    <article className="article" data-testid="article">
      {article.section ? <p className="kicker">{article.section}</p> : null}
      <h1 data-testid="article-headline">{article.title}</h1>
      {article.lead ? (
        <p className="lead" data-testid="article-lead">
          {article.lead}
        </p>
      ) : null}
      <Cover article={article} locale={locale} />
      <Byline article={article} locale={locale} />
      <Credits article={article} locale={locale} />
      <ArticleBody locale={locale} body={article.body} readAlso={ofKind('read-also')} />
      {article.tags?.length ? (
        <nav className="tags" data-testid="article-tags" aria-label={t.tag}>
          {article.tags.map((tag) => (
            <Link
              key={tag.documentId}
              href={paths.tag(locale, tag.slug)}
              rel="tag"
              className={tag.runningStory ? 'tag running-story' : 'tag'}
            >
              {tag.name}
            </Link>
          ))}
        </nav>
      ) : null}
      <Corrections article={article} locale={locale} />
      <LinkBox
        locale={locale}
        title={t.background}
        links={ofKind('background')}
        className="background"
        testId="background-links"
      />
      <LinkBox
        locale={locale}
        title={t.seeAlso}
        links={ofKind('follow-up', 'see-also')}
        className="see-also"
        testId="see-also-links"
      />
      {moreLikeThis.length > 0 ? (
        <section className="more-like-this" data-testid="more-like-this">
          <h2>{t.moreLikeThis}</h2>
          <StoryList locale={locale} stories={moreLikeThis} />
        </section>
      ) : null}
    </article>
  );
}
