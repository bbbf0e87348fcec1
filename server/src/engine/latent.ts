/**
 * Latent semantic space (LSA) by randomized SVD (Halko, Martinsson & Tropp 2011) of the
 * story × term matrix of the sparse story vectors. A story's latent vector is its term vector
 * times V (the term side of the decomposition), so stories added later are folded in with one
 * small product, without recomputing the decomposition.
 */
import type { SparseVector } from './sparse';

export type LatentSpace = {
  dimensions: number;
  /** Rows of the basis (terms of the space). */
  terms: number;
  basis: Float32Array;
  /**
   * Term id → row of the basis (-1: not in the space), for a space computed from one locale's
   * stories only, whose rows are that locale's terms; without it, rows are term ids.
   */
  termRows?: Int32Array;
};

/** Deterministic pseudo-random numbers (mulberry32), so rebuilds give the same space. */
const random = (seed: number) => () => {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296 - 0.5;
};

/**
 * Orthonormalises the columns of a rows × cols row-major matrix in place by Cholesky QR,
 * twice (CholeskyQR2): Gram matrix, its Cholesky factor R, then Y ← Y R⁻¹. Row-major keeps
 * every pass over the (long) matrix sequential in memory.
 */
const orthonormalize = (y: Float64Array, rows: number, cols: number) => {
  for (let round = 0; round < 2; round += 1) {
    const gram = new Float64Array(cols * cols);
    for (let r = 0; r < rows; r += 1) {
      const o = r * cols;
      for (let a = 0; a < cols; a += 1) {
        const ya = y[o + a];
        if (ya === 0) continue;
        for (let b = a; b < cols; b += 1) gram[a * cols + b] += ya * y[o + b];
      }
    }
    // Cholesky: gram = Rᵀ R, R upper triangular (a small ridge keeps it positive definite)
    const rr = new Float64Array(cols * cols);
    for (let i = 0; i < cols; i += 1) {
      for (let j = i; j < cols; j += 1) {
        let sum = gram[i * cols + j] + (i === j ? 1e-10 : 0);
        for (let k = 0; k < i; k += 1) sum -= rr[k * cols + i] * rr[k * cols + j];
        rr[i * cols + j] = i === j ? Math.sqrt(Math.max(sum, 1e-20)) : sum / rr[i * cols + i];
      }
    }
    // Y ← Y R⁻¹, row by row (forward substitution)
    for (let r = 0; r < rows; r += 1) {
      const o = r * cols;
      for (let j = 0; j < cols; j += 1) {
        let sum = y[o + j];
        for (let k = 0; k < j; k += 1) sum -= y[o + k] * rr[k * cols + j];
        y[o + j] = sum / rr[j * cols + j];
      }
    }
  }
};

/** Eigen-decomposition of a small symmetric matrix (cyclic Jacobi). Returns values, vectors. */
const symmetricEigen = (a: Float64Array, n: number) => {
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i += 1) v[i * n + i] = 1;
  for (let sweep = 0; sweep < 50; sweep += 1) {
    let off = 0;
    for (let p = 0; p < n; p += 1) for (let q = p + 1; q < n; q += 1) off += a[p * n + q] ** 2;
    if (off < 1e-18) break;
    for (let p = 0; p < n; p += 1) {
      for (let q = p + 1; q < n; q += 1) {
        const apq = a[p * n + q];
        if (Math.abs(apq) < 1e-30) continue;
        const theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k += 1) {
          const akp = a[k * n + p];
          const akq = a[k * n + q];
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k += 1) {
          const apk = a[p * n + k];
          const aqk = a[q * n + k];
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k += 1) {
          const vkp = v[k * n + p];
          const vkq = v[k * n + q];
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const values = Array.from({ length: n }, (_, i) => a[i * n + i]);
  return { values, vectors: v };
};

/** Rows of the story matrix (or terms of the basis) handled between two yields. */
const BLOCK = 2000;

/**
 * The decomposition as a sequence of steps: it yields (the rows done so far, the passes over
 * the rows counted as one, so it grows from 0 to the number of rows) after every block of rows, so an async driver can give the event loop a turn. The arithmetic is the
 * same whoever drives it, so every driver gives the same space.
 */
export function* decomposeSteps(
  rows: SparseVector[],
  terms: number,
  dimensions: number,
  { oversample = 10, powerIterations = 2, seed = 42 } = {}
): Generator<number, LatentSpace> {
  const l = Math.min(dimensions + oversample, rows.length, terms);
  const n = rows.length;
  const rand = random(seed);
  // Y = A Ω, Ω: terms × l random, applied row by row (A is sparse)
  const omega = new Float64Array(terms * l).map(() => rand());
  // progress in rows: the passes over the rows (2 × powerIterations + 2) count as one
  const passes = 2 * powerIterations + 2;
  let rowsRead = 0;
  const advance = (rows: number) => {
    rowsRead += rows;
    return Math.min(n, Math.floor(rowsRead / passes));
  };
  const passDone = () => {
    rowsRead = n > 0 ? Math.ceil(rowsRead / n) * n : 0;
    return advance(0);
  };
  const y = new Float64Array(n * l); // row-major n × l
  function* times(z: Float64Array /* terms × l, row-major */) {
    y.fill(0);
    for (let r = 0; r < n; r += 1) {
      if (r % BLOCK === 0 && r > 0) yield advance(BLOCK);
      const row = rows[r];
      for (let i = 0; i < row.terms.length; i += 1) {
        const t = row.terms[i] * l;
        const w = row.weights[i];
        const o = r * l;
        for (let j = 0; j < l; j += 1) y[o + j] += w * z[t + j];
      }
    }
  }
  // Z = Aᵀ Q (terms × l, row-major)
  const z = new Float64Array(terms * l);
  function* transposeTimes() {
    z.fill(0);
    for (let r = 0; r < n; r += 1) {
      if (r % BLOCK === 0 && r > 0) yield advance(BLOCK);
      const row = rows[r];
      for (let i = 0; i < row.terms.length; i += 1) {
        const t = row.terms[i] * l;
        const w = row.weights[i];
        const o = r * l;
        for (let j = 0; j < l; j += 1) z[t + j] += w * y[o + j];
      }
    }
  }
  yield* times(omega);
  orthonormalize(y, n, l);
  yield passDone();
  for (let p = 0; p < powerIterations; p += 1) {
    yield* transposeTimes();
    yield passDone();
    yield* times(z);
    orthonormalize(y, n, l);
    yield passDone();
  }
  yield* transposeTimes(); // z = Aᵀ Q = Bᵀ (terms × l)
  yield passDone();
  // B Bᵀ = Zᵀ Z (l × l)
  const bbt = new Float64Array(l * l);
  for (let t = 0; t < terms; t += 1) {
    const o = t * l;
    for (let a = 0; a < l; a += 1) {
      const za = z[o + a];
      if (za === 0) continue;
      for (let b = a; b < l; b += 1) bbt[a * l + b] += za * z[o + b];
    }
  }
  for (let a = 0; a < l; a += 1) for (let b = 0; b < a; b += 1) bbt[a * l + b] = bbt[b * l + a];
  const { values, vectors } = symmetricEigen(bbt, l);
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => b[0] - a[0]);
  const k = Math.min(dimensions, l);
  // V = Bᵀ U_B Σ⁻¹, so A V = U Σ: a story's latent vector is its term vector times V
  const basis = new Float32Array(terms * k);
  for (let d = 0; d < k; d += 1) {
    yield n;
    const [value, column] = order[d];
    const sigma = Math.sqrt(Math.max(value, 1e-12));
    for (let t = 0; t < terms; t += 1) {
      let sum = 0;
      const o = t * l;
      for (let a = 0; a < l; a += 1) sum += z[o + a] * vectors[a * l + column];
      basis[t * k + d] = sum / sigma;
    }
  }
  return { dimensions: k, terms, basis };
}

type DecomposeOptions = Parameters<typeof decomposeSteps>[3];

/**
 * The term basis V (terms × dimensions, row-major) of the rank-`dimensions` decomposition of
 * the matrix whose rows are `rows`. `terms` is the number of term ids in use.
 */
export const decompose = (
  rows: SparseVector[],
  terms: number,
  dimensions: number,
  options?: DecomposeOptions
): LatentSpace => {
  const steps = decomposeSteps(rows, terms, dimensions, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
};

/** The same decomposition, giving the event loop a turn between blocks (for servers). */
export const decomposeAsync = async (
  rows: SparseVector[],
  terms: number,
  dimensions: number,
  options?: DecomposeOptions
): Promise<LatentSpace> => {
  const steps = decomposeSteps(rows, terms, dimensions, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
};

/** A story's unit-length latent vector (terms unknown to the space are ignored). */
export const project = (space: LatentSpace, vector: SparseVector): Float32Array => {
  const k = space.dimensions;
  const out = new Float32Array(k);
  const rows = space.termRows;
  for (let i = 0; i < vector.terms.length; i += 1) {
    const id = vector.terms[i];
    const t = rows ? (id < rows.length ? rows[id] : -1) : id;
    if (t < 0 || t >= space.terms) continue;
    const w = vector.weights[i];
    const o = t * k;
    for (let d = 0; d < k; d += 1) out[d] += w * space.basis[o + d];
  }
  let n = 0;
  for (let d = 0; d < k; d += 1) n += out[d] * out[d];
  n = Math.sqrt(n) || 1;
  for (let d = 0; d < k; d += 1) out[d] /= n;
  return out;
};
