import { sharedTerms } from './sparse';
import { DAY, type IndexedStory, type IndexView, type Reason } from './types';

const SHOWN_TERMS = 3;

/** Why `other` is suggested for `story`, in the terms an editor reads. */
export const explain = (index: IndexView, story: IndexedStory, other: IndexedStory): Reason[] => {
  const reasons: Reason[] = [];
  const ownTags = new Set(story.tags);
  const total = index.localeSize(story.locale) + 1;
  const tags = [...other.tags]
    .filter((tag) => ownTags.has(tag))
    .sort((a, b) => index.tags.idf(b, total) - index.tags.idf(a, total))
    .map((tag) => index.tags.form(tag));
  if (tags.length > 0) reasons.push({ type: 'tags', tags });
  const terms = sharedTerms(story.vector, other.vector)
    .slice(0, SHOWN_TERMS)
    .map((term) => index.terms.form(term));
  if (terms.length > 0) reasons.push({ type: 'terms', terms });
  const authors = other.authors.filter((author) => story.authors.includes(author));
  if (authors.length > 0) reasons.push({ type: 'author', authors });
  if (story.publishedAt !== null && other.publishedAt !== null) {
    const days = Math.round((story.publishedAt - other.publishedAt) / DAY);
    reasons.push({
      type: 'date',
      days: Math.abs(days),
      direction: days > 0 ? 'earlier' : days < 0 ? 'later' : 'same day',
    });
  }
  return reasons;
};
