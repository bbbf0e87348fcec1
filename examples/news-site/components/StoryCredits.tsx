import Link from 'next/link';

import { formatDate, messages, paths } from '@/lib/i18n';
import type { Article, Correction, Locale } from '@/lib/types';

/** The newest correction or update of a story, or undefined when it has none. */
const newest = (corrections: Correction[]) =>
  corrections.reduce<Correction | undefined>(
    (latest, entry) => (!latest || entry.date > latest.date ? entry : latest),
    undefined
  );

/** Under the byline: "Photo: …" (the photographers) and "Updated <date>" (the newest entry). */
export function Credits({ article, locale }: { article: Article; locale: Locale }) {
  const t = messages(locale);
  const photographers = (article.contributors ?? []).flatMap((c) =>
    c.role === 'photographer' && c.author ? [c.author] : []
  );
  const latest = newest(article.corrections ?? []);
  if (photographers.length === 0 && !latest) return null;
  return (
    <p className="credits" data-testid="article-credits">
      {photographers.length > 0 ? (
        <span data-testid="photo-credit">
          {`${t.photoBy} `}
          {photographers.map((author, i) => (
            <span key={author.documentId}>
              {i > 0 ? ', ' : null}
              <Link href={paths.author(locale, author.slug)}>{author.name}</Link>
            </span>
          ))}
        </span>
      ) : null}
      {photographers.length > 0 && latest ? ' · ' : null}
      {latest ? (
        <span data-testid="article-updated">
          {`${t.updated} `}
          <time dateTime={latest.date}>{formatDate(latest.date, locale)}</time>
        </span>
      ) : null}
    </p>
  );
}

/** At the end of the story: its corrections, updates and clarifications, oldest first. */
export function Corrections({ article, locale }: { article: Article; locale: Locale }) {
  const t = messages(locale);
  const entries = [...(article.corrections ?? [])].sort((a, b) => a.date.localeCompare(b.date));
  if (entries.length === 0) return null;
  return (
    <section className="corrections" data-testid="article-corrections">
      <h2>{t.corrections}</h2>
      <ul>
        {entries.map((entry) => (
          <li key={entry.id}>
            <strong>{t[entry.kind]}</strong>{' '}
            <time dateTime={entry.date}>{formatDate(entry.date, locale)}</time>
            {entry.note ? `: ${entry.note}` : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
