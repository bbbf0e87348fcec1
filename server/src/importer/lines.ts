import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** Lines of a UTF-8 text file, read as a stream (archives can be large). */
export const fileLines = (path: string): AsyncIterable<string> =>
  createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });

/** Number of lines in a file, for progress percentages. */
export const countLines = async (path: string): Promise<number> => {
  let count = 0;
  for await (const line of fileLines(path)) if (line !== undefined) count += 1;
  return count;
};
