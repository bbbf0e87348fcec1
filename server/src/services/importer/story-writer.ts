import type { Core } from '@strapi/strapi';

import type { ImportRecord, ImportTag } from '../../../../shared/contracts/import';
import { UID } from '../../../../shared/contracts/uids';
import { articleFields, distinctNames, tagOf } from '../../importer/article-data';
import { recordChecksum } from '../../importer/checksum';
import { articleRepository } from '../../repositories/articles';
import { importRows } from '../../repositories/import-rows';
import { tagNameKey } from '../../utils/tag-name';

export type Outcome = 'created' | 'updated' | 'unchanged';

/**
 * Authors and tags a line created are remembered only once its transaction committed: a
 * failed line leaves nothing behind, not even in the run's caches.
 */
type LineCache = { authors: Map<string, string>; tags: Map<string, string> };

type Upserted = { documentId: string; outcome: Outcome; line?: LineCache };

/** One after the other: two creations at once would both take the same free slug. */
const inOrder = async <T>(names: T[], id: (name: T) => Promise<string>) => {
  const ids: string[] = [];
  for (const name of names) ids.push(await id(name));
  return ids;
};

/**
 * The importer's per-line path: one story through the Document Service (so every document
 * middleware runs), with its new authors and tags, in one transaction. `retried` runs the
 * transaction again while another process holds the database. Authors and tags met once are
 * remembered for the rest of the run.
 */
export const storyWriter = (
  strapi: Core.Strapi,
  retried: <T>(write: () => Promise<T>) => Promise<T>
) => {
  const rows = importRows(strapi);
  const authors = new Map<string, string>();
  const tags = new Map<string, string>();

  const authorId = async (name: string, line: LineCache) => {
    const cached = authors.get(name) ?? line.authors.get(name);
    if (cached) return cached;
    const documentId =
      (await rows.authorNamed(name)) ??
      (await strapi.documents(UID.author).create({ data: { name } })).documentId;
    line.authors.set(name, documentId);
    return documentId;
  };

  const tagId = async (tag: ImportTag, line: LineCache) => {
    const { name, slug } = tagOf(tag);
    const key = tagNameKey(name);
    const cached = tags.get(key) ?? line.tags.get(key);
    if (cached) return cached;
    let documentId = await rows.tagKeyed(key);
    if (!documentId) {
      // A slug asked for is used when no other tag has it; else one is made from the name.
      const free = slug && (await rows.takenTagSlugs([slug])).size === 0;
      const data = free ? { name, slug } : { name };
      documentId = (await strapi.documents(UID.tag).create({ data })).documentId;
    }
    line.tags.set(key, documentId);
    return documentId;
  };

  /** Writes one line's story, its new authors and tags (inside the line's transaction). */
  const write = async (record: ImportRecord, locale: string): Promise<Upserted> => {
    const checksum = recordChecksum(record);
    const existing = await rows.draftOf(record.externalId, locale);
    if (existing?.importHash === checksum) {
      return { documentId: existing.documentId, outcome: 'unchanged' };
    }
    const line: LineCache = { authors: new Map(), tags: new Map() };
    // the plugin's schemas are not in Strapi's generated type registry: a plain record
    const data: Record<string, unknown> = {
      ...articleFields(record),
      authors: await inOrder(distinctNames(record.authors), (name) => authorId(name, line)),
      tags: await inOrder(distinctNames(record.tags), (name) => tagId(name, line)),
    };
    const status = record.publishedAt ? 'published' : undefined;
    const documents = strapi.documents(UID.article);
    const documentId: string = existing
      ? existing.documentId
      : (await documents.create({ locale, data, status })).documentId;
    if (existing) await documents.update({ documentId, locale, data, status });
    // The fingerprint is private: no Document Service write takes it from a caller.
    await articleRepository(strapi).setImportHash(documentId, locale, checksum);
    return { documentId, outcome: existing ? 'updated' : 'created', line };
  };

  return {
    /** Creates, updates or leaves the story of a line; answers its documentId and what it did. */
    async upsert(record: ImportRecord, locale: string) {
      const result = await retried(() =>
        strapi.db.transaction(() => write(record, locale) as Promise<Upserted>)
      );
      for (const [name, id] of result.line?.authors ?? []) authors.set(name, id);
      for (const [key, id] of result.line?.tags ?? []) tags.set(key, id);
      return { documentId: result.documentId, outcome: result.outcome };
    },
  };
};
