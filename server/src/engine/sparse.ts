/** Sparse vectors as parallel arrays of term ids and weights, kept as typed arrays. */
export type SparseVector = { terms: Int32Array; weights: Float32Array };

/** The `limit` strongest entries of a term → weight map, L2-normalised. */
export const topNormalized = (weights: Map<number, number>, limit: number): SparseVector => {
  const entries = [...weights.entries()].filter(([, w]) => w > 0);
  entries.sort((a, b) => b[1] - a[1]);
  const kept = entries.slice(0, limit);
  const norm = Math.sqrt(kept.reduce((sum, [, w]) => sum + w * w, 0)) || 1;
  return {
    terms: Int32Array.from(kept.map(([t]) => t)),
    weights: Float32Array.from(kept.map(([, w]) => w / norm)),
  };
};

/** Term ids the two vectors share, strongest joint contribution first. */
export const sharedTerms = (a: SparseVector, b: SparseVector): number[] => {
  const index = new Map<number, number>();
  for (let i = 0; i < b.terms.length; i += 1) index.set(b.terms[i], b.weights[i]);
  const shared: Array<[number, number]> = [];
  for (let i = 0; i < a.terms.length; i += 1) {
    const other = index.get(a.terms[i]);
    if (other !== undefined) shared.push([a.terms[i], a.weights[i] * other]);
  }
  return shared.sort((x, y) => y[1] - x[1]).map(([term]) => term);
};
