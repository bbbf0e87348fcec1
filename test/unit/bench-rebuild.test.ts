import { mainMsPerList } from '../../bench/rebuild';

const phase = (name: string, mainCpu: number) => ({
  phase: name,
  seconds: 10,
  p95: 50,
  max: 60,
  count: 100,
  mainCpu,
  processCpu: mainCpu,
});

it("charges the main thread's CPU while ranking, less what the probe requests cost it, to each list", () => {
  // 45% of a core while ranking 300 lists a second, 15% for the requests alone: 1 ms a list
  const phases = [phase('quiet', 0.15), phase('saving', 0.9), phase('ranking lists', 0.45)];
  expect(mainMsPerList({ phases, listsPerS: 300 })).toBeCloseTo(1, 10);
});

it('counts the requests at the rate they were answered while ranking', () => {
  // the quiet indexer answered 10 requests a second for 15%; while ranking, 5 a second: 7.5%
  const quiet = { ...phase('quiet', 0.15), seconds: 20, count: 200 };
  const ranking = { ...phase('ranking lists', 0.375), seconds: 100, count: 500 };
  expect(mainMsPerList({ phases: [quiet, ranking], listsPerS: 300 })).toBeCloseTo(1, 10);
});

it('has no figure without a quiet measurement, a ranking phase or lists ranked', () => {
  expect(mainMsPerList({ phases: [phase('ranking lists', 0.4)], listsPerS: 300 })).toBeUndefined();
  expect(mainMsPerList({ phases: [phase('quiet', 0.1)], listsPerS: 300 })).toBeUndefined();
  const both = [phase('quiet', 0.1), phase('ranking lists', 0.4)];
  expect(mainMsPerList({ phases: both, listsPerS: 0 })).toBeUndefined();
});
