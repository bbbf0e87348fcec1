// eslint-disable-next-line @typescript-eslint/no-require-imports
const { convertBbc } = require('../../playground/scripts/convert-bbc.js');

const story = (id: string, category: string) =>
  JSON.stringify({
    id: `${category}/${id}`,
    category,
    title: `Title ${id}`,
    paragraphs: ['Lead.', 'P1.', 'P2.'],
  });

describe('convertBbc', () => {
  const until = new Date('2026-01-01T12:00:00Z');
  const records = convertBbc(
    [story('a', 'sport'), story('b', 'tech'), '', story('c', 'business')],
    { until }
  );

  it('maps every story to an import record', () => {
    expect(records).toHaveLength(3);
    const a = records.find((r: { externalId: string }) => r.externalId === 'bbc/sport/a');
    expect(a).toEqual({
      externalId: 'bbc/sport/a',
      title: 'Title a',
      lead: 'Lead.',
      body: 'P1.\n\nP2.',
      section: 'Sport',
      source: 'BBC News',
      publishedAt: expect.any(String),
      locale: 'en',
    });
  });

  it('spreads synthetic dates two hours apart, newest at --until', () => {
    const dates = records.map((r: { publishedAt: string }) => Date.parse(r.publishedAt));
    expect(dates[0]).toBe(until.getTime());
    expect(dates[1] - dates[2]).toBe(2 * 3600 * 1000);
  });

  it('keeps an over-long first paragraph in the body instead of cutting it into a lead', () => {
    const long = 'x'.repeat(1001);
    const [record] = convertBbc(
      [JSON.stringify({ id: 'l', category: 'tech', title: 'T', paragraphs: [long, 'Next.'] })],
      { until }
    );
    expect(record.lead).toBeNull();
    expect(record.body).toBe(`${long}\n\nNext.`);
  });

  it('decodes HTML character references of the corpus', () => {
    const [record] = convertBbc(
      [
        JSON.stringify({
          id: 'v',
          category: 'business',
          title: '&#163;1.8m fine',
          paragraphs: ['Caf&#233; &lt;3'],
        }),
      ],
      { until }
    );
    expect(record.title).toBe('£1.8m fine');
    expect(record.lead).toBe('Café <3');
  });

  it('orders stories the same way on every run', () => {
    expect(
      convertBbc([story('c', 'business'), story('a', 'sport'), story('b', 'tech')], { until })
    ).toEqual(records);
  });
});
