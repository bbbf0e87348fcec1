import type { Core } from '@strapi/strapi';

import { UID } from '../../../shared/contracts/uids';

export type Dismissal = { article: string; target: string; locale: string };

/** Suggestions editors turned down (`dismissal`), by story and locale. */
export const dismissalRepository = (strapi: Core.Strapi) => {
  const dismissals = () => strapi.db.query(UID.dismissal);

  return {
    /** Stores a dismissal unless it is there; true when it was new. */
    async add({ article, target, locale }: Dismissal): Promise<boolean> {
      const where = { storyDocumentId: article, targetDocumentId: target, locale };
      if (await dismissals().findOne({ where, select: ['id'] })) return false;
      await dismissals().create({ data: where });
      return true;
    },

    /** The documentIds dismissed for a story in a locale. */
    async targetsOf(documentId: string, locale: string): Promise<string[]> {
      const rows: Array<{ targetDocumentId: string }> = await dismissals().findMany({
        where: { storyDocumentId: documentId, locale },
        select: ['targetDocumentId'],
      });
      return rows.map((row) => row.targetDocumentId);
    },
  };
};
