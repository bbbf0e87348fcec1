/**
 * Linking a phrase of a Strapi blocks value: pure functions on the edit form's `body`, so the
 * panel changes the text through the form (saved with the story, like any edit).
 *
 * A phrase is addressed as the server's anchors address it (shared/contracts/writing.ts):
 * `block` is the index of a top-level block, `start`/`end` are offsets in that block's plain
 * text, its text nodes joined in document order (link text included, nothing between them).
 */

export type TextLeaf = { type: 'text'; text: string; [mark: string]: unknown };
export type ElementNode = { type: string; children: BlockNode[]; [key: string]: unknown };
export type BlockNode = TextLeaf | ElementNode;

export type PhraseRef = { block: number; start: number; end: number; text: string };

/**
 * Why a phrase cannot be linked: `changed` (the text at those offsets is not the phrase any
 * more: the editor changed it, fetch the anchors again), `linked` (it overlaps a link),
 * `structure` (it crosses list items, or sits in a code block or an image).
 */
export type Refusal = 'changed' | 'linked' | 'structure';
export type LinkResult = { ok: true; body: BlockNode[] } | { ok: false; reason: Refusal };

const isText = (node: unknown): node is TextLeaf =>
  typeof node === 'object' &&
  node !== null &&
  (node as TextLeaf).type === 'text' &&
  typeof (node as TextLeaf).text === 'string';

const isElement = (node: unknown): node is ElementNode =>
  typeof node === 'object' && node !== null && Array.isArray((node as ElementNode).children);

/** The plain text of a node: its text nodes joined. */
export const nodeText = (node: unknown): string => {
  if (isText(node)) return node.text;
  return isElement(node) ? node.children.map(nodeText).join('') : '';
};

/** The body as the form holds it (an array of blocks, or null when empty). */
export const asBlocks = (body: unknown): BlockNode[] => (Array.isArray(body) ? body : []);

/** Top-level blocks of the body (for "After paragraph N"). */
export const blockCount = (body: unknown): number => asBlocks(body).length;

/** Whether the phrase is still at its offsets in the body. */
export const phraseMatches = (body: unknown, phrase: PhraseRef): boolean => {
  const block = asBlocks(body)[phrase.block];
  return (
    Number.isInteger(phrase.start) &&
    phrase.start >= 0 &&
    phrase.end > phrase.start &&
    block !== undefined &&
    nodeText(block).slice(phrase.start, phrase.end) === phrase.text
  );
};

type Span = { child: BlockNode; from: number; to: number; index: number };

const spansOf = (element: ElementNode): Span[] => {
  let position = 0;
  return element.children.map((child, index) => {
    const from = position;
    position += nodeText(child).length;
    return { child, from, to: position, index };
  });
};

const EMPTY: TextLeaf = { type: 'text', text: '' };

/** Splits the text leaves of `element` at [start, end) and wraps the middle in a link. */
const wrap = (
  element: ElementNode,
  start: number,
  end: number,
  url: string
): ElementNode | Refusal => {
  const hits = spansOf(element).filter((span) => span.from < end && span.to > start);
  if (hits.length === 0) return 'changed';
  if (hits.length === 1 && !isText(hits[0].child)) {
    const { child, from, index } = hits[0];
    if (!isElement(child)) return 'structure';
    if (child.type === 'link') return 'linked';
    const inner = wrap(child, start - from, end - from, url);
    if (typeof inner === 'string') return inner;
    return { ...element, children: element.children.map((c, i) => (i === index ? inner : c)) };
  }
  if (hits.some((span) => !isText(span.child))) {
    return hits.some((span) => (span.child as ElementNode).type === 'link')
      ? 'linked'
      : 'structure';
  }
  const part = (span: Span, from: number, to: number): TextLeaf => {
    const leaf = span.child as TextLeaf;
    return { ...leaf, text: leaf.text.slice(Math.max(from - span.from, 0), to - span.from) };
  };
  const first = hits[0];
  const last = hits[hits.length - 1];
  const head = part(first, first.from, start);
  const tail = part(last, end, last.to);
  const inside = hits.map((span) => part(span, start, end)).filter((leaf) => leaf.text !== '');
  const children: BlockNode[] = element.children.slice(0, first.index);
  if (head.text !== '') children.push(head);
  // Inline elements sit between text nodes in the blocks editor (Slate's rule).
  if (!isText(children[children.length - 1])) children.push({ ...EMPTY });
  children.push({ type: 'link', url, children: inside });
  if (tail.text !== '') children.push(tail);
  const rest = element.children.slice(last.index + 1);
  if (!isText(tail.text !== '' ? tail : rest[0])) children.push({ ...EMPTY });
  return { ...element, children: [...children, ...rest] };
};

/**
 * Turns the phrase into a link to `url`: the text node(s) holding it are split, the phrase's
 * parts keep their marks (bold, italic…) inside the link. Answers a new body (the input is not
 * changed) or why it cannot.
 */
export const linkPhrase = (body: unknown, phrase: PhraseRef, url: string): LinkResult => {
  if (!phraseMatches(body, phrase)) return { ok: false, reason: 'changed' };
  const blocks = asBlocks(body);
  const block = blocks[phrase.block];
  if (!isElement(block) || block.type === 'code' || block.type === 'image') {
    return { ok: false, reason: 'structure' };
  }
  const linked = wrap(block, phrase.start, phrase.end, url);
  if (typeof linked === 'string') return { ok: false, reason: linked };
  return { ok: true, body: blocks.map((b, i) => (i === phrase.block ? linked : b)) };
};

/** The URL of the link that holds the whole phrase, or null (the phrase is not linked). */
export const linkAround = (body: unknown, phrase: PhraseRef): string | null => {
  if (!phraseMatches(body, phrase)) return null;
  const find = (node: BlockNode, start: number, end: number): string | null => {
    if (!isElement(node)) return null;
    if (node.type === 'link') return typeof node.url === 'string' ? node.url : null;
    const span = spansOf(node).find((s) => s.from <= start && s.to >= end);
    return span ? find(span.child, start - span.from, end - span.from) : null;
  };
  return find(asBlocks(body)[phrase.block], phrase.start, phrase.end);
};

/** The phrase with up to `radius` characters of its block around it, or null if it moved. */
export const phraseContext = (body: unknown, phrase: PhraseRef, radius = 40) => {
  if (!phraseMatches(body, phrase)) return null;
  const text = nodeText(asBlocks(body)[phrase.block]);
  const from = Math.max(0, phrase.start - radius);
  const to = Math.min(text.length, phrase.end + radius);
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, phrase.start),
    after: text.slice(phrase.end, to) + (to < text.length ? '…' : ''),
  };
};
