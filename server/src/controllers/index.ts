import links from './admin/links';
import relatedIndex from './admin/related-index';
import reports from './admin/reports';
import suggestions from './admin/suggestions';
import writing from './admin/writing';
import article from './content-api/article';
import author from './content-api/author';
import relatedNews from './content-api/related-news';
import tag from './content-api/tag';

/**
 * Controllers by the name routes use. Content API names make the Users & Permissions actions
 * (`plugin::newsroom.<name>.<action>`), and roles are granted by them: do not rename.
 */
export default {
  // Content API (routes/content-api)
  article,
  author,
  tag,
  'related-news': relatedNews,
  // Admin (routes/admin)
  suggestions,
  'related-index': relatedIndex,
  'admin-links': links,
  'admin-reports': reports,
  'admin-writing': writing,
};
