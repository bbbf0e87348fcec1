import { parseDocument } from 'htmlparser2';

import { isStorableLink } from './link-urls';

/** Told about each detail the converter mended (a link or an empty list dropped). */
export type Warn = (message: string) => void;
const quiet: Warn = () => undefined;

/**
 * Turns an imported body (plain text with blank lines between paragraphs, or HTML) into
 * Strapi "blocks": paragraphs, headings, lists, quotes and code, with bold, italic,
 * underline, strike-through, inline code and links.
 */
type Text = {
  type: 'text';
  text: string;
  bold?: true;
  italic?: true;
  underline?: true;
  strikethrough?: true;
  code?: true;
};
type Link = { type: 'link'; url: string; children: Text[] };
type Inline = Text | Link;
export type Block =
  | { type: 'paragraph' | 'quote'; children: Inline[] }
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: Inline[] }
  | { type: 'code'; children: Text[] }
  | { type: 'list'; format: 'ordered' | 'unordered'; children: ListItem[] };
type ListItem = { type: 'list-item'; children: Inline[] };
type Marks = Omit<Text, 'type' | 'text'>;
type ChildNode = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<ChildNode, { attribs: Record<string, string> }>;

const looksLikeHtml = (body: string) => /<([a-z][a-z0-9]*)(\s[^>]*)?>/i.test(body);

export const textToBlocks = (body: string): Block[] =>
  body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));

const MARKS: Record<string, keyof Marks> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  u: 'underline',
  s: 'strikethrough',
  strike: 'strikethrough',
  del: 'strikethrough',
  code: 'code',
};

const isElement = (node: ChildNode): node is Element => node.type === 'tag';

/** A URL as a warning quotes it: short, on one line. */
const quoted = (url: string) =>
  JSON.stringify(url.length > 60 ? `${url.slice(0, 59).replace(/\s+/g, ' ')}…` : url);

const inlines = (nodes: ChildNode[], warn: Warn, marks: Marks = {}): Inline[] => {
  const out: Inline[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      const text = node.data.replace(/\s+/g, ' ');
      if (text !== '') out.push({ type: 'text', text, ...marks });
    } else if (isElement(node)) {
      const texts = () =>
        inlines(node.children, warn, marks).filter((c): c is Text => c.type === 'text');
      if (node.name === 'br') out.push({ type: 'text', text: '\n', ...marks });
      else if (node.name === 'a' && node.attribs.href && isStorableLink(node.attribs.href)) {
        out.push({
          type: 'link',
          url: node.attribs.href.trim(),
          children: nonEmpty(texts()) as Text[],
        });
      } else if (node.name === 'a' && node.attribs.href) {
        // Strapi's blocks refuse this URL (`javascript:`, `data:`, a bare `#anchor`…): the
        // link goes, its text stays.
        warn(
          `body: link ${quoted(node.attribs.href)} dropped (not a URL a story may link to); its text is kept`
        );
        out.push(...texts());
      } else {
        const mark = MARKS[node.name];
        out.push(...inlines(node.children, warn, mark ? { ...marks, [mark]: true } : marks));
      }
    }
  }
  return out;
};

/** Blocks must hold at least one text child, and text is trimmed at the block's edges. */
const nonEmpty = (children: Inline[]): Inline[] => {
  const first = children[0];
  const last = children[children.length - 1];
  if (first?.type === 'text') first.text = first.text.replace(/^\s+/, '');
  if (last?.type === 'text') last.text = last.text.replace(/\s+$/, '');
  const kept = children.filter((c) => c.type !== 'text' || c.text !== '');
  return kept.length > 0 ? kept : [{ type: 'text', text: '' }];
};

const hasText = (children: Inline[]) =>
  children.some((c) => (c.type === 'text' ? c.text.trim() !== '' : true));

const HEADING = /^h([1-6])$/;

const blocks = (nodes: ChildNode[], warn: Warn): Block[] => {
  const out: Block[] = [];
  let loose: ChildNode[] = [];
  const flush = () => {
    const children = nonEmpty(inlines(loose, warn));
    if (hasText(children)) out.push({ type: 'paragraph', children });
    loose = [];
  };
  for (const node of nodes) {
    if (!isElement(node)) {
      loose.push(node);
      continue;
    }
    const heading = HEADING.exec(node.name);
    if (
      ['p', 'blockquote', 'pre', 'ul', 'ol', 'div', 'section', 'article'].includes(node.name) ||
      heading
    ) {
      flush();
    }
    if (heading) {
      const level = Number(heading[1]) as 1 | 2 | 3 | 4 | 5 | 6;
      out.push({ type: 'heading', level, children: nonEmpty(inlines(node.children, warn)) });
    } else if (node.name === 'p' || node.name === 'blockquote') {
      const children = nonEmpty(inlines(node.children, warn));
      if (hasText(children))
        out.push({ type: node.name === 'p' ? 'paragraph' : 'quote', children });
    } else if (node.name === 'pre') {
      const text = inlines(node.children, warn)
        .map((c) => (c.type === 'text' ? c.text : ''))
        .join('');
      out.push({ type: 'code', children: [{ type: 'text', text }] });
    } else if (node.name === 'ul' || node.name === 'ol') {
      const items = node.children
        .filter(isElement)
        .filter((child) => child.name === 'li')
        .map((li) => nonEmpty(inlines(li.children, warn)));
      if (items.some(hasText)) {
        out.push({
          type: 'list',
          format: node.name === 'ol' ? 'ordered' : 'unordered',
          children: items.map((children) => ({ type: 'list-item', children })),
        });
      } else {
        // Strapi's blocks refuse a list without items; one whose items hold no text goes too.
        warn(`body: an empty list dropped (before block ${out.length})`);
      }
    } else if (['div', 'section', 'article'].includes(node.name)) {
      out.push(...blocks(node.children, warn));
    } else if (!['script', 'style'].includes(node.name)) {
      loose.push(node);
    }
  }
  flush();
  return out;
};

/**
 * HTML as blocks. What Strapi's blocks would refuse is mended and told to `warn`: a link whose
 * URL is refused keeps only its text, a list without items (or an item without text) is dropped.
 */
export const htmlToBlocks = (html: string, warn: Warn = quiet): Block[] =>
  blocks(parseDocument(html).children, warn);

export const bodyToBlocks = (body: string | null | undefined, warn: Warn = quiet): Block[] => {
  if (!body || body.trim() === '') return [];
  return looksLikeHtml(body) ? htmlToBlocks(body, warn) : textToBlocks(body);
};
