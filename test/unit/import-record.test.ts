import { recordChecksum } from '../../server/src/importer/checksum';
import { parseRecord } from '../../server/src/importer/record';

const line = (record: Record<string, unknown>) => JSON.stringify(record);

describe('parseRecord', () => {
  it('accepts a full story and trims names', () => {
    const record = parseRecord(
      line({
        externalId: ' s-1 ',
        title: ' Headline ',
        lead: 'Lead',
        body: 'Body',
        tags: [' Energy ', 'NATO'],
        authors: ['Iryna Koval '],
        section: 'Business',
        source: 'UNIAN',
        publishedAt: '2023-10-11T09:30:00Z',
        locale: 'en',
        related: ['s-2'],
      })
    );
    expect(record).toMatchObject({
      externalId: 's-1',
      title: 'Headline',
      tags: ['Energy', 'NATO'],
      authors: ['Iryna Koval'],
    });
  });

  it('returns null for a blank line', () => {
    expect(parseRecord('   ')).toBeNull();
  });

  it.each([
    ['{"externalId":', /not valid JSON/],
    ['[1,2]', /JSON object/],
    [line({ title: 'x' }), /externalId is a required field/],
    [line({ externalId: 'x' }), /title is a required field/],
    [line({ externalId: 'x', title: 7 }), /title must be a `string`/],
    [line({ externalId: 'x', title: 'x'.repeat(301) }), /title must be at most 300/],
    [line({ externalId: 'x', title: 'x', tags: 'NATO' }), /tags must be a `array`/],
    [
      line({ externalId: 'x', title: 'x', publishedAt: 'soon' }),
      /publishedAt must be an ISO 8601 date/,
    ],
    [line({ externalId: 'x', title: 'x', colour: 'red' }), /unknown field\(s\): colour/],
    [line({ externalId: 'x', title: 'x', publishedAt: '1' }), /publishedAt must be an ISO 8601/],
    [
      line({ externalId: 'x', title: 'x', publishedAt: '2023-02-30' }),
      /publishedAt must be an ISO 8601/,
    ],
    [line({ externalId: 'x', title: '   ' }), /title must not be blank/],
  ])('rejects %s with a message naming the field', (text, message) => {
    expect(() => parseRecord(text)).toThrow(message);
  });
});

describe('recordChecksum', () => {
  const base = { externalId: 'a', title: 'T', tags: ['x'] };

  it('is stable for the same story', () => {
    expect(recordChecksum({ ...base })).toBe(recordChecksum({ ...base }));
  });

  it('changes when any imported field changes', () => {
    const checksum = recordChecksum(base);
    expect(recordChecksum({ ...base, title: 'T2' })).not.toBe(checksum);
    expect(recordChecksum({ ...base, tags: ['y'] })).not.toBe(checksum);
    expect(recordChecksum({ ...base, related: ['b'] })).not.toBe(checksum);
    expect(recordChecksum({ ...base, publishedAt: '2024-01-01' })).not.toBe(checksum);
  });
});
