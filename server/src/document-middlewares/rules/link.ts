import { fieldError } from '../../utils/validation';

/**
 * The related-news link rules that need no database, shared by the document middlewares
 * (`link-numbers`, `link-rules`, `link-placement`) and the importer's bulk links.
 */

/** The bounds of a link's numbers; the schema says the same (`min`/`max`). */
export const POSITION_MAX = 10_000;
export const SCORE_MAX = 100;

/** `position`: a whole number from 0 to POSITION_MAX; `score`: a finite number from 0 to SCORE_MAX. */
export const checkLinkNumbers = (data: Record<string, unknown>) => {
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
};

/**
 * A link belongs to an article and points to exactly one of an article (never its own) or
 * an external URL, which then needs a title.
 */
export const checkLinkEnds = (link: {
  articleId: string | null;
  targetId: string | null;
  externalUrl: string | null;
  title: string | null;
}) => {
  if (!link.articleId) throw fieldError('article', 'is required: the article the link belongs to');
  if (Boolean(link.targetId) === Boolean(link.externalUrl)) {
    throw fieldError('target', 'give exactly one of target (an article) or externalUrl');
  }
  if (link.targetId === link.articleId) {
    throw fieldError('target', 'an article cannot link to itself');
  }
  if (link.externalUrl && !link.title)
    throw fieldError('title', 'is required for an external link');
};

/** `afterBlock`: null (after the body) or a block of a body of `blocks` blocks (null: unknown). */
export const checkAfterBlock = (afterBlock: unknown, blocks: number | null) => {
  if (afterBlock === undefined || afterBlock === null) return;
  if (typeof afterBlock !== 'number' || !Number.isInteger(afterBlock) || afterBlock < 0) {
    throw fieldError('afterBlock', 'must be a whole number from 0, or null (after the body)');
  }
  if (blocks !== null && afterBlock >= blocks) {
    throw fieldError(
      'afterBlock',
      blocks === 0
        ? 'the article has no body: leave it empty (after the body)'
        : `must be less than ${blocks}, the number of blocks of the article's body`
    );
  }
};
