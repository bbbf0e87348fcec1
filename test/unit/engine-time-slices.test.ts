import { timeSlices } from '../../server/src/engine/time-slices';

/** Other work waiting on the event loop (as a request does): counts its turns until stopped. */
const otherWork = () => {
  const counter = { turns: 0, stop: () => clearImmediate(handle) };
  let handle = setImmediate(function next() {
    counter.turns += 1;
    handle = setImmediate(next);
  });
  return counter;
};

/** A clock moved by hand, in ms. */
const clock = () => {
  const state = { ms: 0 };
  return { state, now: () => state.ms };
};

let other: ReturnType<typeof otherWork>;
beforeEach(() => {
  other = otherWork();
});
afterEach(() => other.stop());

it('lets the event loop turn once a slice has passed, not before, and starts the next slice then', async () => {
  const { state, now } = clock();
  const slices = timeSlices(10, now);
  /** The other work's turns after a pause at `ms` on the clock. */
  const turnsAt = async (ms: number) => {
    state.ms = ms;
    await slices.pause();
    return other.turns;
  };
  expect(await turnsAt(9)).toBe(0);
  expect(await turnsAt(10)).toBe(1);
  // the next slice counts from that turn
  expect(await turnsAt(19)).toBe(1);
  expect(await turnsAt(20)).toBe(2);
});

it('over a long loop of small items, one turn per slice of work', async () => {
  const { state, now } = clock();
  const slices = timeSlices(10, now);
  // 1,000 items of 0.5 ms: 500 ms of work, a turn every 20 items
  for (let item = 0; item < 1000; item += 1) {
    state.ms += 0.5;
    await slices.pause();
  }
  expect(other.turns).toBe(50);
});

it('keeps the real clock by default', async () => {
  const slices = timeSlices(5);
  const end = performance.now() + 6;
  while (performance.now() < end);
  await slices.pause();
  expect(other.turns).toBeGreaterThan(0);
});
