import { blockTexts } from '../../server/src/utils/blocks-text';

describe('block texts for anchors', () => {
  it('joins text nodes, records links, list-item breaks, and skips code and images', () => {
    const blocks = blockTexts([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Read ' },
          { type: 'link', url: '/news/vilnius', children: [{ type: 'text', text: 'the summit' }] },
          { type: 'text', text: ' story', bold: true },
        ],
      },
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'NATO' }] },
          { type: 'list-item', children: [{ type: 'text', text: 'summit' }] },
        ],
      },
      { type: 'code', children: [{ type: 'text', text: 'NATO summit' }] },
      { type: 'image', image: { url: '/x.png' }, children: [{ type: 'text', text: '' }] },
    ]);
    expect(blocks).toEqual([
      { text: 'Read the summit story', linked: [[5, 15]], breaks: [], urls: ['/news/vilnius'] },
      { text: 'NATOsummit', linked: [], breaks: [4, 10], urls: [] },
      { text: '', linked: [], breaks: [], urls: [] },
      { text: '', linked: [], breaks: [], urls: [] },
    ]);
    expect(blockTexts('not blocks')).toEqual([]);
  });
});
