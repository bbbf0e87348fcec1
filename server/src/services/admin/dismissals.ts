import type { Core } from '@strapi/strapi';

import { articleRepository } from '../../repositories/articles';
import { type Dismissal, dismissalRepository } from '../../repositories/dismissals';
import { getService } from '../../utils/get-service';
import { fieldError } from '../../utils/validation';

/**
 * Suggestions an editor turned down: the engine leaves the target out of the story's
 * suggestions and of its Content API fill-ins (see the `suggestions` service).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Records a dismissal (once: dismissing again changes nothing) and drops cached lists. */
  async dismiss(dismissal: Dismissal): Promise<Dismissal> {
    const { article, target, locale } = dismissal;
    if (article === target) throw fieldError('target', 'a story is never suggested for itself');
    const articles = articleRepository(strapi);
    if (!(await articles.exists(article, locale))) {
      throw fieldError('article', `no article "${article}" in locale "${locale}"`);
    }
    if (!(await articles.exists(target, locale))) {
      throw fieldError('target', `no article "${target}" in locale "${locale}"`);
    }
    if (await dismissalRepository(strapi).add(dismissal)) {
      await getService(strapi, 'index-writes').touch(article);
    }
    return { article, target, locale };
  },
});
