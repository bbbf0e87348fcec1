import type { ImportRecord, ImportTag } from '../../../shared/contracts/import';
import { parseIsoDate } from '../utils/iso-date';
import { tagNameKey } from '../utils/tag-name';
import { bodyToBlocks } from './body-blocks';

/**
 * An imported story's article fields, before its authors and tags are resolved. A published
 * story whose `publishedAt` is still to come is embargoed until then: it is imported published
 * and stays out of every public read until that time (a WordPress post scheduled for later, an
 * agency story under embargo).
 */
export const articleFields = (record: ImportRecord, now = new Date()) => {
  const date = record.publishedAt ? parseIsoDate(record.publishedAt) : null;
  return {
    ...storyFields(record),
    datePublished: date,
    embargoUntil: date && date.getTime() > now.getTime() ? date : null,
  };
};

const storyFields = (record: ImportRecord) => ({
  title: record.title,
  lead: record.lead ?? null,
  body: bodyToBlocks(record.body),
  section: record.section ?? null,
  source: record.source ?? null,
  coverCaption: record.coverCaption ?? null,
  coverCredit: record.coverCredit ?? null,
  externalId: record.externalId,
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
