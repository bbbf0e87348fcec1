import { yup } from '@strapi/utils';

import type { FeedQuery, JsonLdQuery, NinjsQuery } from '../../../../shared/contracts/publishing';
import { matches } from './contract';
import { flag, locale, wholeNumber } from './fields';

/** What the feeds and a story's JSON-LD accept (content-api/feed.ts, article.ts). */

export const FEED_DEFAULT_LIMIT = 50;
export const FEED_MAX_LIMIT = 100;

const slug = (name: string) =>
  yup
    .string()
    .trim()
    .min(1, `${name}: must not be empty`)
    .max(200, `${name}: at most 200 characters`);

export const feedQuery = matches<FeedQuery, 'limit'>()(
  yup.object({
    limit: wholeNumber(1, FEED_MAX_LIMIT).default(FEED_DEFAULT_LIMIT),
    tag: slug('tag'),
    section: slug('section'),
    author: slug('author'),
    locale: locale(),
  })
);

export const jsonLdQuery = matches<JsonLdQuery, 'articleBody'>()(
  yup.object({ locale: locale(), articleBody: flag().default(false) })
);

export const ninjsQuery = matches<NinjsQuery>()(yup.object({ locale: locale() }));
