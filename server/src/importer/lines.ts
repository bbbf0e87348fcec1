import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';

/** How far a streamed file has been read: bytes of the lines (or items) handed on, and its size. */
export type FilePosition = { bytesRead: number; totalBytes?: number };

/**
 * Lines of a UTF-8 text file, read as a stream in one pass (archives can be large); `position`
 * follows the bytes of the lines handed on, for a percentage and an ETA without counting the
 * lines first. The file is opened on the first read, not before: readline drops lines emitted
 * before anyone iterates.
 */
export async function* fileLines(path: string, position?: FilePosition): AsyncGenerator<string> {
  if (position) position.totalBytes = (await stat(path)).size;
  const reader = createInterface({
    input: createReadStream(path, { encoding: 'utf8' }),
    crlfDelay: Infinity,
  });
  for await (const line of reader) {
    if (position) {
      const read = position.bytesRead + Buffer.byteLength(line) + 1;
      position.bytesRead = Math.min(read, position.totalBytes ?? read);
    }
    yield line;
  }
}
