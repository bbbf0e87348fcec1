import { progressRate } from '../../server/src/utils/progress-rate';

describe('rate and ETA of a long task', () => {
  const clock = () => {
    let now = 0;
    return { now: () => now, at: (seconds: number) => (now = seconds * 1000) };
  };

  it('gives items a second since the phase began and the seconds left at that rate', () => {
    const time = clock();
    const withRate = progressRate(time.now);
    expect(withRate({ phase: 'indexing', done: 0, total: 1000 })).toMatchObject({
      rate: undefined,
      etaSeconds: undefined,
    });
    time.at(2);
    expect(withRate({ phase: 'indexing', done: 250, total: 1000 })).toMatchObject({
      rate: 125,
      etaSeconds: 6,
    });
  });

  it('starts again with each phase, and when the count goes back', () => {
    const time = clock();
    const withRate = progressRate(time.now);
    withRate({ phase: 'analysing', done: 0, total: 100 });
    time.at(10);
    withRate({ phase: 'analysing', done: 100, total: 100 });
    expect(withRate({ phase: 'saving', done: 0, total: 40 }).rate).toBeUndefined();
    time.at(12);
    expect(withRate({ phase: 'saving', done: 20, total: 40 })).toMatchObject({
      rate: 10,
      etaSeconds: 2,
    });
    time.at(13);
    expect(withRate({ phase: 'saving', done: 5, total: 40 }).rate).toBeUndefined();
  });
});
