import { yup } from '@strapi/utils';

import type { RelatedQuery } from '../../../../shared/contracts/related';
import { matches } from './contract';
import { locale, wholeNumber } from './fields';

/**
 * GET /api/newsroom/articles/:id/related (Content API): `limit` from 1 to the plugin's
 * `maxLimit`, `defaultLimit` when absent. Strapi's core routes validate their own query.
 */
export const relatedQuery = (defaultLimit: number, maxLimit: number) =>
  matches<RelatedQuery, 'limit'>()(
    yup.object({ limit: wholeNumber(1, maxLimit).default(defaultLimit), locale: locale() })
  );
