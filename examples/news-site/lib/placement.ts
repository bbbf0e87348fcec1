/**
 * Where each "Read also" link goes in the body. An editor places a link after one of the body's
 * top-level blocks (`afterBlock`, counted from 0); links without a place (`null`, absent on an
 * older newsroom, or past the end of the body) follow the body. Links keep editor order.
 */
import type { BlocksContent } from '@strapi/blocks-react-renderer';

import type { RelatedNewsLink } from './types';

export type PlacedBlock = { block: BlocksContent[number]; readAlso: RelatedNewsLink[] };
export type Placement = { blocks: PlacedBlock[]; afterBody: RelatedNewsLink[] };

export const placeReadAlso = (
  body: BlocksContent | null | undefined,
  links: RelatedNewsLink[]
): Placement => {
  const blocks: PlacedBlock[] = (body ?? []).map((block) => ({ block, readAlso: [] }));
  const afterBody: RelatedNewsLink[] = [];
  for (const link of links) {
    const at = link.afterBlock;
    const placed = typeof at === 'number' && Number.isInteger(at) && at >= 0 && at < blocks.length;
    if (placed) blocks[at].readAlso.push(link);
    else afterBody.push(link);
  }
  return { blocks, afterBody };
};
