import { readFile } from 'node:fs/promises';

import { parseJsonLine } from '../record';
import type { MendContext } from '../record-mends';
import { type RecordReader, sized } from '../sources';
import { ninjsToRecord } from './to-record';

/** One ninjs object a line (NDJSON): each line is parsed when the run loop reads it. */
export async function* ninjsLineReaders(
  lines: AsyncIterable<string> | Iterable<string>
): AsyncGenerator<RecordReader> {
  for await (const line of lines) {
    yield sized(line, (context?: MendContext) => {
      const value = parseJsonLine(line);
      return value === undefined ? null : ninjsToRecord(value, context);
    });
  }
}

/**
 * A file holding one JSON array of ninjs objects. The array is read whole (a ninjs export is
 * a batch, not an archive); each item is one record, `line` counting items.
 */
export const ninjsArrayReaders = async (path: string) => {
  const text = await readFile(path, 'utf8');
  let items: unknown;
  try {
    items = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Error(`the ninjs file is not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(items)) throw new Error('a ninjs file must hold a JSON array of objects');
  async function* readers(): AsyncGenerator<RecordReader> {
    for (const item of items as unknown[]) {
      yield sized(JSON.stringify(item) ?? '', (context?: MendContext) =>
        ninjsToRecord(item, context)
      );
    }
  }
  return { items: (items as unknown[]).length, readers };
};
