/** The `limit` slots with the highest scores, best first (a bounded min-heap). */
export const topSlots = (slots: number[], scores: Float32Array, limit: number): number[] => {
  if (slots.length <= limit) return slots.sort((a, b) => scores[b] - scores[a]);
  const heap: number[] = [];
  const less = (i: number, j: number) => scores[heap[i]] < scores[heap[j]];
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j], heap[i]]);
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && less(l, m)) m = l;
      if (r < heap.length && less(r, m)) m = r;
      if (m === i) return;
      swap(i, m);
      i = m;
    }
  };
  for (const slot of slots) {
    if (heap.length < limit) {
      heap.push(slot);
      for (let i = heap.length - 1; i > 0 && less(i, (i - 1) >> 1); i = (i - 1) >> 1) {
        swap(i, (i - 1) >> 1);
      }
    } else if (scores[slot] > scores[heap[0]]) {
      heap[0] = slot;
      down(0);
    }
  }
  return heap.sort((a, b) => scores[b] - scores[a]);
};
