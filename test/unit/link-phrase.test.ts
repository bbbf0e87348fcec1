import {
  blockCount,
  linkAround,
  linkPhrase,
  phraseContext,
} from '../../admin/src/utils/link-phrase';

const text = (t: string, marks = {}) => ({ type: 'text', text: t, ...marks });
const paragraph = (...children: object[]) => ({ type: 'paragraph', children });
const link = (url: string, ...children: object[]) => ({ type: 'link', url, children });
const URL = '/news/nato-summit';

const SENTENCE = 'Allies met at the NATO summit in Vilnius.';
const at = (phrase: string, source = SENTENCE, block = 0) => {
  const start = source.indexOf(phrase);
  return { block, start, end: start + phrase.length, text: phrase };
};

describe('linking a phrase inside one text node', () => {
  it('splits the node into text, link, text', () => {
    const body = [paragraph(text('Intro.')), paragraph(text(SENTENCE))];
    const result = linkPhrase(body, at('NATO summit', SENTENCE, 1), URL);
    expect(result).toEqual({
      ok: true,
      body: [
        paragraph(text('Intro.')),
        paragraph(text('Allies met at the '), link(URL, text('NATO summit')), text(' in Vilnius.')),
      ],
    });
    expect(body[1]).toEqual(paragraph(text(SENTENCE)));
  });

  it('keeps the marks of the node on every part', () => {
    const body = [paragraph(text(SENTENCE, { italic: true }))];
    const result = linkPhrase(body, at('NATO'), URL);
    expect(result.ok && result.body[0]).toEqual(
      paragraph(
        text('Allies met at the ', { italic: true }),
        link(URL, text('NATO', { italic: true })),
        text(' summit in Vilnius.', { italic: true })
      )
    );
  });

  it('puts empty text nodes around a link at the start or the end of a block', () => {
    const start = linkPhrase([paragraph(text(SENTENCE))], at('Allies met'), URL);
    expect(start.ok && start.body[0]).toEqual(
      paragraph(text(''), link(URL, text('Allies met')), text(' at the NATO summit in Vilnius.'))
    );
    const end = linkPhrase([paragraph(text(SENTENCE))], at('Vilnius.'), URL);
    expect(end.ok && end.body[0]).toEqual(
      paragraph(text('Allies met at the NATO summit in '), link(URL, text('Vilnius.')), text(''))
    );
    const whole = linkPhrase([paragraph(text(SENTENCE))], at(SENTENCE), URL);
    expect(whole.ok && whole.body[0]).toEqual(
      paragraph(text(''), link(URL, text(SENTENCE)), text(''))
    );
  });
});

describe('linking a phrase across nodes', () => {
  it('keeps each part’s own marks inside the link', () => {
    const body = [
      paragraph(text('Allies met at the '), text('NATO', { bold: true }), text(' summit today.')),
    ];
    const result = linkPhrase(body, at('NATO summit', 'Allies met at the NATO summit today.'), URL);
    expect(result.ok && result.body[0]).toEqual(
      paragraph(
        text('Allies met at the '),
        link(URL, text('NATO', { bold: true }), text(' summit')),
        text(' today.')
      )
    );
  });

  it('links inside a list item and next to an existing link', () => {
    const source = 'See Kyiv: NATO summit';
    const body = [
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [text('First')] },
          {
            type: 'list-item',
            children: [text('See '), link('/news/kyiv', text('Kyiv')), text(': NATO summit')],
          },
        ],
      },
    ];
    const result = linkPhrase(body, at('NATO summit', `First${source}`), URL);
    expect(result.ok && (result.body[0] as { children: unknown[] }).children[1]).toEqual({
      type: 'list-item',
      children: [
        text('See '),
        link('/news/kyiv', text('Kyiv')),
        text(': '),
        link(URL, text('NATO summit')),
        text(''),
      ],
    });
  });
});

describe('refusals', () => {
  it('refuses when the text at the offsets is not the phrase any more', () => {
    const body = [paragraph(text('Allies met at the NATO meeting in Vilnius.'))];
    expect(linkPhrase(body, at('NATO summit'), URL)).toEqual({ ok: false, reason: 'changed' });
    expect(linkPhrase(body, { ...at('NATO'), block: 3 }, URL)).toEqual({
      ok: false,
      reason: 'changed',
    });
    expect(linkPhrase(null, at('NATO'), URL)).toEqual({ ok: false, reason: 'changed' });
  });

  it('refuses a phrase that overlaps a link, crosses list items or sits in code', () => {
    const linked = [paragraph(text('Allies met at the '), link('/x', text('NATO summit')))];
    expect(linkPhrase(linked, at('NATO', 'Allies met at the NATO summit'), URL)).toEqual({
      ok: false,
      reason: 'linked',
    });
    expect(linkPhrase(linked, at('the NATO', 'Allies met at the NATO summit'), URL)).toEqual({
      ok: false,
      reason: 'linked',
    });
    const list = [
      {
        type: 'list',
        children: [
          { type: 'list-item', children: [text('NATO')] },
          { type: 'list-item', children: [text('summit')] },
        ],
      },
    ];
    expect(linkPhrase(list, at('NATOsummit', 'NATOsummit'), URL)).toEqual({
      ok: false,
      reason: 'structure',
    });
    const code = [{ type: 'code', children: [text('NATO = 1')] }];
    expect(linkPhrase(code, at('NATO', 'NATO = 1'), URL)).toEqual({
      ok: false,
      reason: 'structure',
    });
  });
});

describe('reading the body', () => {
  it('finds the link around a phrase once it is linked', () => {
    const body = [paragraph(text(SENTENCE))];
    expect(linkAround(body, at('NATO summit'))).toBeNull();
    const result = linkPhrase(body, at('NATO summit'), URL);
    expect(result.ok && linkAround(result.body, at('NATO summit'))).toBe(URL);
  });

  it('shows a phrase in its context and counts top-level blocks', () => {
    const body = [paragraph(text(SENTENCE))];
    expect(phraseContext(body, at('NATO summit'), 10)).toEqual({
      before: '…et at the ',
      after: ' in Vilniu…',
    });
    expect(phraseContext(body, at('nothing'))).toBeNull();
    expect(blockCount(body)).toBe(1);
    expect(blockCount(null)).toBe(0);
  });
});
