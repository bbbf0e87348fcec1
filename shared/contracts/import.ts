/**
 * Import format: newline-delimited JSON, one story a line. Shared by the importer, its CLI
 * and the docs' examples.
 */
export type ImportRecord = {
  externalId: string;
  title: string;
  lead?: string | null;
  /** Plain text (paragraphs separated by blank lines) or HTML. */
  body?: string | null;
  tags?: string[];
  authors?: string[];
  section?: string | null;
  source?: string | null;
  /** ISO 8601. Stories with a date are published; the date becomes `datePublished`. */
  publishedAt?: string | null;
  locale?: string | null;
  /** externalIds of stories this one links to ("Read also"), in order. */
  related?: string[];
  /**
   * Where the `related` links are shown: after this top-level block of the body (0 = the
   * first paragraph); absent or null: after the body. Must be a block of the body.
   */
  readAlsoAfter?: number | null;
};

export type ImportLineError = { line: number; externalId?: string; message: string };

export type ImportProgress = {
  /** Lines read so far (blank lines included). */
  line: number;
  /** Lines in the input when known (files), for a percentage. */
  totalLines?: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
};

export type ImportReport = ImportProgress & {
  /** Related-story links created by this run (existing ones are left as they are). */
  linksCreated: number;
  errors: ImportLineError[];
  /** `related` entries that name no known story; the story itself was imported. */
  warnings: ImportLineError[];
  durationMs: number;
};
