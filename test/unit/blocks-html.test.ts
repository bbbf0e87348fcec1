import { blocksToHtml } from '../../server/src/utils/blocks-html';

const text = (value: string, marks: Record<string, boolean> = {}) => ({
  type: 'text',
  text: value,
  ...marks,
});

describe('blocksToHtml', () => {
  it('writes paragraphs, headings, lists, quotes and marks', () => {
    const html = blocksToHtml([
      { type: 'heading', level: 3, children: [text('Title')] },
      {
        type: 'paragraph',
        children: [text('Bold', { bold: true }), text(' and '), text('it', { italic: true })],
      },
      {
        type: 'list',
        format: 'ordered',
        children: [{ type: 'list-item', children: [text('one')] }],
      },
      { type: 'quote', children: [text('Said.')] },
    ]);
    expect(html).toBe(
      '<h3>Title</h3>\n<p><strong>Bold</strong> and <em>it</em></p>\n<ol><li>one</li></ol>\n<blockquote>Said.</blockquote>'
    );
  });

  it('escapes text and attributes, and drops unsafe link and image URLs', () => {
    const html = blocksToHtml([
      {
        type: 'paragraph',
        children: [
          text('<script>alert("x")</script> & co'),
          { type: 'link', url: 'javascript:alert(1)', children: [text('bad')] },
          { type: 'link', url: 'https://example.com/?a="b"', children: [text('good')] },
        ],
      },
      { type: 'image', image: { url: 'data:text/html,x', alternativeText: 'x' } },
      { type: 'image', image: { url: '/uploads/a.jpg', alternativeText: '"quoted"' } },
    ]);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('bad<a href="https://example.com/?a=&quot;b&quot;">good</a>');
    expect(html).not.toContain('data:text');
    expect(html).toContain('<img src="/uploads/a.jpg" alt="&quot;quoted&quot;">');
  });

  it('answers an empty string for anything that is not blocks', () => {
    expect(blocksToHtml(null)).toBe('');
    expect(blocksToHtml('text')).toBe('');
  });
});
