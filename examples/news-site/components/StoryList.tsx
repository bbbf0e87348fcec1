import { formatDate } from '@/lib/i18n';
import type { ArticleSummary, Locale } from '@/lib/types';

import { StoryLink } from './StoryLink';

/** Stories as a list: headline, date and section, and the lead when asked for. */
export function StoryList({
  locale,
  stories,
  leads = false,
  testId,
}: {
  locale: Locale;
  stories: ArticleSummary[];
  leads?: boolean;
  testId?: string;
}) {
  return (
    <ul className="stories" data-testid={testId}>
      {stories.map((story) => (
        <li key={story.documentId} data-testid="story">
          <h3>
            <StoryLink locale={locale} story={story} />
          </h3>
          <p className="meta">
            {story.datePublished ? (
              <time dateTime={story.datePublished}>{formatDate(story.datePublished, locale)}</time>
            ) : null}
            {story.section ? <span className="section"> · {story.section}</span> : null}
          </p>
          {leads && story.lead ? <p className="summary">{story.lead}</p> : null}
        </li>
      ))}
    </ul>
  );
}
