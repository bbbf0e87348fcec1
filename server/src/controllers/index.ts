import { factories } from '@strapi/strapi';

import { UID } from '../../../shared/contracts/uids';
import adminLinks from './admin-links';
import adminReports from './admin-reports';
import article from './article';
import relatedIndex from './related-index';
import relatedNews from './related-news';
import suggestions from './suggestions';

export default {
  article,
  author: factories.createCoreController(UID.author),
  tag: factories.createCoreController(UID.tag),
  'related-news': relatedNews,
  suggestions,
  'related-index': relatedIndex,
  'admin-links': adminLinks,
  'admin-reports': adminReports,
};
