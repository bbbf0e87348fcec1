import type { Core } from '@strapi/strapi';

import type { ImportRecord } from '../../../../shared/contracts/import';
import { UID, type NewsroomUID } from '../../../../shared/contracts/uids';
import {
  ARTICLE_PRIVATE_FIELDS,
  checkBody,
  dropPrivateFields,
  stampDatePublished,
  trimTitle,
} from '../../document-middlewares/rules/article';
import { tagIdentityOf, trimName } from '../../document-middlewares/rules/names';
import { uniqueSlugs } from '../../document-middlewares/unique-slug';
import { articleFields, distinctNames, tagOf } from '../../importer/article-data';
import { recordChecksum } from '../../importer/checksum';
import { bulkRows, type WrittenRow } from '../../repositories/bulk-rows';
import { importRows } from '../../repositories/import-rows';
import { importerOptions } from '../../config';
import { retryWhenBusy } from '../../utils/busy-retry';
import { getService } from '../../utils/get-service';
import { creationValidator } from './creation-validator';

/** A new story of a batch: its line, record and locale. */
export type BatchItem = { line: number; record: ImportRecord; locale: string };

type Prepared = BatchItem & {
  source: BatchItem;
  data: Record<string, unknown>;
  published: boolean;
  authors: string[];
  tags: Array<{ name: string; slug: string | null; nameKey: string }>;
};

type Ids = { id: number; documentId: string };

/**
 * The importer's bulk path: a batch of NEW stories written in one transaction with direct row
 * writes, applying the write rules of the document middlewares from the same functions
 * (`document-middlewares/rules`, `unique-slug`) and Strapi's entity validator, and writing
 * exactly the rows the Document Service writes (a draft row, and a published row for a
 * published story, each with its authors and tags). A line a rule or the validator refuses is
 * handed back, untouched, for the per-line path to write or report; if the batch's transaction
 * fails, nothing of it is written and the caller redoes it line by line.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const validators = new Map<NewsroomUID, ReturnType<typeof creationValidator>>();
  /** Strapi's entity validator on a creation, its schema built once per content type. */
  const validate = (
    uid: NewsroomUID,
    data: Record<string, unknown>,
    isDraft: boolean,
    locale?: string
  ) => {
    if (!validators.has(uid)) validators.set(uid, creationValidator(strapi, uid));
    return validators.get(uid)!.validate(data, { isDraft, locale });
  };

  /** Author and tag names already validated (the same few names come back on every line). */
  const validNames = new Set<string>();
  const validName = async (uid: NewsroomUID, name: string) => {
    const key = `${uid}\u0000${name}`;
    if (validNames.has(key)) return;
    const data = { name };
    trimName(data);
    await validate(uid, data, false);
    if (validNames.size >= 50_000) validNames.clear();
    validNames.add(key);
  };

  /** The rules of a create through the Document Service, without the database. */
  const prepare = async (item: BatchItem): Promise<Prepared> => {
    const published = !!item.record.publishedAt;
    const data: Record<string, unknown> = articleFields(item.record);
    dropPrivateFields(data, ARTICLE_PRIVATE_FIELDS);
    checkBody(data.body);
    trimTitle(data);
    if (published) stampDatePublished(data);
    const tags = distinctNames(item.record.tags).map((tag) => {
      const { name, slug } = tagOf(tag);
      const identity = tagIdentityOf(name);
      if (identity.nameKey === null) throw new Error('tag: empty name');
      return { name: identity.name, slug, nameKey: identity.nameKey };
    });
    for (const tag of tags) await validName(UID.tag, tag.name);
    const authors = distinctNames(item.record.authors);
    for (const name of authors) await validName(UID.author, name);
    // The slug is made unique below; the validator's own uniqueness query is not needed.
    const valid = await validate(UID.article, data, !published, item.locale);
    return { ...item, source: item, data: { ...data, ...valid }, published, authors, tags };
  };

  const byKey = <T>(rows: T[], key: (row: T) => string) => {
    const map = new Map<string, T>();
    for (const row of rows) if (!map.has(key(row))) map.set(key(row), row);
    return map;
  };

  /** Existing authors by name, else new ones (named as the Document Service names them). */
  const authorIds = async (names: string[], now: Date) => {
    const found: Map<string, Ids & { name: string }> = await importRows(strapi).authorsNamed(names);
    const missing = names.filter((name) => !found.has(name));
    const trimmed = missing.map((name) => name.trim());
    const slugs = await uniqueSlugs(strapi, trimmed, { uid: UID.author }, 'author');
    const rowsOf = missing.map((name, i) => ({
      documentId: bulkRows(strapi).newDocumentId(UID.author),
      name: trimmed[i],
      slug: slugs[i],
      ...stamps(now, true),
    }));
    const written = byKey(await bulkRows(strapi).insert(UID.author, rowsOf), (r) => r.documentId);
    rowsOf.forEach((row, i) =>
      found.set(missing[i], { ...written.get(row.documentId)!, name: row.name })
    );
    return found;
  };

  /** Existing tags by identity key, else new ones: the slug asked for when free. */
  const tagIds = async (tags: Prepared['tags'], now: Date) => {
    const keys = [...new Set(tags.map((tag) => tag.nameKey))];
    const found: Map<string, Ids & { nameKey: string }> = await importRows(strapi).tagsKeyed(keys);
    const missing = [...byKey(tags, (tag) => tag.nameKey).values()].filter(
      (t) => !found.has(t.nameKey)
    );
    const asked = missing.map((tag) => tag.slug).filter((slug): slug is string => !!slug);
    const reserved = new Set<string>();
    const taken = await importRows(strapi).takenTagSlugs(asked);
    const kept = missing.map((tag) => {
      const free = tag.slug && !taken.has(tag.slug) && !reserved.has(tag.slug);
      if (free) reserved.add(tag.slug!);
      return free ? tag.slug : null;
    });
    const made = missing.filter((_, i) => !kept[i]).map((tag) => tag.name);
    const slugs = await uniqueSlugs(strapi, made, { uid: UID.tag }, 'tag', reserved);
    const rowsOf = missing.map((tag, i) => ({
      documentId: bulkRows(strapi).newDocumentId(UID.tag),
      name: tag.name,
      slug: kept[i] ?? slugs.shift(),
      nameKey: tag.nameKey,
      ...stamps(now, true),
    }));
    const written = byKey(await bulkRows(strapi).insert(UID.tag, rowsOf), (r) => r.documentId);
    rowsOf.forEach((row) =>
      found.set(row.nameKey, { ...written.get(row.documentId)!, nameKey: row.nameKey })
    );
    return found;
  };

  const stamps = (now: Date, published: boolean) => ({
    createdAt: now,
    updatedAt: now,
    publishedAt: published ? now : null,
  });

  /** Article slugs, unique in each locale and within the batch, in line order. */
  const articleSlugs = async (items: Prepared[]) => {
    const slugs = new Map<Prepared, string>();
    for (const locale of new Set(items.map((item) => item.locale))) {
      const titled = items.filter(
        (item) =>
          item.locale === locale && typeof item.data.title === 'string' && item.data.title !== ''
      );
      const made = await uniqueSlugs(
        strapi,
        titled.map((item) => item.data.title as string),
        { uid: UID.article, locale },
        'article'
      );
      titled.forEach((item, i) => slugs.set(item, made[i]));
    }
    return slugs;
  };

  const write = async (items: Prepared[], trx: unknown) => {
    const rows = bulkRows(strapi);
    const now = new Date();
    const authors = await authorIds([...new Set(items.flatMap((item) => item.authors))], now);
    const tags = await tagIds(
      items.flatMap((item) => item.tags),
      now
    );
    const slugs = await articleSlugs(items);
    const documentIds = items.map(() => rows.newDocumentId(UID.article));
    const articleRows = items.flatMap((item, i) => {
      const draft = {
        ...item.data,
        slug: slugs.get(item) ?? null,
        documentId: documentIds[i],
        locale: item.locale,
        importHash: recordChecksum(item.record),
        ...stamps(now, false),
      };
      return item.published ? [draft, { ...draft, publishedAt: now }] : [draft];
    });
    const written = await rows.insert(UID.article, articleRows);
    const versions = new Map<string, WrittenRow[]>();
    for (const row of written)
      versions.set(row.documentId, [...(versions.get(row.documentId) ?? []), row]);

    const relate = async (
      attribute: 'authors' | 'tags',
      targetsOf: (item: Prepared) => number[]
    ) => {
      const all = items.flatMap(targetsOf);
      const last = await rows.inverseOrders(trx, UID.article, attribute, all);
      const links = items.flatMap((item, i) => {
        const targets = targetsOf(item);
        const inverse = targets.map((target) => {
          const next = (last.get(target) ?? 0) + 1;
          last.set(target, next);
          return next;
        });
        return versions.get(documentIds[i])!.flatMap((version) =>
          targets.map((target, k) => ({
            owner: version.id,
            target,
            order: k + 1,
            inverseOrder: inverse[k],
          }))
        );
      });
      await rows.link(trx, UID.article, attribute, links);
    };
    await relate('authors', (item) => item.authors.map((name) => authors.get(name)!.id));
    await relate('tags', (item) => item.tags.map((tag) => tags.get(tag.nameKey)!.id));
    return documentIds;
  };

  return {
    /**
     * Writes the new stories of a batch in one transaction. Returns the documentIds of those
     * written (by item) and the items the rules refused, for the per-line path. Throws (having
     * written nothing) when the transaction fails.
     */
    async writeNew(batch: BatchItem[]) {
      const ready: Prepared[] = [];
      const refused: BatchItem[] = [];
      for (const item of batch) {
        try {
          ready.push(await prepare(item));
        } catch {
          refused.push(item);
        }
      }
      const written = new Map<BatchItem, string>();
      if (ready.length === 0) return { written, refused };
      // another process holding the database (SQLite allows one writer): the batch again
      const documentIds = await retryWhenBusy(
        () => strapi.db.transaction(({ trx }) => write(ready, trx)),
        { timeoutMs: importerOptions(strapi).busyRetryMs }
      );
      ready.forEach((item, i) => written.set(item.source, documentIds[i]));
      // What the re-index and sitemaps middlewares do after each write, once for the batch.
      await getService(strapi, 'index-writes').refreshLater(documentIds);
      getService(strapi, 'sitemaps').bump();
      return { written, refused };
    },
  };
};
