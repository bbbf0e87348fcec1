/**
 * `GET /articles/:documentId/ninjs`: a published story as an IPTC ninjs 3.1 document (News in
 * JSON, https://iptc.org/std/ninjs/), the properties the newsroom writes. Valid against
 * http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json.
 */
export interface NinjsText {
  role?: string;
  contentType?: string;
  value: string;
}

export interface NinjsBody extends NinjsText {
  charCount?: number;
  wordCount?: number;
}

/** A person (`rel`: author, reporter, editor, photographer, translator, contributor) or a
 * subject (`rel`: `about` for a tag, `section` for the story's section). */
export interface NinjsParty {
  name: string;
  rel?: string;
  uri?: string;
  literal?: string;
}

export interface NinjsRendition {
  name: string;
  href: string;
  contentType: string;
}

/** A link of the story: `rel` is its kind (`read-also` first). */
export interface NinjsAssociation {
  name: string;
  rel: string;
  uri: string;
  type: 'text';
  headlines?: NinjsText[];
  altIds?: Array<{ role: string; value: string }>;
  renditions?: NinjsRendition[];
}

export interface NinjsDocument {
  uri: string;
  standard: { name: 'ninjs'; version: string; schema: string };
  type: 'text';
  representationType: 'full';
  pubStatus: 'usable';
  version: string;
  firstCreated?: string;
  versionCreated?: string;
  language: string;
  headlines: NinjsText[];
  descriptions?: NinjsText[];
  bodies?: NinjsBody[];
  by?: string;
  people?: NinjsParty[];
  subjects?: NinjsParty[];
  located?: string;
  infoSources?: Array<{ name: string; role: string }>;
  altIds?: Array<{ role: string; value: string }>;
  renditions?: NinjsRendition[];
  copyrightHolder: string;
  copyrightNotice: string;
  associations?: NinjsAssociation[];
}
