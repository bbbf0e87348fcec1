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

type Node = { type?: string; text?: unknown; url?: unknown; children?: unknown };

/** Blocks whose text is not prose: never anchored. */
const NOT_PROSE = new Set(['code', 'image']);

const childrenOf = (node: Node): Node[] =>
  Array.isArray(node.children) ? (node.children as Node[]) : [];

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
