import type { Core } from '@strapi/strapi';

import type { ImportLineError } from '../../../../shared/contracts/import';
import { articleRepository } from '../../repositories/articles';
import type { ImportScratch } from '../../repositories/import-scratch';
import { importRows } from '../../repositories/import-rows';
import { getService } from '../../utils/get-service';
import { importKey } from '../../utils/story-key';
import type { PendingLinks } from './import-links';

/** Stories whose links are read back and written together, at the end of the run. */
const PAGE = 250;

type Options = {
  /** false: every link through the Document Service (the per-line import). */
  bulk: boolean;
  retried: <T>(write: () => Promise<T>) => Promise<T>;
  /** Told, in the last phase, the stories whose links are done, of all. */
  onProgress: (done: number, total: number) => void;
};

/**
 * The "read also" links of a run, written as soon as every story they name has been seen: a
 * batch's stories whose `related` entries all name stories of earlier lines (or of the batch)
 * get their links right after the batch; the others (a story further on in the file, or one
 * only in the database, which a later line may still rewrite) wait in the run's scratch table
 * and get theirs at the end, in line order, as every story's links were before. A story's
 * links are written together, in the order given. The targets are read from the database by
 * (externalId, locale); nothing per story stays in memory.
 */
export const runLinks = (strapi: Core.Strapi, scratch: ImportScratch, options: Options) => {
  const warnings: ImportLineError[] = [];
  let created = 0;
  /** Stories whose links were written after their batch, and stories waiting. */
  let early = 0;
  let waiting = 0;

  const keysOf = (stories: PendingLinks[]) =>
    stories.flatMap((story) =>
      story.related.map((externalId) => ({ externalId, locale: story.locale }))
    );

  /** Links of `stories`, their targets read in one query. */
  const write = async (stories: PendingLinks[], onProgress?: (done: number) => void) => {
    const drafts = await options.retried(() =>
      articleRepository(strapi).importedDrafts(keysOf(stories))
    );
    const findStory = async (locale: string, externalId: string) =>
      drafts.get(importKey(locale, externalId))?.documentId ??
      (await importRows(strapi).draftOf(externalId, locale))?.documentId;
    const links = await getService(strapi, 'import-links').create(stories, findStory, {
      bulk: options.bulk,
      onProgress,
    });
    created += links.created;
    warnings.push(...links.warnings);
  };

  return {
    /** A batch's stories with `related` entries, once the batch is written and seen. */
    async batch(stories: PendingLinks[]) {
      if (stories.length === 0) return;
      const seen = await options.retried(() =>
        scratch.firstLines(keysOf(stories).map((key) => importKey(key.locale, key.externalId)))
      );
      const ready = new Set(
        stories.filter((story) =>
          story.related.every((externalId) => seen.has(importKey(story.locale, externalId)))
        )
      );
      const later = stories.filter((story) => !ready.has(story));
      if (later.length > 0) await options.retried(() => scratch.hold(later));
      waiting += later.length;
      early += ready.size;
      if (ready.size > 0) await write([...ready]);
    },

    /** The links left waiting, once every story of the run is in; then what the run made. */
    async finish() {
      const total = early + waiting;
      let done = early;
      let after = 0;
      for (;;) {
        const page = await options.retried(() => scratch.heldAfter(after, PAGE));
        if (page.length === 0) break;
        const before = done;
        await write(page, (n) => options.onProgress(before + n, total));
        done += page.length;
        after = page[page.length - 1].line;
      }
      if (waiting === 0 && early > 0) options.onProgress(early, early);
      return { created, warnings };
    },
  };
};
