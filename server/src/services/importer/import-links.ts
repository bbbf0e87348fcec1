import type { Core } from '@strapi/strapi';

import type { ImportLineError } from '../../../../shared/contracts/import';
import { UID } from '../../../../shared/contracts/uids';

/** A story's `related` entries, kept until every story of the run exists. */
export type PendingLinks = {
  line: number;
  documentId: string;
  locale: string;
  related: string[];
  /** readAlsoAfter: where the links go in the body (null: after it). */
  afterBlock: number | null;
};

/**
 * The "Read also" links of an import, made once every story of the run exists: each `related`
 * entry becomes a link (`read-also`, `origin: import`, in the order given) unless the story
 * already links there; an entry naming no known story is a warning.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async create(
    pending: PendingLinks[],
    findStory: (locale: string, externalId: string) => Promise<string | undefined>
  ) {
    const warnings: ImportLineError[] = [];
    let created = 0;
    for (const { line, documentId, locale, related, afterBlock } of pending) {
      const existing: Array<{ targetDocumentId: string }> = await strapi.db
        .query(UID.relatedNews)
        .findMany({ where: { locale, article: { documentId } }, select: ['targetDocumentId'] });
      const linked = new Set(existing.map((row) => row.targetDocumentId));
      for (const [position, externalId] of related.entries()) {
        const target = await findStory(locale, externalId);
        if (!target) {
          warnings.push({
            line,
            message: `related: no story "${externalId}" in locale "${locale}"`,
          });
          continue;
        }
        if (linked.has(target) || target === documentId) continue;
        const data = { article: documentId, target, kind: 'read-also', origin: 'import', position };
        await strapi
          .documents(UID.relatedNews)
          .create({ locale, data: { ...data, afterBlock } } as never);
        linked.add(target);
        created += 1;
      }
    }
    return { created, warnings };
  },
});
