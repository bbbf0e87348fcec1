import { yup } from '@strapi/utils';

import type { SuggestionsQuery } from '../../../../shared/contracts/admin';
import { matches } from './contract';
import { flag, locale, wholeNumber } from './fields';

/** GET /newsroom/suggestions/:documentId: `limit` up to the plugin's `maxLimit`, default 10. */
export const suggestionsQuery = (maxLimit: number) =>
  matches<SuggestionsQuery, 'limit' | 'earlier'>()(
    yup.object({
      limit: wholeNumber(1, maxLimit).default(Math.min(10, maxLimit)),
      locale: locale(),
      earlier: flag().default(false),
    })
  );
