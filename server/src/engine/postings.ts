/**
 * Inverted lists: for each term, the slots of the stories whose vector holds it and the
 * weight there, in growable typed arrays (8 bytes a posting). Removal is lazy (a removed slot
 * is skipped while scoring and dropped at the next compaction), so updates cost an append.
 *
 * A long list is kept in impact order (highest weight first) up to `ordered`, with the
 * postings appended since after it, so a query can read a bounded prefix of it: the postings
 * it leaves out are those where the term weighs least (`ranking.ts`, the `postingsPerTerm` option).
 */
export type PostingList = {
  slots: Int32Array;
  weights: Float32Array;
  /** Postings in use (the arrays have spare room). */
  length: number;
  /** The first `ordered` postings are in decreasing weight; the others as appended. */
  ordered: number;
};

/** Lists at least this long are kept in impact order… */
const ORDER_FROM = 1024;
/** …merging the postings appended since when there are more than this many. */
const ORDER_TAIL = 256;

export class Postings {
  private lists: Array<PostingList | undefined> = [];
  private garbage = 0;
  private live = 0;

  add(term: number, slot: number, weight: number) {
    let list = this.lists[term];
    if (!list) {
      list = { slots: new Int32Array(4), weights: new Float32Array(4), length: 0, ordered: 0 };
      this.lists[term] = list;
    } else if (list.length === list.slots.length) {
      const capacity = Math.ceil(list.length * 1.5);
      const slots = new Int32Array(capacity);
      slots.set(list.slots);
      const weights = new Float32Array(capacity);
      weights.set(list.weights);
      list.slots = slots;
      list.weights = weights;
    }
    list.slots[list.length] = slot;
    list.weights[list.length] = weight;
    list.length += 1;
    this.live += 1;
  }

  /** Marks `entries` postings as dead; compacts when a quarter of all postings are dead. */
  removed(entries: number, isLive: (slot: number) => boolean) {
    this.garbage += entries;
    this.live -= entries;
    if (this.garbage > 1000 && this.garbage > this.live / 3) this.compact(isLive);
  }

  /**
   * The raw list of a term (may hold removed slots: callers skip them). A long list with more
   * than ORDER_TAIL postings appended since it was ordered is put back in impact order first.
   */
  list(term: number): PostingList | undefined {
    const list = this.lists[term];
    if (list && list.length >= ORDER_FROM && list.length - list.ordered > ORDER_TAIL) {
      order(list);
    }
    return list;
  }

  /** Visits the postings of a term; with `last`, only the `last` ones appended last. */
  /** Puts every long list in impact order (after a build). */
  order() {
    for (const list of this.lists) if (list && list.length >= ORDER_FROM) order(list);
  }

  forEach(term: number, visit: (slot: number, weight: number) => void, last = Infinity) {
    const list = this.lists[term];
    if (!list) return;
    for (let i = Math.max(0, list.length - last); i < list.length; i += 1) {
      visit(list.slots[i], list.weights[i]);
    }
  }

  private compact(isLive: (slot: number) => boolean) {
    for (const list of this.lists) {
      if (!list) continue;
      let kept = 0;
      let ordered = 0;
      for (let i = 0; i < list.length; i += 1) {
        if (isLive(list.slots[i])) {
          list.slots[kept] = list.slots[i];
          list.weights[kept] = list.weights[i];
          kept += 1;
          if (i < list.ordered) ordered = kept;
        }
      }
      list.length = kept;
      list.ordered = ordered;
    }
    this.garbage = 0;
  }
}

/** Decreasing weight, then increasing slot (so the order is deterministic). */
const before = (list: PostingList, a: number, b: number) =>
  list.weights[a] > list.weights[b] ||
  (list.weights[a] === list.weights[b] && list.slots[a] < list.slots[b]);

/**
 * Puts a list back in impact order: sorts the postings appended since it was last ordered
 * and merges them into the ordered part (linear in the list, plus the sort of the new ones).
 */
const order = (list: PostingList) => {
  const { slots, weights, length, ordered } = list;
  const tail = new Uint32Array(length - ordered);
  for (let i = 0; i < tail.length; i += 1) tail[i] = ordered + i;
  tail.sort((a, b) => (before(list, a, b) ? -1 : before(list, b, a) ? 1 : 0));
  const sortedSlots = new Int32Array(slots.length);
  const sortedWeights = new Float32Array(weights.length);
  let i = 0;
  let j = 0;
  for (let k = 0; k < length; k += 1) {
    const from = j >= tail.length || (i < ordered && before(list, i, tail[j])) ? i++ : tail[j++];
    sortedSlots[k] = slots[from];
    sortedWeights[k] = weights[from];
  }
  list.slots = sortedSlots;
  list.weights = sortedWeights;
  list.ordered = length;
};
