/** Content-type UIDs of the plugin, shared by the server, the admin and the tests. */
export const PLUGIN_ID = 'newsroom';

export const UID = {
  article: 'plugin::newsroom.article',
  author: 'plugin::newsroom.author',
  tag: 'plugin::newsroom.tag',
  relatedNews: 'plugin::newsroom.related-news',
  indexEvent: 'plugin::newsroom.index-event',
  dismissal: 'plugin::newsroom.dismissal',
} as const;

export type NewsroomUID = (typeof UID)[keyof typeof UID];

export const LINK_KINDS = [
  'read-also',
  'background',
  'follow-up',
  'more-like-this',
  'see-also',
] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export const LINK_ORIGINS = ['editor', 'suggestion', 'reciprocal', 'import'] as const;
export type LinkOrigin = (typeof LINK_ORIGINS)[number];
