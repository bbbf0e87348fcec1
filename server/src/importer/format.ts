import { open } from 'node:fs/promises';

export type ImportFormat = 'ndjson' | 'wxr' | 'ninjs' | 'ninjs-array';

/** The WXR namespace WordPress declares on `<rss>` (`xmlns:wp="http://wordpress.org/export/1.2/"`). */
const WXR_NAMESPACE = /xmlns:wp\s*=\s*["']https?:\/\/wordpress\.org\/export\/[\d.]+\/?["']/;

/**
 * The format of an import file, from its content (never its name): XML (a prolog or an
 * `<rss>` first) that declares the WordPress export namespace is WXR; a JSON array is a batch
 * of ninjs objects (`ninjs-array`); lines whose first object is a ninjs one (a `uri` and no
 * `externalId`) are NDJSON of ninjs; anything else that does not start with `<` is NDJSON.
 * XML of another kind is refused rather than read as bad lines.
 */
export const detectFormat = async (path: string): Promise<ImportFormat> => {
  const file = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(16 * 1024), 0, 16 * 1024, 0);
    const head = buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    return formatOf(head);
  } finally {
    await file.close();
  }
};

/** The format of a file's first bytes (exported for the tests). */
export const formatOf = (head: string): ImportFormat => {
  const start = head.trimStart();
  if (start.startsWith('[')) return 'ninjs-array';
  if (start.startsWith('{')) return isNinjs(start) ? 'ninjs' : 'ndjson';
  if (!start.startsWith('<')) return 'ndjson';
  if (WXR_NAMESPACE.test(head)) return 'wxr';
  throw new Error(
    'the file is XML but not a WordPress export (WXR): no xmlns:wp="http://wordpress.org/export/…" on <rss>'
  );
};

/**
 * Whether the first line of NDJSON is a ninjs object: a `uri` and no `externalId` (the
 * plugin's own records always have one). A first line longer than the head read is judged by
 * its first key (`{"uri":`, as ninjs writers put it first).
 */
const isNinjs = (start: string) => {
  const end = start.indexOf('\n');
  if (end < 0) return /^\{\s*"uri"\s*:/.test(start);
  try {
    const first = JSON.parse(start.slice(0, end)) as Record<string, unknown>;
    return typeof first.uri === 'string' && first.externalId === undefined;
  } catch {
    return false;
  }
};
