/** Reading the text of a Strapi blocks value (the article body): whole, or block by block. */

type Node = { type?: string; text?: unknown; url?: unknown; children?: unknown };

const childrenOf = (node: Node): Node[] =>
  Array.isArray(node.children) ? (node.children as Node[]) : [];

/** Plain text of a Strapi blocks value (paragraphs on their own lines), for analysis. */
export const blocksToText = (blocks: unknown): string => {
  if (!Array.isArray(blocks)) return typeof blocks === 'string' ? blocks : '';
  const text = (node: Node): string =>
    node.type === 'text' ? String(node.text ?? '') : childrenOf(node).map(text).join('');
  return (blocks as Node[]).map(text).join('\n');
};

/**
 * The plain text of each top-level block of a Strapi blocks value, as anchors are placed in it:
 * a block's text is its text nodes' `text` joined in order (so offsets are the ones an editor's
 * client computes the same way), with the ranges already inside a link node and the offsets a
 * phrase may not cross (between list items, or around an inline image).
 */
export type BlockText = {
  text: string;
  /** `[start, end)` ranges of the text that are already inside a link node. */
  linked: Array<[number, number]>;
  /** Offsets a phrase may not cross. */
  breaks: number[];
  /** The URLs the block links to. */
  urls: string[];
};

/** Blocks whose text is not prose: never anchored. */
const NOT_PROSE = new Set(['code', 'image']);

const readBlock = (block: Node): BlockText => {
  const out: BlockText = { text: '', linked: [], breaks: [], urls: [] };
  const walk = (node: Node, breakAfter: boolean) => {
    if (node.type === 'text') {
      out.text += typeof node.text === 'string' ? node.text : '';
      return;
    }
    const start = out.text.length;
    childrenOf(node).forEach((child) => walk(child, node.type === 'list' || child.type === 'list'));
    if (node.type === 'link') {
      out.linked.push([start, out.text.length]);
      if (typeof node.url === 'string') out.urls.push(node.url);
    }
    if (breakAfter) out.breaks.push(out.text.length);
  };
  walk(block, false);
  return out;
};

/** One entry per top-level block, in order (non-prose blocks have an empty text). */
export const blockTexts = (blocks: unknown): BlockText[] =>
  Array.isArray(blocks)
    ? (blocks as Node[]).map((block) =>
        block && typeof block === 'object' && !NOT_PROSE.has(String(block.type))
          ? readBlock(block)
          : { text: '', linked: [], breaks: [], urls: [] }
      )
    : [];
