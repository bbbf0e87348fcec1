import type { ImportRecord, ImportTag } from '../../../shared/contracts/import';
import { parseIsoDate } from '../utils/iso-date';
import { tagNameKey } from '../utils/tag-name';
import { bodyToBlocks } from './body-blocks';

/** An imported story's article fields, before its authors and tags are resolved. */
export const articleFields = (record: ImportRecord) => ({
  title: record.title,
  lead: record.lead ?? null,
  body: bodyToBlocks(record.body),
  section: record.section ?? null,
  source: record.source ?? null,
  coverCaption: record.coverCaption ?? null,
  coverCredit: record.coverCredit ?? null,
  externalId: record.externalId,
  datePublished: record.publishedAt ? parseIsoDate(record.publishedAt) : null,
});

/** Names said twice in one line ("RT Energy", "rt energy") count once, first spelling. */
export const distinctNames = <T extends ImportTag>(names: T[] | undefined): T[] => {
  const seen = new Map<string, T>();
  for (const name of names ?? []) {
    const key = tagNameKey(typeof name === 'string' ? name : name.name);
    if (!seen.has(key)) seen.set(key, name);
  }
  return [...seen.values()];
};

/** A tag of a record as a name and the slug asked for (null: made from the name). */
export const tagOf = (tag: ImportTag) =>
  typeof tag === 'string' ? { name: tag, slug: null } : { name: tag.name, slug: tag.slug ?? null };
