import { factories } from '@strapi/strapi';

import { UID } from '../../../shared/contracts/uids';
import importer from './importer';
import indexSync from './index-sync';
import related from './related';
import relatedNews from './related-news';

export default {
  article: factories.createCoreService(UID.article),
  author: factories.createCoreService(UID.author),
  tag: factories.createCoreService(UID.tag),
  'related-news': relatedNews,
  related,
  importer,
  'index-sync': indexSync,
};
