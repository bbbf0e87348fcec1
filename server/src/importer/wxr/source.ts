import { stat } from 'node:fs/promises';

import { parseRecord } from '../record';
import { RecordError, sized, type RecordReader } from '../sources';
import { wxrNodes, type WxrPosition } from './items';
import { scanSite } from './site';
import { wxrItemToRecord } from './to-record';

export type WxrSource = {
  /** `<item>`s in the file (every post type), known after the first pass. */
  items: number;
  /** One reader per `<item>`, in file order; items that are not posts read as `null`. */
  readers: () => AsyncGenerator<RecordReader>;
  /** Where the second pass is in the file. */
  position: WxrPosition;
  /** Items passed over, by `wp:post_type`; complete once `readers` is exhausted. */
  skipped: Record<string, number>;
};

/**
 * A WordPress export (WXR) as a source of import records, in two streaming passes: the first
 * learns the site (authors, permalinks, attachments' captions), the second turns each post
 * into the record an NDJSON line would give, checked by the same `parseRecord`.
 */
export const openWxr = async (path: string): Promise<WxrSource> => {
  const totalBytes = (await stat(path)).size;
  const site = await scanSite(path);
  const position: WxrPosition = { bytesRead: 0, totalBytes };
  const skipped: Record<string, number> = {};

  async function* readers(): AsyncGenerator<RecordReader> {
    let ordinal = 0;
    for await (const node of wxrNodes(path, position)) {
      if (node.type !== 'item') continue;
      ordinal += 1;
      const externalId = node.item.guid.trim() || undefined;
      const mended: string[] = [];
      try {
        const conversion = wxrItemToRecord(node.item, site, ordinal, (m) => mended.push(m));
        if ('skipped' in conversion) {
          skipped[conversion.skipped] = (skipped[conversion.skipped] ?? 0) + 1;
          yield () => null;
          continue;
        }
        // The same check as a line of NDJSON, by construction.
        const line = JSON.stringify(conversion.record);
        yield sized(line, (context) => {
          for (const message of mended) context?.warn(message);
          try {
            return parseRecord(line, context);
          } catch (error) {
            throw new RecordError((error as Error).message, conversion.record.externalId);
          }
        });
      } catch (error) {
        yield () => {
          throw error instanceof RecordError
            ? error
            : new RecordError((error as Error).message, externalId);
        };
      }
    }
  }

  return { items: site.items, readers, position, skipped };
};
