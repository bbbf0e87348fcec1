import { yup } from '@strapi/utils';

import type { NoParams } from '../../../../shared/contracts/admin';
import { LINK_KINDS, type LinkKind, type LinkOrigin } from '../../../../shared/contracts/uids';
import { matches } from './contract';

/** The building blocks of the route schemas in this folder. */

export const documentId = () => yup.string().trim().min(1).max(64);

/** `locale`: a string here; readInput checks it is a locale of the app. */
export const locale = () => yup.string();

export const linkKind = () => yup.mixed<LinkKind>().oneOf([...LINK_KINDS]);

export const editorOrigin = () =>
  yup.mixed<Extract<LinkOrigin, 'editor' | 'suggestion'>>().oneOf(['editor', 'suggestion']);

/**
 * A whole number in a query string, from `min` to `max`: plain decimal digits only. `Number()`
 * (and yup's own cast) would take `1e1`, `0x10`, ` 3`, `3.0` and `limit[]=3`; they are refused.
 * An empty value counts as absent.
 */
export const wholeNumber = (min: number, max: number) => {
  const message = `\${path}: must be a whole number from ${min} to ${max}`;
  return yup
    .number()
    .transform((_cast: unknown, given: unknown) => {
      if (given === '') return undefined;
      if (typeof given === 'string') return /^\d+$/.test(given) ? Number(given) : NaN;
      return typeof given === 'number' ? given : NaN;
    })
    .typeError(message)
    .integer(message)
    .min(min, message)
    .max(max, message);
};

/** A `true`/`false` query parameter; an empty value counts as absent. */
export const flag = () =>
  yup
    .boolean()
    .transform((_cast: unknown, given: unknown) => {
      if (given === '') return undefined;
      if (given === 'true' || given === 'false') return given === 'true';
      return typeof given === 'boolean' ? given : NaN;
    })
    .typeError('${path}: must be true or false');

/** A link's place in its story's body: a block index, or null (after the body). */
export const afterBlock = () =>
  yup
    .number()
    .nullable()
    .integer('${path}: must be a whole number from 0, or null')
    .min(0, '${path}: must be a whole number from 0, or null');

/** Routes that take no parameter: GET /index/status, POST /index/rebuild. */
export const noParams = matches<NoParams>()(yup.object({}));
