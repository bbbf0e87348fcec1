import httpCache from './http-cache';
import publishedOnly from './published-only';

/** Route middlewares of the plugin, referenced by routes as `plugin::newsroom.<name>`. */
export default { 'published-only': publishedOnly, 'http-cache': httpCache };
