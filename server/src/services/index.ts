import { factories } from '@strapi/strapi';

import { UID } from '../../../shared/contracts/uids';
import importer from './importer';
import indexStore from './index-store';
import indexSync from './index-sync';
import related from './related';
import relatedIndex from './related-index';
import relatedNews from './related-news';

export default {
  article: factories.createCoreService(UID.article),
  author: factories.createCoreService(UID.author),
  tag: factories.createCoreService(UID.tag),
  'related-news': relatedNews,
  related,
  importer,
  'index-sync': indexSync,
  'index-store': indexStore,
  'related-index': relatedIndex,
};
