import { UID } from '../../../shared/contracts/uids';
import { checkLinkNumbers } from './rules/link';
import type { DocumentMiddleware } from './types';

export { POSITION_MAX, SCORE_MAX } from './rules/link';

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
    checkLinkNumbers(params.data ?? {});
    return next();
  },
};

export default linkNumbers;
