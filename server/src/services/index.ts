import { factories } from '@strapi/strapi';

import { UID } from '../../../shared/contracts/uids';
import anchors from './admin/anchors';
import dismissals from './admin/dismissals';
import editorLinks from './admin/editor-links';
import reports from './admin/reports';
import storyMap from './admin/story-map';
import storyAccess from './admin/story-access';
import storySearch from './admin/story-search';
import embargoes from './content-api/embargoes';
import relatedNews from './content-api/related-news';
import relatedStories from './content-api/related-stories';
import importBatch from './importer/import-batch';
import importLinks from './importer/import-links';
import importer from './importer/importer';
import feeds from './distribution/feeds';
import sitemaps from './distribution/sitemaps';
import structuredData from './distribution/structured-data';
import indexCleanup from './related-index/index-cleanup';
import indexSync from './related-index/index-sync';
import indexWrites from './related-index/index-writes';
import listRanker from './related-index/list-ranker';
import indexWorkers from './related-index/index-workers';
import relatedIndex from './related-index/related-index';
import storedLists from './related-index/stored-lists';
import suggestions from './related-index/suggestions';

/**
 * Every registered service, by subsystem. Reach one with `getService(strapi, name)`
 * (utils/get-service.ts), typed from this map.
 */
const services = {
  // the content types' own services (the Content API's core controllers use them)
  article: factories.createCoreService(UID.article),
  author: factories.createCoreService(UID.author),
  tag: factories.createCoreService(UID.tag),
  // what readers get
  'related-news': relatedNews,
  'related-stories': relatedStories,
  // when embargoed stories come out (what keeps answers must not outlive it)
  embargoes,
  // the related-story index of this process: its life cycle, writes, sync, suggestions
  'related-index': relatedIndex,
  'index-writes': indexWrites,
  'index-sync': indexSync,
  'index-cleanup': indexCleanup,
  'list-ranker': listRanker,
  'index-workers': indexWorkers,
  // a web instance's reads of the stored lists (`indexer: false`)
  'stored-lists': storedLists,
  suggestions,
  // editors' tools in the admin, within what the Content Manager lets each user see and change
  'story-access': storyAccess,
  'editor-links': editorLinks,
  dismissals,
  'story-search': storySearch,
  reports,
  'story-map': storyMap,
  // what a news site publishes besides pages: JSON-LD, feeds, sitemaps
  'structured-data': structuredData,
  feeds,
  sitemaps,
  anchors,
  // archives
  importer,
  'import-links': importLinks,
  'import-batch': importBatch,
};

export type Services = typeof services;

declare module '../utils/get-service' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface NewsroomServices extends Services {}
}

export default services;
