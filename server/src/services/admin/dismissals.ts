import type { Core } from '@strapi/strapi';

import { articleRepository } from '../../repositories/articles';
import { type Dismissal, dismissalRepository } from '../../repositories/dismissals';
import { getService } from '../../utils/get-service';
import { fieldError } from '../../utils/validation';
import type { StoryAccess } from './story-access';

/**
 * Suggestions an editor turned down: the engine leaves the target out of the story's
 * suggestions and of its Content API fill-ins (see the `suggestions` service). Only a user who
 * may update the story and read the target in the Content Manager dismisses.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Records a dismissal (once: dismissing again changes nothing) and drops cached lists. */
  async dismiss(dismissal: Dismissal, access: StoryAccess): Promise<Dismissal> {
    const { article, target, locale } = dismissal;
    if (article === target) throw fieldError('target', 'a story is never suggested for itself');
    const articles = articleRepository(strapi);
    if (!(await articles.exists(article, locale))) {
      throw fieldError('article', `no article "${article}" in locale "${locale}"`);
    }
    if (!(await articles.exists(target, locale))) {
      throw fieldError('target', `no article "${target}" in locale "${locale}"`);
    }
    await access.require('update', [article], locale);
    await access.require('read', [target], locale);
    if (await dismissalRepository(strapi).add(dismissal)) {
      await getService(strapi, 'index-writes').touch(article);
    }
    return { article, target, locale };
  },
});
