import { parseRecord } from '../../server/src/importer/record';

const line = (extra: Record<string, unknown>) =>
  JSON.stringify({ externalId: 'a', title: 'T', body: 'One.\n\nTwo.\n\nThree.', ...extra });

describe('readAlsoAfter in an import record', () => {
  it('takes a block of the body, or null', () => {
    expect(parseRecord(line({ readAlsoAfter: 2 }))?.readAlsoAfter).toBe(2);
    expect(parseRecord(line({ readAlsoAfter: null }))?.readAlsoAfter).toBeNull();
  });

  it('refuses a block past the body, a negative or a fractional one, naming the field', () => {
    expect(() => parseRecord(line({ readAlsoAfter: 3 }))).toThrow(
      'readAlsoAfter: must be less than 3, the number of blocks of the body'
    );
    expect(() => parseRecord(line({ readAlsoAfter: -1 }))).toThrow(/readAlsoAfter/);
    expect(() => parseRecord(line({ readAlsoAfter: 1.5 }))).toThrow(/readAlsoAfter/);
    expect(() => parseRecord(line({ readAlsoAfter: '1' }))).toThrow(/readAlsoAfter/);
  });
});
