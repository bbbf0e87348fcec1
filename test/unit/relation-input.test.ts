import { readToOneInput } from '../../server/src/utils/relation-input';

describe('readToOneInput', () => {
  it('leaves the relation alone when the field is absent', () => {
    expect(readToOneInput(undefined)).toBeUndefined();
    expect(readToOneInput({ connect: [], disconnect: [] })).toBeUndefined();
  });

  it('reads a documentId, an id, or an object carrying one', () => {
    expect(readToOneInput('abc123')).toEqual({ documentId: 'abc123' });
    expect(readToOneInput(7)).toEqual({ id: 7 });
    expect(readToOneInput({ documentId: 'abc123', locale: 'en' })).toEqual({
      documentId: 'abc123',
    });
    expect(readToOneInput({ id: '12' })).toEqual({ id: 12 });
  });

  it('reads the admin form { connect, disconnect } and { set }', () => {
    expect(readToOneInput({ connect: [{ id: 3, documentId: 'x' }], disconnect: [] })).toEqual({
      documentId: 'x',
    });
    expect(readToOneInput({ set: [{ documentId: 'y' }] })).toEqual({ documentId: 'y' });
    expect(readToOneInput({ connect: [], disconnect: [{ id: 3 }] })).toBeNull();
  });

  it('reads null, an empty string and an empty list as clearing the relation', () => {
    expect(readToOneInput(null)).toBeNull();
    expect(readToOneInput('')).toBeNull();
    expect(readToOneInput([])).toBeNull();
    expect(readToOneInput({ set: [] })).toBeNull();
  });
});
