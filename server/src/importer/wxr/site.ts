import { clip, htmlText } from './text';
import { wxrNodes, type WxrItem, type WxrNode, type WxrPosition } from './items';

/** A featured image's caption and credit, from its attachment item. */
export type Cover = { caption?: string; credit?: string };

/**
 * What one post needs to know about the rest of the export: author names, the other posts
 * (to turn links into "read also" entries) and the attachments (for cover captions). Built by
 * a first pass over the file; it holds a few short strings per item, never content.
 */
export type WxrSite = {
  /** `wp:author_login` → `wp:author_display_name`. */
  authors: Map<string, string>;
  /** Post `wp:post_id` → externalId (its guid), for `?p=ID` links. */
  postIds: Map<string, string>;
  /** Normalised permalink (`urlKey`) → externalId. */
  permalinks: Map<string, string>;
  /** Attachment `wp:post_id` → caption and credit. */
  covers: Map<string, Cover>;
  /** The blog's address, to resolve relative links. */
  baseUrl?: string;
  /** Number of `<item>`s in the file. */
  items: number;
  /** Each post's guid → the `<item>` (its position) that has it first. */
  guids: Map<string, number>;
  /** Posts whose guid an earlier post has, by position → the externalId they get. */
  renamed: Map<number, string>;
};

export const emptySite = (): WxrSite => ({
  authors: new Map(),
  postIds: new Map(),
  permalinks: new Map(),
  covers: new Map(),
  items: 0,
  guids: new Map(),
  renamed: new Map(),
});

/**
 * The externalId of a post whose guid an earlier post of the export has (WordPress copies a
 * guid when a post is duplicated or imported twice): the guid with `#wp-post-<wp:post_id>`.
 */
export const repeatedGuidId = (guid: string, postId: string) => `${guid}#wp-post-${postId}`;

/**
 * A copy of a short string that holds no reference to the chunk of the file it was cut from
 * (V8 keeps a substring's parent alive: the index would otherwise hold the whole file).
 */
const own = (text: string): string => Buffer.from(text, 'utf8').toString('utf8');

/** Posts that become articles: `wp:post_type` `post`, not in the trash. */
export const isImportedPost = (item: WxrItem) =>
  item.postType.trim() === 'post' && item.status.trim() !== 'trash';

/**
 * The key a link is matched by: host without `www.` and path without a trailing slash, in
 * lower case and percent-decoded (WordPress writes `%d1%83…`, editors paste `Україна`);
 * query and fragment dropped. `undefined` when the text is not a URL.
 */
export const urlKey = (href: string, base?: string): string | undefined => {
  let url: URL;
  try {
    url = new URL(href.trim(), base);
  } catch {
    return undefined;
  }
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // keep it encoded
  }
  return `${url.host.replace(/^www\./, '')}${path.replace(/\/+$/, '')}`.toLowerCase();
};

/** The externalId of the post of this export a link points to (by permalink or `?p=ID`). */
export const postOfLink = (site: WxrSite, href: string): string | undefined => {
  let url: URL;
  try {
    url = new URL(href.trim(), site.baseUrl);
  } catch {
    return undefined;
  }
  const id = url.searchParams.get('p');
  if (id) return site.postIds.get(id);
  const key = urlKey(href, site.baseUrl);
  return key ? site.permalinks.get(key) : undefined;
};

/** Adds what one node of the file tells about the site. */
export const learn = (site: WxrSite, node: WxrNode) => {
  if (node.type === 'site') site.baseUrl ??= own(node.url.trim()) || undefined;
  else if (node.type === 'author') {
    site.authors.set(own(node.author.login), own(node.author.displayName));
  } else {
    const { item } = node;
    site.items += 1;
    const guid = own(item.guid.trim());
    if (isImportedPost(item) && guid) {
      const postId = own(item.postId.trim());
      const repeated = site.guids.has(guid) && postId !== '';
      const externalId = repeated ? repeatedGuidId(guid, postId) : guid;
      if (repeated) site.renamed.set(site.items, externalId);
      else site.guids.set(guid, site.items);
      site.postIds.set(postId, externalId);
      // `?p=10` guids and draft links are found by id; their path is only the site's root.
      for (const address of [item.link, guid].filter((url) => !url.includes('?'))) {
        const key = urlKey(address);
        // a repeated guid's address stays the first post's
        if (key && !(address === guid && repeated)) site.permalinks.set(own(key), externalId);
      }
    } else if (item.postType.trim() === 'attachment') {
      const caption = clip(htmlText(item.excerpt), 500);
      const credit = clip(htmlText(item.meta._media_credit ?? ''), 255);
      if (caption || credit) {
        site.covers.set(own(item.postId.trim()), {
          ...(caption ? { caption: own(caption) } : {}),
          ...(credit ? { credit: own(credit) } : {}),
        });
      }
    }
  }
};

/** The first pass: reads the whole file once, keeping only the site's index. */
export const scanSite = async (path: string, position?: WxrPosition): Promise<WxrSite> => {
  const site = emptySite();
  for await (const node of wxrNodes(path, position)) learn(site, node);
  return site;
};
