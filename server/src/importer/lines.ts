import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/**
 * Lines of a UTF-8 text file, read as a stream (archives can be large). The file is opened on
 * the first read, not before: readline drops lines emitted before anyone iterates.
 */
export async function* fileLines(path: string): AsyncGenerator<string> {
  const reader = createInterface({
    input: createReadStream(path, { encoding: 'utf8' }),
    crlfDelay: Infinity,
  });
  for await (const line of reader) yield line;
}

/** Number of lines in a file, for progress percentages. */
export const countLines = async (path: string): Promise<number> => {
  let count = 0;
  for await (const _line of fileLines(path)) count += 1;
  return count;
};
