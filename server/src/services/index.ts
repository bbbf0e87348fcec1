import { factories } from '@strapi/strapi';

import { UID } from '../../../shared/contracts/uids';
import dismissals from './dismissals';
import editorLinks from './editor-links';
import importer from './importer';
import indexSync from './index-sync';
import related from './related';
import relatedNews from './related-news';
import reports from './reports';
import storyMap from './story-map';
import storySearch from './story-search';

export default {
  article: factories.createCoreService(UID.article),
  author: factories.createCoreService(UID.author),
  tag: factories.createCoreService(UID.tag),
  'related-news': relatedNews,
  related,
  importer,
  'index-sync': indexSync,
  'editor-links': editorLinks,
  dismissals,
  'story-search': storySearch,
  reports,
  'story-map': storyMap,
};
