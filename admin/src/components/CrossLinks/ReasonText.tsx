import { Typography } from '@strapi/design-system';

import type { SuggestionReason } from '../../../../shared/contracts/related';
import { useT } from '../../hooks/useT';

/** One reason a story is suggested, in plain words ("Shares tags Ukraine – NATO, NATO summit"). */
export const useReasonText = () => {
  const t = useT();
  return (reason: SuggestionReason): string => {
    switch (reason.type) {
      case 'tags':
        return t('reason.tags', { count: reason.tags.length, tags: reason.tags.join(', ') });
      case 'terms':
        return t('reason.terms', { terms: reason.terms.join(', ') });
      case 'author':
        return t('reason.author', {
          count: reason.authors.length,
          authors: reason.authors.join(', '),
        });
      case 'date':
        if (reason.direction === 'same day' || reason.days === 0) return t('reason.date.same');
        return t(reason.direction === 'earlier' ? 'reason.date.earlier' : 'reason.date.later', {
          days: reason.days,
        });
    }
  };
};

export const ReasonList = ({ reasons }: { reasons: SuggestionReason[] }) => {
  const reasonText = useReasonText();
  if (reasons.length === 0) return null;
  return (
    <ul>
      {reasons.map((reason) => (
        <li key={reason.type}>
          <Typography variant="pi" textColor="neutral600">
            {reasonText(reason)}
          </Typography>
        </li>
      ))}
    </ul>
  );
};
