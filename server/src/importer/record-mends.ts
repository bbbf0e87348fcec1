import { blocksToText } from '../utils/blocks-text';
import { bodyToBlocks, type Warn } from './body-blocks';
import { publicAuthorName } from './emails';
import { clip } from './wxr/text';

/** What the mends need: where to tell what they did, and the name of an unnamed author. */
export type MendContext = { warn: Warn; anonymousAuthorName: string };

/** The longest headline made from a story's first words (cut at a word, with "…"). */
export const TITLE_FROM_TEXT_MAX = 80;

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The first words of a story as a reader meets them: its lead, else its body. */
const firstWords = (record: Record<string, unknown>) => {
  const lead = text(record.lead).replace(/\s+/g, ' ').trim();
  if (lead) return lead;
  return blocksToText(bodyToBlocks(text(record.body)))
    .replace(/\s+/g, ' ')
    .trim();
};

/**
 * Mends, before the record is checked, the details that would otherwise refuse a whole story
 * (docs/import.md, "Mends and warnings"); each is told to `warn`. `limits` are the record
 * schema's array limits. Works on the parsed JSON as given: anything of the wrong type is left
 * for the schema to refuse.
 */
export const mendRecord = (
  record: Record<string, unknown>,
  limits: Record<'tags' | 'authors' | 'related', number | undefined>,
  { warn, anonymousAuthorName }: MendContext
) => {
  if (record.title === undefined || record.title === null || text(record.title).trim() === '') {
    const words = clip(firstWords(record), TITLE_FROM_TEXT_MAX);
    if (words) {
      record.title = words;
      warn(`title: the story has no headline; titled from its first words: "${words}"`);
    }
  }
  for (const field of ['tags', 'authors', 'related'] as const) {
    const list = record[field];
    const max = limits[field];
    if (Array.isArray(list) && max !== undefined && list.length > max) {
      record[field] = list.slice(0, max);
      warn(`${field}: ${list.length} given, more than ${max}; the first ${max} are kept`);
    }
  }
  if (Array.isArray(record.authors)) {
    record.authors = record.authors.map((author) => {
      if (typeof author !== 'string') return author;
      const { name, reason } = publicAuthorName([author], anonymousAuthorName);
      if (reason) warn(`authors: ${reason}`);
      return name;
    });
  }
  if (typeof record.body === 'string' && /<(ul|ol|a)[\s>]/i.test(record.body)) {
    bodyToBlocks(record.body, warn); // tells what the body's conversion will mend
  }
};
