import { eventGaps } from '../../server/src/services/related-index/event-gaps';

const events = (...ids: number[]) =>
  ids.map((id) => ({ id, storyDocumentId: `story-${id}`, origin: 'elsewhere' }));

describe('eventGaps: ids an event-log cursor passed before they committed', () => {
  it('looks for the ids missing between the cursor and the events read, until they come', () => {
    const gaps = eventGaps(1000);
    gaps.passed(100, events(102, 103, 106), 0);
    expect(gaps.due(10)).toEqual([101, 104, 105]);
    gaps.found(events(104));
    expect(gaps.due(20)).toEqual([101, 105]);
  });

  it('gives up on an id after the wait (a rolled-back write leaves its id unused)', () => {
    const gaps = eventGaps(1000);
    gaps.passed(0, events(2), 0);
    gaps.passed(2, events(5), 500);
    expect(gaps.due(1000)).toEqual([1, 3, 4]);
    expect(gaps.due(1001)).toEqual([3, 4]);
    expect(gaps.due(1501)).toEqual([]);
  });

  it('finds nothing missing in a run without holes, or when nothing was read', () => {
    const gaps = eventGaps();
    gaps.passed(7, events(8, 9, 10));
    gaps.passed(10, []);
    expect(gaps.due()).toEqual([]);
  });

  it('does not wait for a run of ids too long to be writes still committing', () => {
    const gaps = eventGaps();
    gaps.passed(0, events(50_000));
    expect(gaps.due()).toEqual([]);
    gaps.passed(50_000, events(50_003));
    expect(gaps.due()).toEqual([50_001, 50_002]);
  });
});
