/** Values inside the content types: JSON, Strapi's blocks (rich text) and media files. */

export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A run of text in a block, with its marks. */
export interface BlocksTextNode {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
}

export interface BlocksLinkNode {
  type: 'link';
  url: string;
  children: BlocksTextNode[];
}

export type BlocksInlineNode = BlocksTextNode | BlocksLinkNode;

export interface BlocksListItemNode {
  type: 'list-item';
  children: BlocksInlineNode[];
}

export interface BlocksListNode {
  type: 'list';
  format: 'ordered' | 'unordered';
  indentLevel?: number;
  children: Array<BlocksListItemNode | BlocksListNode>;
}

export type BlocksNode =
  | { type: 'paragraph'; children: BlocksInlineNode[] }
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: BlocksInlineNode[] }
  | { type: 'quote'; children: BlocksInlineNode[] }
  | { type: 'code'; language?: string; children: BlocksTextNode[] }
  | {
      type: 'image';
      image: MediaFormat & { alternativeText?: string | null };
      children: [BlocksTextNode];
    }
  | BlocksListNode;

/** A `blocks` attribute (e.g. an article's `body`): Strapi's rich-text JSON. */
export type BlocksContent = BlocksNode[];

export interface MediaFormat {
  name: string;
  hash: string;
  ext: string;
  mime: string;
  width: number | null;
  height: number | null;
  size: number;
  url: string;
}

/** An uploaded file, as a populated media attribute (`cover`, `avatar`) answers it. */
export interface Media extends MediaFormat {
  id: number;
  documentId: string;
  alternativeText: string | null;
  caption: string | null;
  formats: Record<string, MediaFormat> | null;
  previewUrl: string | null;
  provider: string;
  createdAt: string;
  updatedAt: string;
}
