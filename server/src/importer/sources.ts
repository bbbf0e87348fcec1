import type { ImportRecord } from '../../../shared/contracts/import';
import { parseRecord } from './record';
import type { MendContext } from './record-mends';

/**
 * What the importer's run loop consumes: one reader per line of NDJSON or `<item>` of a
 * WordPress export. Calling it gives the checked record (telling `context.warn` what it had to
 * mend), `null` for something to pass over (a blank line, a page of a WordPress export), or
 * throws an Error naming the field at fault. `size` is the length of its text (the line), by
 * which the run bounds a batch's memory.
 */
export type RecordReader = ((context?: MendContext) => ImportRecord | null) & { size?: number };

/** A reader of the record in `text` (a line of NDJSON), with its size. */
export const sized = (
  text: string,
  read: (context?: MendContext) => ImportRecord | null
): RecordReader => Object.assign(read, { size: text.length });

/** A bad record whose externalId is known (so the report can name the story). */
export class RecordError extends Error {
  constructor(
    message: string,
    readonly externalId?: string
  ) {
    super(message);
  }
}

/** NDJSON: each line is parsed and checked when the run loop reads it. */
export async function* ndjsonReaders(
  lines: AsyncIterable<string> | Iterable<string>
): AsyncGenerator<RecordReader> {
  for await (const line of lines) yield sized(line, (context) => parseRecord(line, context));
}
