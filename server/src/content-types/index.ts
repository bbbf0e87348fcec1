/**
 * The content types (four editorial, two internal). Each schema lives once, in `content-types/<name>/schema.json` at the
 * repository root, so that docs, tests and the server read the same file.
 */
import article from '../../../content-types/article/schema.json';
import author from '../../../content-types/author/schema.json';
import dismissal from '../../../content-types/dismissal/schema.json';
import indexEvent from '../../../content-types/index-event/schema.json';
import relatedNews from '../../../content-types/related-news/schema.json';
import tag from '../../../content-types/tag/schema.json';

export default {
  article: { schema: article },
  author: { schema: author },
  tag: { schema: tag },
  'related-news': { schema: relatedNews },
  'index-event': { schema: indexEvent },
  dismissal: { schema: dismissal },
};
