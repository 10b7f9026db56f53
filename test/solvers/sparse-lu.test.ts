/**
 * The sparse LU (src/solvers/sparse-lu.ts) against dense Gaussian elimination with partial pivoting
 * on random sparse systems (rows shuffled so the diagonal is mostly zero, some dense rows), 2-D
 * grids (where nested dissection matters), replayed factorisations, transposed solves, the
 * singular-matrix and memory-limit errors.
 */
import { describe, expect, it } from "vitest";
import { InvalidParameterError, NumericalError } from "../../src/core/errors";
import { Rng } from "../../src/core/rng";
import { analyzeLu, cscFromCoo, maxTransversal, nestedDissection, SparseLu, symbolicFill, symmetricGraph } from "../../src/solvers/sparse-lu";

function denseSolve(A: Float64Array, b: Float64Array, n: number): Float64Array {
  const M = Float64Array.from(A), x = Float64Array.from(b);
  for (let c = 0; c < n; c++) {
    let best = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r * n + c]) > Math.abs(M[best * n + c])) best = r;
    if (best !== c) { for (let j = 0; j < n; j++) { const t = M[c * n + j]; M[c * n + j] = M[best * n + j]; M[best * n + j] = t; } const t = x[c]; x[c] = x[best]; x[best] = t; }
    for (let r = c + 1; r < n; r++) { const f = M[r * n + c] / M[c * n + c]; if (f === 0) continue; for (let j = c; j < n; j++) M[r * n + j] -= f * M[c * n + j]; x[r] -= f * x[c]; }
  }
  for (let i = n - 1; i >= 0; i--) { let v = x[i]; for (let j = i + 1; j < n; j++) v -= M[i * n + j] * x[j]; x[i] = v / M[i * n + i]; }
  return x;
}

interface Sys { n: number; rows: number[]; cols: number[]; vals: number[] }
function randomSystem(rng: Rng, n: number, perCol: number, denseRows = 0): Sys {
  const perm = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) { const j = Math.floor(rng.uniform() * (i + 1)); [perm[i], perm[j]] = [perm[j], perm[i]]; }
  const seen = new Set<number>();
  const rows: number[] = [], cols: number[] = [], vals: number[] = [];
  const add = (i: number, j: number, v: number) => { const k = i * n + j; if (seen.has(k)) return; seen.add(k); rows.push(i); cols.push(j); vals.push(v); };
  for (let j = 0; j < n; j++) {
    add(perm[j], j, 2 + rng.uniform()); // a shuffled "diagonal" keeps it nonsingular in practice
    for (let k = 0; k < perCol; k++) add(Math.floor(rng.uniform() * n), j, rng.uniform() * 2 - 1);
  }
  for (let d = 0; d < denseRows; d++) { const i = Math.floor(rng.uniform() * n); for (let j = 0; j < n; j++) add(i, j, 0.01 * (rng.uniform() - 0.5)); }
  return { n, rows, cols, vals };
}

function factorOf(s: Sys): { lu: SparseLu; Ax: Float64Array; dense: Float64Array } {
  const { A, pos } = cscFromCoo(s.n, s.rows, s.cols);
  const Ax = new Float64Array(s.vals.length);
  s.vals.forEach((v, e) => (Ax[pos[e]] = v));
  const dense = new Float64Array(s.n * s.n);
  s.vals.forEach((v, e) => (dense[s.rows[e] * s.n + s.cols[e]] = v));
  const lu = new SparseLu(A);
  lu.factor(Ax);
  return { lu, Ax, dense };
}

const relDiff = (a: Float64Array, b: Float64Array) => { let d = 0, m = 0; for (let i = 0; i < a.length; i++) { d = Math.max(d, Math.abs(a[i] - b[i])); m = Math.max(m, Math.abs(b[i])); } return d / m; };

describe("sparse LU against dense elimination", () => {
  const rng = new Rng(20240518);
  for (const [n, perCol, dense] of [[5, 1, 0], [40, 2, 0], [200, 3, 2], [500, 2, 1]] as const) {
    it(`random ${n} x ${n} (${perCol} extra per column, ${dense} dense rows): solution to 1e-12`, () => {
      const s = randomSystem(rng, n, perCol, dense);
      const { lu, dense: D } = factorOf(s);
      const b = Float64Array.from({ length: n }, () => rng.uniform() - 0.5);
      const ref = denseSolve(D, b, n);
      const x = lu.solve(Float64Array.from(b));
      expect(relDiff(x, ref)).toBeLessThan(1e-12);
      // transposed system against the dense transpose
      const DT = new Float64Array(n * n);
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) DT[j * n + i] = D[i * n + j];
      expect(relDiff(lu.solveTransposed(Float64Array.from(b)), denseSolve(DT, b, n))).toBeLessThan(1e-12);
    });
  }
  it("refactor replays pivots on new values with the same pattern and gives the factor's solution bit for bit", () => {
    const s = randomSystem(rng, 300, 2, 0);
    const { lu, Ax } = factorOf(s);
    const Ax2 = Ax.map((v) => v * (1 + 0.1 * (rng.uniform() - 0.5)));
    expect(lu.refactor(Ax2)).toBe(true);
    const b = Float64Array.from({ length: 300 }, () => rng.uniform());
    const x1 = lu.solve(Float64Array.from(b));
    lu.factor(Ax2);
    const x2 = lu.solve(Float64Array.from(b));
    // the same pivots are chosen when nothing drifted; then the operations are identical
    expect(relDiff(x1, x2)).toBeLessThan(1e-13);
  });
  it("refactor on the values of the last factor reproduces its factors bit for bit (long columns of L, unrolled updates)", () => {
    const s = randomSystem(rng, 500, 3, 2);
    const { lu, Ax } = factorOf(s);
    const b = Float64Array.from({ length: 500 }, () => rng.uniform() - 0.5);
    const x1 = lu.solve(Float64Array.from(b));
    expect(lu.refactor(Ax)).toBe(true);
    const x2 = lu.solve(Float64Array.from(b));
    for (let i = 0; i < 500; i++) expect(Object.is(x1[i], x2[i])).toBe(true);
    expect(lu.factorizations).toBe(1);
  });
  it("a replayed pivot that becomes zero is detected and a fresh factorisation pivots around it", () => {
    // [[a, 1], [1, 1]] with a -> 0 after the first factorisation
    const { A, pos } = cscFromCoo(2, [0, 1, 0, 1], [0, 0, 1, 1]);
    const Ax = new Float64Array(4);
    const set = (v: number[]) => v.forEach((x, e) => (Ax[pos[e]] = x));
    set([4, 1, 1, 1]);
    const lu = new SparseLu(A);
    lu.factor(Ax);
    set([0, 1, 1, 1]);
    expect(lu.refactor(Ax)).toBe(false);
    lu.update(Ax);
    const x = lu.solve(Float64Array.from([1, 2]));
    expect(Math.abs(x[0] - 1)).toBeLessThan(1e-15);
    expect(Math.abs(x[1] - 1)).toBeLessThan(1e-15);
  });
});

describe("ordering and analysis", () => {
  it("maximum transversal matches every column of a shuffled nonsingular pattern", () => {
    const s = randomSystem(new Rng(3), 1000, 2);
    const { A } = cscFromCoo(s.n, s.rows, s.cols);
    const m = maxTransversal(A);
    expect(new Set(Array.from(m)).size).toBe(1000);
    expect(Math.min(...m)).toBeGreaterThanOrEqual(0);
  });
  it("nested dissection on a 60 x 60 grid: a permutation with far less fill than the natural order", () => {
    const k = 60, n = k * k;
    const rows: number[] = [], cols: number[] = [];
    for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) {
      const u = a * k + b;
      rows.push(u); cols.push(u);
      if (a + 1 < k) { rows.push(u); cols.push(u + k); }
      if (b + 1 < k) { rows.push(u); cols.push(u + 1); }
    }
    const { A } = cscFromCoo(n, rows, cols);
    const G = symmetricGraph(A, Int32Array.from({ length: n }, (_, i) => i));
    const nd = nestedDissection(G, n);
    expect(new Set(Array.from(nd)).size).toBe(n);
    const natural = symbolicFill(G, Int32Array.from({ length: n }, (_, i) => i), n);
    const fill = symbolicFill(G, nd, n);
    expect(natural).toBeGreaterThan(k * k * (k - 1) * 0.9); // banded: about n k
    expect(fill).toBeLessThan(natural / 3);
    expect(analyzeLu(A).fill).toBe(fill);
  });
  it("the symbolic fill equals the fill of a factorisation with diagonal pivots", () => {
    const k = 20, n = k * k, rows: number[] = [], cols: number[] = [], vals: number[] = [];
    for (let u = 0; u < n; u++) {
      rows.push(u); cols.push(u); vals.push(10);
      for (const v of [u + 1, u + k]) if (v < n && !(v === u + 1 && (u + 1) % k === 0)) { rows.push(u, v); cols.push(v, u); vals.push(-1, -1.5); }
    }
    const { lu } = factorOf({ n, rows, cols, vals });
    expect(lu.nnz - 2 * n).toBe(2 * lu.an.fill);
  });
});

describe("typed errors", () => {
  it("a structurally singular matrix is a NumericalError naming the row", () => {
    const { A, pos } = cscFromCoo(3, [0, 1, 0, 1], [0, 0, 1, 1]); // column 2 empty, row 2 empty
    const lu = new SparseLu(A, { describeRow: (r) => `equation ${r + 1}` });
    const Ax = new Float64Array(4); [1, 2, 3, 4].forEach((v, e) => (Ax[pos[e]] = v));
    expect(() => lu.factor(Ax)).toThrow(NumericalError);
    expect(() => lu.factor(Ax)).toThrow(/equation/);
  });
  it("factors larger than the memory limit are refused before allocating", () => {
    const s = randomSystem(new Rng(5), 300, 3);
    const { A } = cscFromCoo(s.n, s.rows, s.cols);
    expect(() => new SparseLu(A, { maxBytes: 1000 })).toThrow(InvalidParameterError);
    expect(() => new SparseLu(A, { maxBytes: 1000 })).toThrow(/GiB/);
  });
});
