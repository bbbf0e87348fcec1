import { Parser } from 'htmlparser2';

/** The text of an HTML fragment: tags dropped, entities decoded, white space collapsed. */
export const htmlText = (html: string): string => {
  let text = '';
  const parser = new Parser({
    ontext(data) {
      text += data;
    },
    onopentag(name) {
      if (name === 'br' || name === 'p') text += ' ';
    },
  });
  parser.end(html);
  return text.replace(/\s+/g, ' ').trim();
};

/** At most `max` characters, cut at a word boundary with an ellipsis when cut. */
export const clip = (text: string, max: number): string => {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
};

/** Gutenberg's block delimiters, `<!-- wp:paragraph {"…"} -->`, `<!-- /wp:paragraph -->`, `<!-- wp:image /-->`. */
const BLOCK_COMMENT = /<!--\s*\/?wp:[\s\S]*?-->/g;

const BLOCK_TAG = /<(p|div|h[1-6]|ul|ol|blockquote|pre|figure|table|section|article)[\s>]/i;

/**
 * A post's content as HTML with paragraphs: Gutenberg's block comments removed, and content
 * of the classic editor (paragraphs separated by blank lines, WordPress adds the `<p>` when
 * it shows the post) wrapped in `<p>` the way WordPress would.
 */
export const contentHtml = (content: string): string => {
  const html = content.replace(BLOCK_COMMENT, '').replace(/\r\n?/g, '\n').trim();
  if (html === '' || BLOCK_TAG.test(html)) return html;
  return html
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${paragraph.replace(/\n/g, '<br>')}</p>`)
    .join('\n');
};

const WP_DATE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/**
 * `wp:post_date_gmt` (`YYYY-MM-DD HH:MM:SS`, UTC) as ISO 8601 (`…Z`); `null` for WordPress's
 * "no date" (`0000-00-00 00:00:00`, written for drafts) and for anything that is not a real
 * date and time in that exact form.
 */
export const wpDateToIso = (value: string): string | null => {
  const match = WP_DATE.exec(value.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute, second] = match;
  const iso = `${year}-${month}-${day}T${hour}:${minute}:${second}Z`;
  const date = new Date(iso);
  // Date.parse rolls 2023-02-30 over to March; a real date reads back the same.
  if (Number.isNaN(date.getTime()) || date.toISOString() !== iso.replace('Z', '.000Z')) {
    return null;
  }
  return year === '0000' ? null : iso;
};
