/**
 * A tag of an imported story: its name, or its name with the slug it should get when the tag
 * is created and the slug is free (a WordPress tag's nicename, for example).
 */
export type ImportTag = string | { name: string; slug?: string | null };

/**
 * Import format: newline-delimited JSON, one story a line (a WordPress export is turned into
 * the same records, one per post). Shared by the importer, its CLI and the docs' examples.
 */
export type ImportRecord = {
  externalId: string;
  title: string;
  lead?: string | null;
  /** Plain text (paragraphs separated by blank lines) or HTML. */
  body?: string | null;
  tags?: ImportTag[];
  authors?: string[];
  section?: string | null;
  source?: string | null;
  /**
   * ISO 8601. Stories with a date are published; the date becomes `datePublished`. A story
   * without one is imported as a draft, with no date, and the importer never publishes it.
   */
  publishedAt?: string | null;
  /** Caption and credit of the story's cover image (the image itself is not imported). */
  coverCaption?: string | null;
  coverCredit?: string | null;
  locale?: string | null;
  /** externalIds of stories this one links to ("Read also"), in order. */
  related?: string[];
  /**
   * Where the `related` links are shown: after this top-level block of the body (0 = the
   * first paragraph); absent or null: after the body. Must be a block of the body.
   */
  readAlsoAfter?: number | null;
};

/**
 * The last phase of an import, the "read also" links made once every story is in: stories
 * whose `related` entries are done, of those that have some.
 */
export type ImportLinksProgress = { done: number; total: number };

export type ImportLineError = { line: number; externalId?: string; message: string };

export type ImportProgress = {
  /** Lines read so far (blank lines included); in a WordPress export, `<item>`s read. */
  line: number;
  /**
   * Lines (or `<item>`s) in the input: in progress reports when given (`importFile`'s
   * `totalLines` option) or known (a WordPress export's items); in the final report, always.
   */
  totalLines?: number;
  /** Bytes of the file read so far and its size, when the input is a file (one pass, no count). */
  bytesRead?: number;
  totalBytes?: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  /** Lines (or `<item>`s) read per second since the run started; set in progress reports. */
  rate?: number;
  /** Seconds left at that rate (from `totalLines`, else the bytes left); set in progress reports. */
  etaSeconds?: number;
};

export type ImportReport = ImportProgress & {
  /** Related-story links created by this run (existing ones are left as they are). */
  linksCreated: number;
  errors: ImportLineError[];
  /** `related` entries that name no known story; the story itself was imported. */
  warnings: ImportLineError[];
  durationMs: number;
  /** The input's format: NDJSON lines, a WordPress export (WXR), or ninjs (array or lines). */
  format?: 'ndjson' | 'wxr' | 'ninjs';
  /** Items of a WordPress export that are not posts, counted by `wp:post_type`. */
  skipped?: Record<string, number>;
};
