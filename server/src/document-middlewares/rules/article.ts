import { fieldError } from '../../utils/validation';
import { isBlank } from '../types';

/**
 * The article write rules that need no database, shared by the document middlewares and the
 * importer's bulk path (which writes rows without the Document Service): one code, both writers.
 */

/** Headlines are stored trimmed. */
export const trimTitle = (data: Record<string, unknown>) => {
  if (typeof data.title === 'string') data.title = data.title.trim();
};

const isNode = (value: unknown) =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  typeof (value as { type?: unknown }).type === 'string';

/** `body` is rich text (a list of block objects) or null; anything else is refused. */
export const checkBody = (body: unknown) => {
  if (body === undefined || body === null) return;
  if (!Array.isArray(body)) {
    throw fieldError('body', `must be a list of blocks (rich text), not ${typeof body}`);
  }
  const bad = body.findIndex((block) => !isNode(block));
  if (bad >= 0) throw fieldError('body', `block ${bad} must be an object with a "type"`);
};

/**
 * A story published now without a date given gets today's, or the end of its embargo when it
 * has one (readers first see it then); a date given is kept.
 */
export const stampDatePublished = (data: Record<string, unknown>, now = new Date()) => {
  if ('datePublished' in data && !isBlank(data.datePublished)) return;
  data.datePublished = isBlank(data.embargoUntil) ? now : data.embargoUntil;
};

/** The plugin's private article columns: computed by the plugin, never taken from a caller. */
export const ARTICLE_PRIVATE_FIELDS = ['importHash'];
export const TAG_PRIVATE_FIELDS = ['nameKey'];
export const LINK_PRIVATE_FIELDS = ['targetDocumentId', 'label'];

/** Drops `fields` from a write's data. */
export const dropPrivateFields = (data: unknown, fields: string[]) => {
  if (data && typeof data === 'object') {
    for (const field of fields) delete (data as Record<string, unknown>)[field];
  }
};
