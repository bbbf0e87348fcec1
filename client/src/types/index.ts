/**
 * The public types of the newsroom's Content API (`import type { … } from
 * 'strapi-plugin-newsroom'`): what each route answers, private fields left out. Self-contained:
 * nothing here imports the server, the contracts or Strapi.
 */
export type {
  Article,
  Author,
  Contributor,
  Correction,
  Tag,
  RelatedNewsLink,
  PrivateFields,
} from './content-types';
export type {
  NinjsAssociation,
  NinjsBody,
  NinjsDocument,
  NinjsParty,
  NinjsRendition,
  NinjsText,
} from './ninjs';
export type {
  ArticleSummary,
  LinkKind,
  LinkOrigin,
  LinkTarget,
  ListResponse,
  OneResponse,
  Pagination,
  RelatedItem,
  RelatedNewsResponse,
  RelatedResponse,
  StoryLink,
} from './responses';
export type {
  BlocksContent,
  BlocksInlineNode,
  BlocksLinkNode,
  BlocksListItemNode,
  BlocksListNode,
  BlocksNode,
  BlocksTextNode,
  JsonValue,
  Media,
  MediaFormat,
} from './values';
export type { ArticleQuery, CollectionQuery, LocaleQuery, RelatedOptions } from './queries';
