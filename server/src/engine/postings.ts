/**
 * Inverted lists: for each term, the slots of the stories whose vector holds it and the
 * weight there. Removal is lazy (a removed slot is skipped while scoring and dropped at the
 * next compaction), so updates cost a few array pushes.
 */
export class Postings {
  private slots: number[][] = [];
  private weights: number[][] = [];
  private garbage = 0;
  private live = 0;

  add(term: number, slot: number, weight: number) {
    (this.slots[term] ??= []).push(slot);
    (this.weights[term] ??= []).push(weight);
    this.live += 1;
  }

  /** Marks `entries` postings as dead; compacts when a quarter of all postings are dead. */
  removed(entries: number, isLive: (slot: number) => boolean) {
    this.garbage += entries;
    this.live -= entries;
    if (this.garbage > 1000 && this.garbage > this.live / 3) this.compact(isLive);
  }

  /** The raw lists of a term (may hold removed slots: callers skip them). */
  list(term: number): { slots: number[]; weights: number[] } | undefined {
    const slots = this.slots[term];
    return slots ? { slots, weights: this.weights[term] } : undefined;
  }

  forEach(term: number, visit: (slot: number, weight: number) => void) {
    const slots = this.slots[term];
    if (!slots) return;
    const weights = this.weights[term];
    for (let i = 0; i < slots.length; i += 1) visit(slots[i], weights[i]);
  }

  private compact(isLive: (slot: number) => boolean) {
    for (let term = 0; term < this.slots.length; term += 1) {
      const slots = this.slots[term];
      if (!slots) continue;
      const weights = this.weights[term];
      let kept = 0;
      for (let i = 0; i < slots.length; i += 1) {
        if (isLive(slots[i])) {
          slots[kept] = slots[i];
          weights[kept] = weights[i];
          kept += 1;
        }
      }
      slots.length = kept;
      weights.length = kept;
    }
    this.garbage = 0;
  }
}
