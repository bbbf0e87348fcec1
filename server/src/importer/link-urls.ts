/**
 * The links Strapi's blocks accept (`@strapi/core`, entity-validator/blocks-validator: a link
 * node's `url` must parse as a URL with one of these protocols, or be a path from the root).
 * Anything else (`javascript:`, `data:`, `vbscript:`, a bare `#anchor` or `page.html`) makes
 * the whole story invalid, so the importer keeps such a link's text and drops the link.
 * `test/unit/link-urls.test.ts` holds this list to Strapi's own validator.
 */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'ftp:', 'mailto:', 'tel:']);

export const isStorableLink = (href: string): boolean => {
  const link = href.trim();
  try {
    const url = new URL(link.startsWith('/') ? `https://strapi.io${link}` : link);
    return ALLOWED_PROTOCOLS.has(url.protocol);
  } catch {
    return false;
  }
};
