import bodyLimits from './body-limits';
import httpCache from './http-cache';
import publishedOnly from './published-only';

/** Route middlewares of the plugin, referenced by routes as `plugin::newsroom.<name>`. */
export default {
  'body-limits': bodyLimits,
  'http-cache': httpCache,
  'published-only': publishedOnly,
};
