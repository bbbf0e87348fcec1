import { open } from 'node:fs/promises';

export type ImportFormat = 'ndjson' | 'wxr';

/** The WXR namespace WordPress declares on `<rss>` (`xmlns:wp="http://wordpress.org/export/1.2/"`). */
const WXR_NAMESPACE = /xmlns:wp\s*=\s*["']https?:\/\/wordpress\.org\/export\/[\d.]+\/?["']/;

/**
 * The format of an import file, from its content (never its name): XML (a prolog or an
 * `<rss>` first) that declares the WordPress export namespace is WXR; anything that does not
 * start with `<` is NDJSON. XML of another kind is refused rather than read as bad lines.
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
  if (!start.startsWith('<')) return 'ndjson';
  if (WXR_NAMESPACE.test(head)) return 'wxr';
  throw new Error(
    'the file is XML but not a WordPress export (WXR): no xmlns:wp="http://wordpress.org/export/…" on <rss>'
  );
};
