import { Parser } from 'htmlparser2';

/**
 * How a "Read also" paragraph starts, in the languages of the archives we import: English,
 * Ukrainian, Russian. Matched at the start of the paragraph's text, ignoring case.
 */
export const READ_ALSO =
  /^(read also|see also|also read|читайте також|дивіться також|читайте также|смотрите также)(?![\p{L}\p{N}])/iu;

type Paragraph = { start: number; end: number; text: string; hrefs: string[] };

/** The top-level `<p>` elements of an HTML fragment, with where they are in the text. */
const paragraphs = (html: string): Paragraph[] => {
  const found: Paragraph[] = [];
  let open: Paragraph | null = null;
  let depth = 0;
  const parser: Parser = new Parser({
    onopentag(name, attribs) {
      if (name === 'p' && depth === 0)
        open = { start: parser.startIndex, end: 0, text: '', hrefs: [] };
      if (name === 'p') depth += 1;
      if (name === 'a' && open && attribs.href) open.hrefs.push(attribs.href);
    },
    ontext(data) {
      if (open) open.text += data;
    },
    onclosetag(name, implied) {
      if (name !== 'p') return;
      depth -= 1;
      // A paragraph closed by something else (`<p>…<div>`) has no end of its own: left alone.
      if (depth === 0 && open && !implied) found.push({ ...open, end: parser.endIndex + 1 });
      if (depth === 0) open = null;
    },
  });
  parser.end(html);
  return found;
};

/**
 * Finds the "Read also" paragraphs of a post: a `<p>` whose text starts with one of
 * `READ_ALSO` and whose links (one at least) all point to posts of the same export. Such
 * paragraphs are removed from the body and their targets returned, in order, without
 * repeats; a paragraph with any other link is kept as it is, so nothing is lost.
 */
export const extractReadAlso = (
  html: string,
  postOf: (href: string) => string | undefined
): { html: string; related: string[] } => {
  const related: string[] = [];
  let kept = html;
  for (const paragraph of paragraphs(html).reverse()) {
    if (!READ_ALSO.test(paragraph.text.replace(/\s+/g, ' ').trim())) continue;
    const targets = paragraph.hrefs.map(postOf);
    if (targets.length === 0 || targets.some((target) => target === undefined)) continue;
    kept = kept.slice(0, paragraph.start) + kept.slice(paragraph.end);
    related.unshift(...(targets as string[]));
  }
  return { html: kept.trim(), related: [...new Set(related)] };
};
