type Node = { type?: string; text?: string; children?: Node[] };

/** Plain text of a Strapi blocks value (paragraphs on their own lines), for analysis. */
export const blocksToText = (blocks: unknown): string => {
  if (!Array.isArray(blocks)) return typeof blocks === 'string' ? blocks : '';
  const text = (node: Node): string =>
    node.type === 'text' ? (node.text ?? '') : (node.children ?? []).map(text).join('');
  return (blocks as Node[]).map(text).join('\n');
};
