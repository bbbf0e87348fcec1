/**
 * HTML of a Strapi blocks value, for outputs that carry a story's body as markup (ninjs
 * `bodies`). Every text and attribute is escaped; only `http(s):`, `mailto:` and relative
 * link URLs are kept (a `javascript:` URL becomes plain text).
 */
type Node = {
  type?: string;
  text?: unknown;
  url?: unknown;
  level?: unknown;
  format?: unknown;
  image?: { url?: unknown; alternativeText?: unknown };
  children?: unknown;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
};

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

const SAFE_URL = /^(https?:\/\/|mailto:|\/|#)/i;

const childrenOf = (node: Node): Node[] =>
  Array.isArray(node.children) ? (node.children as Node[]) : [];

const MARKS: Array<[keyof Node, string]> = [
  ['code', 'code'],
  ['bold', 'strong'],
  ['italic', 'em'],
  ['underline', 'u'],
  ['strikethrough', 's'],
];

const textHtml = (node: Node) =>
  MARKS.reduce(
    (html, [mark, tag]) => (node[mark] ? `<${tag}>${html}</${tag}>` : html),
    escapeHtml(typeof node.text === 'string' ? node.text : '')
  );

const inline = (nodes: Node[]): string =>
  nodes
    .map((node) => {
      if (node.type === 'text') return textHtml(node);
      const inner = inline(childrenOf(node));
      if (node.type === 'link' && typeof node.url === 'string' && SAFE_URL.test(node.url)) {
        return `<a href="${escapeHtml(node.url)}">${inner}</a>`;
      }
      return inner;
    })
    .join('');

const block = (node: Node): string => {
  const children = childrenOf(node);
  switch (node.type) {
    case 'heading': {
      const level = Number(node.level);
      const h = Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2;
      return `<h${h}>${inline(children)}</h${h}>`;
    }
    case 'list': {
      const tag = node.format === 'ordered' ? 'ol' : 'ul';
      return `<${tag}>${children.map(block).join('')}</${tag}>`;
    }
    case 'list-item':
      return `<li>${children.map((c) => (c.type === 'list' ? block(c) : inline([c]))).join('')}</li>`;
    case 'quote':
      return `<blockquote>${inline(children)}</blockquote>`;
    case 'code':
      return `<pre><code>${inline(children)}</code></pre>`;
    case 'image': {
      const url = node.image?.url;
      if (typeof url !== 'string' || !SAFE_URL.test(url)) return '';
      const alt = typeof node.image?.alternativeText === 'string' ? node.image.alternativeText : '';
      return `<figure><img src="${escapeHtml(url)}" alt="${escapeHtml(alt)}"></figure>`;
    }
    default:
      return `<p>${inline(children)}</p>`;
  }
};

/** The body as HTML, one element per top-level block ('' for anything not a blocks array). */
export const blocksToHtml = (blocks: unknown): string =>
  Array.isArray(blocks)
    ? (blocks as Node[])
        .filter((node) => node && typeof node === 'object')
        .map(block)
        .join('\n')
    : '';
