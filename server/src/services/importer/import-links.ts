import type { Core } from '@strapi/strapi';

import type { ImportLineError } from '../../../../shared/contracts/import';
import { UID } from '../../../../shared/contracts/uids';
import {
  checkAfterBlock,
  checkLinkEnds,
  checkLinkNumbers,
} from '../../document-middlewares/rules/link';
import { errorMessage } from '../../importer/errors';
import { bulkRows } from '../../repositories/bulk-rows';
import { importRows } from '../../repositories/import-rows';
import { linkLabels } from '../../repositories/link-labels';
import { linkLabel } from '../../utils/link-label';
import { storyKey } from '../../utils/story-key';
import { importerOptions } from '../../config';
import { retryWhenBusy } from '../../utils/busy-retry';
import type { HeldLinks } from '../../repositories/import-scratch';
import { getService } from '../../utils/get-service';
import { creationValidator } from './creation-validator';

/** A story's `related` entries, once the stories they name are in (`run-links`). */
export type PendingLinks = HeldLinks;

type FindStory = (locale: string, externalId: string) => Promise<string | undefined>;

/** Told the stories whose links are done, of all. */
type LinksProgress = (done: number, total: number) => void;

/** Stories whose links are written in one transaction. */
const STORIES_PER_TRANSACTION = 250;

type NewLink = {
  line: number;
  documentId: string;
  locale: string;
  owner: string;
  target: string;
  data: Record<string, unknown>;
};

/**
 * The "Read also" links of an import, made once the stories they name are in: each `related`
 * entry becomes a link (`read-also`, `origin: import`, in the order given) unless the story
 * already links there; an entry naming no known story is a warning. The links of a few
 * hundred stories are written in one transaction, as rows (a link row and its join rows to the
 * draft and published versions of both stories, as the Document Service writes them), after
 * the link rules of the document middlewares (`rules/link`) and Strapi's validator.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = bulkRows(strapi);
  let validator: ReturnType<typeof creationValidator> | undefined;
  /** Strapi's entity validator on a link's creation, its schema built once. */
  const validate = (data: Record<string, unknown>, locale: string) => {
    validator ??= creationValidator(strapi, UID.relatedNews);
    return validator.validate(data, { isDraft: false, locale });
  };

  /** The targets each story already links to, by `storyKey`. */
  const linkedAlready = async (stories: PendingLinks[]) => {
    const linked = new Map<string, Set<string>>();
    for (const locale of new Set(stories.map((story) => story.locale))) {
      const owners = stories.filter((s) => s.locale === locale).map((s) => s.documentId);
      for (const [key, targets] of await importRows(strapi).linkTargets(owners, locale))
        linked.set(key, targets);
    }
    return linked;
  };

  const write = async (links: NewLink[], trx: unknown) => {
    const now = new Date();
    const written = await rows.insert(
      UID.relatedNews,
      links.map((link) => ({
        ...link.data,
        documentId: link.documentId,
        locale: link.locale,
        createdAt: now,
        updatedAt: now,
        publishedAt: now,
      }))
    );
    const idOf = new Map(written.map((row) => [row.documentId, row.id]));
    const versions = await importRows(strapi).versionIds(
      links.flatMap((l) => [
        { documentId: l.owner, locale: l.locale },
        { documentId: l.target, locale: l.locale },
      ])
    );
    const ownerRows = links.map((l) => versions.get(storyKey(l.owner, l.locale)) ?? []);
    const last = await rows.inverseOrders(trx, UID.relatedNews, 'article', ownerRows.flat());
    await rows.link(
      trx,
      UID.relatedNews,
      'article',
      links.flatMap((link, i) =>
        ownerRows[i].map((article) => {
          const order = (last.get(article) ?? 0) + 1;
          last.set(article, order);
          return {
            owner: idOf.get(link.documentId)!,
            target: article,
            order: 1,
            inverseOrder: order,
          };
        })
      )
    );
    await rows.link(
      trx,
      UID.relatedNews,
      'target',
      links.flatMap((link) =>
        (versions.get(storyKey(link.target, link.locale)) ?? []).map((article) => ({
          owner: idOf.get(link.documentId)!,
          target: article,
          order: 1,
          inverseOrder: 1,
        }))
      )
    );
  };

  /** Another process holding the database: the write again, for a bounded time. */
  const retried = <T>(write: () => Promise<T>) =>
    retryWhenBusy(write, { timeoutMs: importerOptions(strapi).busyRetryMs });

  /** The story a `related` entry names, or a warning on its line when there is none. */
  const targetOf = async (
    findStory: FindStory,
    warnings: ImportLineError[],
    { line, locale, externalId }: { line: number; locale: string; externalId: string }
  ) => {
    const target = await findStory(locale, externalId);
    if (!target) {
      warnings.push({ line, message: `related: no story "${externalId}" in locale "${locale}"` });
    }
    return target;
  };

  /** Link by link through the Document Service, where the link middlewares check each. */
  const oneByOne = async (
    stories: PendingLinks[],
    findStory: FindStory,
    onProgress?: LinksProgress
  ) => {
    const warnings: ImportLineError[] = [];
    let created = 0;
    for (const [done, { line, documentId, locale, related, afterBlock }] of stories.entries()) {
      if (done % STORIES_PER_TRANSACTION === 0) onProgress?.(done, stories.length);
      const linked =
        (await importRows(strapi).linkTargets([documentId], locale)).get(
          storyKey(documentId, locale)
        ) ?? new Set<string>();
      for (const [position, externalId] of related.entries()) {
        const target = await targetOf(findStory, warnings, { line, locale, externalId });
        if (!target) continue;
        if (linked.has(target) || target === documentId) continue;
        const data = { article: documentId, target, kind: 'read-also', origin: 'import', position };
        await retried(() =>
          strapi.documents(UID.relatedNews).create({ locale, data: { ...data, afterBlock } })
        );
        linked.add(target);
        created += 1;
      }
    }
    if (stories.length > 0) onProgress?.(stories.length, stories.length);
    return { created, warnings };
  };

  return {
    /**
     * `bulk: false` writes each link through the Document Service (the per-line import).
     * `onProgress` is told the stories done, of all, after each transaction.
     */
    async create(
      pending: PendingLinks[],
      findStory: FindStory,
      { bulk = true, onProgress }: { bulk?: boolean; onProgress?: LinksProgress } = {}
    ) {
      if (!bulk) return oneByOne(pending, findStory, onProgress);
      const warnings: ImportLineError[] = [];
      let created = 0;
      for (let i = 0; i < pending.length; i += STORIES_PER_TRANSACTION) {
        const stories = pending.slice(i, i + STORIES_PER_TRANSACTION);
        const linked = await linkedAlready(stories);
        const links: NewLink[] = [];
        for (const { line, documentId, locale, related, afterBlock, blocks } of stories) {
          const already = linked.get(storyKey(documentId, locale)) ?? new Set<string>();
          for (const [position, externalId] of related.entries()) {
            const target = await targetOf(findStory, warnings, { line, locale, externalId });
            if (!target) continue;
            if (already.has(target) || target === documentId) continue;
            const data = {
              kind: 'read-also',
              origin: 'import',
              position,
              afterBlock,
              targetDocumentId: target,
            };
            try {
              checkLinkNumbers(data);
              checkLinkEnds({
                articleId: documentId,
                targetId: target,
                externalUrl: null,
                title: null,
              });
              checkAfterBlock(afterBlock, blocks);
              await validate(data, locale);
            } catch (error) {
              warnings.push({ line, message: `related: "${externalId}": ${errorMessage(error)}` });
              continue;
            }
            const id = rows.newDocumentId(UID.relatedNews);
            links.push({ line, documentId: id, locale, owner: documentId, target, data });
            already.add(target);
          }
        }
        if (links.length === 0) {
          onProgress?.(i + stories.length, pending.length);
          continue;
        }
        // Each link's Content Manager label, as the link-label middleware computes it.
        const titles = await linkLabels(strapi).headlines(
          links.map((link) => ({ documentId: link.target, locale: link.locale }))
        );
        for (const link of links) {
          const targetTitle = titles.get(storyKey(link.target, link.locale)) ?? null;
          link.data.label = linkLabel({
            kind: 'read-also',
            targetTitle,
            targetDocumentId: link.target,
            externalUrl: null,
            title: null,
          });
        }
        await retried(() => strapi.db.transaction(({ trx }) => write(links, trx)));
        created += links.length;
        // What link-touch does after a link write: the stories' lists are stale.
        await getService(strapi, 'index-writes').refreshLater([
          ...new Set(links.map((link) => link.owner)),
        ]);
        onProgress?.(i + stories.length, pending.length);
      }
      return { created, warnings };
    },
  };
};
