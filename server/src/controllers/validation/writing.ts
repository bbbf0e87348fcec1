import { yup } from '@strapi/utils';

import type { AnchorsQuery, DraftSuggestionsBody } from '../../../../shared/contracts/writing';
import { blocksToText } from '../../utils/blocks-text';
import { matches } from './contract';
import { documentId, locale, wholeNumber } from './fields';

/** What the "link while you write" routes accept (admin/writing.ts). */

/** Bounds of a draft: the article's own limits, and a body an editor could have written. */
export const DRAFT_LIMITS = { title: 300, lead: 1000, blocks: 200, characters: 100_000 };

export const anchorsQuery = (maxLimit: number) =>
  matches<AnchorsQuery, 'limit'>()(
    yup.object({
      locale: locale(),
      limit: wholeNumber(1, maxLimit).default(Math.min(10, maxLimit)),
    })
  );

/** A JSON body is read strictly (no defaults): the controller fills in `limit`. */
export const draftSuggestionsBody = (maxLimit: number) =>
  matches<DraftSuggestionsBody>()(
    yup.object({
      locale: locale(),
      documentId: documentId(),
      title: yup.string().max(DRAFT_LIMITS.title, '${path}: at most ${max} characters'),
      lead: yup.string().max(DRAFT_LIMITS.lead, '${path}: at most ${max} characters'),
      body: yup
        .array()
        .of(yup.mixed<unknown>().test('block', '${path}: a block must be an object', isBlock))
        .max(DRAFT_LIMITS.blocks, '${path}: at most ${max} blocks')
        .test(
          'characters',
          `\${path}: at most ${DRAFT_LIMITS.characters} characters of text`,
          (blocks) => blocksToText(blocks ?? []).length <= DRAFT_LIMITS.characters
        ),
      tags: yup
        .array()
        .of(yup.string().required().max(100, '${path}: at most ${max} characters'))
        .max(50, '${path}: at most ${max} tags'),
      limit: yup
        .number()
        .integer('${path}: must be a whole number')
        .min(1, `\${path}: must be a whole number from 1 to ${maxLimit}`)
        .max(maxLimit, `\${path}: must be a whole number from 1 to ${maxLimit}`),
    })
  );

function isBlock(value: unknown) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
