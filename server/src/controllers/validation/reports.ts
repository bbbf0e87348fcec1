import { yup } from '@strapi/utils';

import type { CoverageQuery, ReportQuery, StoryMapQuery } from '../../../../shared/contracts/admin';
import { fieldError } from '../../utils/validation';
import { matches } from './contract';
import { locale, wholeNumber } from './fields';

/** What the reports and the story map accept (admin/reports.ts), one schema per contract. */

export const reportQuery = matches<ReportQuery, 'limit'>()(
  yup.object({ locale: locale(), limit: wholeNumber(1, 100).default(10) })
);

export const coverageQuery = matches<CoverageQuery, 'days' | 'min'>()(
  yup.object({
    locale: locale(),
    days: wholeNumber(1, 366).default(14),
    min: wholeNumber(1, 100).default(1),
  })
);

export const storyMapQuery = matches<StoryMapQuery, 'limit'>()(
  yup.object({
    locale: locale(),
    tag: yup.string().min(1),
    from: yup.string(),
    to: yup.string(),
    limit: wholeNumber(1, 1000).default(300),
  })
);

/**
 * A `from`/`to` bound: an ISO date (a whole UTC day) or date-time. `to` as a date includes its
 * whole day.
 */
const readDateBound = (value: string | undefined, field: 'from' | 'to') => {
  if (value === undefined || value === '') return undefined;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const parsed = Date.parse(dateOnly ? `${value}T00:00:00.000Z` : value);
  if (Number.isNaN(parsed) || !/^\d{4}-\d{2}-\d{2}/.test(value)) {
    throw fieldError(field, `"${value}" is not an ISO date (YYYY-MM-DD) or date-time`);
  }
  const endOfDay = 24 * 60 * 60 * 1000 - 1;
  return new Date(dateOnly && field === 'to' ? parsed + endOfDay : parsed);
};

/** The story map's `from`/`to` as dates; 400 naming the bound that is bad or out of order. */
export const readDateRange = (query: Pick<StoryMapQuery, 'from' | 'to'>) => {
  const from = readDateBound(query.from, 'from');
  const to = readDateBound(query.to, 'to');
  if (from && to && from > to) throw fieldError('to', 'is before from');
  return { from, to };
};
