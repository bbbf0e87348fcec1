import bodyLimits from './body-limits';
import publishedOnly from './published-only';

/** Route middlewares of the plugin, referenced by routes as `plugin::newsroom.<name>`. */
export default { 'body-limits': bodyLimits, 'published-only': publishedOnly };
