import { bodyToBlocks, htmlToBlocks, textToBlocks } from '../../server/src/importer/body-blocks';

const text = (t: string, marks = {}) => ({ type: 'text', text: t, ...marks });

describe('plain text bodies', () => {
  it('makes a paragraph of each blank-line-separated block, joining wrapped lines', () => {
    expect(textToBlocks('One\nline.\r\n\r\nTwo.\n\n\n')).toEqual([
      { type: 'paragraph', children: [text('One line.')] },
      { type: 'paragraph', children: [text('Two.')] },
    ]);
  });

  it('gives no blocks for an empty body', () => {
    expect(bodyToBlocks('')).toEqual([]);
    expect(bodyToBlocks(null)).toEqual([]);
  });
});

describe('HTML bodies', () => {
  it('keeps headings, quotes, ordered lists and code', () => {
    expect(
      htmlToBlocks(
        '<h2>Why</h2><blockquote>“Quote”</blockquote><ol><li>a</li><li>b</li></ol><pre>x = 1</pre>'
      )
    ).toEqual([
      { type: 'heading', level: 2, children: [text('Why')] },
      { type: 'quote', children: [text('“Quote”')] },
      {
        type: 'list',
        format: 'ordered',
        children: [
          { type: 'list-item', children: [text('a')] },
          { type: 'list-item', children: [text('b')] },
        ],
      },
      { type: 'code', children: [text('x = 1')] },
    ]);
  });

  it('keeps nested marks and links', () => {
    expect(
      htmlToBlocks('<p><em>Very <b>bold</b></em> <a href="https://e.org">link</a></p>')
    ).toEqual([
      {
        type: 'paragraph',
        children: [
          text('Very ', { italic: true }),
          text('bold', { italic: true, bold: true }),
          text(' '),
          { type: 'link', url: 'https://e.org', children: [text('link')] },
        ],
      },
    ]);
  });

  it('wraps loose text in paragraphs, unwraps divs and drops scripts', () => {
    expect(
      htmlToBlocks('Loose <i>text</i><div><p>In div</p></div><script>alert(1)</script>')
    ).toEqual([
      { type: 'paragraph', children: [text('Loose '), text('text', { italic: true })] },
      { type: 'paragraph', children: [text('In div')] },
    ]);
  });

  it('detects HTML bodies and plain text bodies', () => {
    expect(bodyToBlocks('<p>a</p>')).toEqual([{ type: 'paragraph', children: [text('a')] }]);
    expect(bodyToBlocks('a < b and c > d')).toEqual([
      { type: 'paragraph', children: [text('a < b and c > d')] },
    ]);
  });
});
