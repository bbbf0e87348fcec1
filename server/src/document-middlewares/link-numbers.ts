import { UID } from '../../../shared/contracts/uids';
import { fieldError } from '../utils/validation';
import type { DocumentMiddleware } from './types';

/** The bounds of a link's numbers; the schema says the same (`min`/`max`). */
export const POSITION_MAX = 10_000;
export const SCORE_MAX = 100;

/**
 * A link's `position` is a whole number from 0 to POSITION_MAX (an editor's order, never a
 * huge value that every later link would inherit), and its `score` a finite number from 0 to
 * SCORE_MAX (the engine's score: text similarity plus tag and author weights). Checked here
 * as well as in the schema so that the message is the same on every path.
 */
const linkNumbers: DocumentMiddleware = {
  uid: UID.relatedNews,
  actions: ['create', 'update'],
  async handle(_strapi, { params }, next) {
    const data = params.data ?? {};
    // Form posts may send whole numbers as text; anything else stays as sent and is refused.
    for (const field of ['position', 'score']) {
      const value = data[field];
      if (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value)) data[field] = Number(value);
    }
    const { position, score } = data;
    if (position !== undefined && position !== null) {
      if (
        typeof position !== 'number' ||
        !Number.isInteger(position) ||
        position < 0 ||
        position > POSITION_MAX
      ) {
        throw fieldError('position', `must be a whole number from 0 to ${POSITION_MAX}`);
      }
    }
    if (score !== undefined && score !== null) {
      if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > SCORE_MAX) {
        throw fieldError('score', `must be a number from 0 to ${SCORE_MAX}`);
      }
    }
    return next();
  },
};

export default linkNumbers;
