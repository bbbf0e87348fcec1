import type { Core } from '@strapi/strapi';

import { UID } from '../../../shared/contracts/uids';
import { fieldError } from '../utils/validation';
import { storyExists } from './story-items';

type Dismissal = { article: string; target: string; locale: string };

/**
 * Suggestions an editor turned down: the engine leaves the target out of the story's
 * suggestions and of its Content API fill-ins (see `linkedTargets` in the related service).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const dismissals = () => strapi.db.query(UID.dismissal);

  return {
    /** Records a dismissal (once: dismissing again changes nothing) and drops cached lists. */
    async dismiss({ article, target, locale }: Dismissal): Promise<Dismissal> {
      if (article === target) throw fieldError('target', 'a story is never suggested for itself');
      if (!(await storyExists(strapi, article, locale))) {
        throw fieldError('article', `no article "${article}" in locale "${locale}"`);
      }
      if (!(await storyExists(strapi, target, locale))) {
        throw fieldError('target', `no article "${target}" in locale "${locale}"`);
      }
      const where = { storyDocumentId: article, targetDocumentId: target, locale };
      if (!(await dismissals().findOne({ where, select: ['id'] }))) {
        await dismissals().create({ data: where });
        await strapi.plugin('newsroom').service('related').touch(article);
      }
      return { article, target, locale };
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
