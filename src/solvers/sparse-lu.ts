/**
 * Sparse direct solver for square systems: a zero-free diagonal by maximum transversal (Duff 1981,
 * MC21), a fill-reducing column order by nested dissection on the graph of the row-matched pattern
 * plus its transpose (George 1973; separators from breadth-first level structures rooted at
 * pseudo-peripheral nodes, George & Liu 1981, ch. 4 and 8), and a left-looking LU with threshold
 * partial pivoting that prefers the matched row (Gilbert & Peierls 1988, as CSparse's cs_lu,
 * Davis 2006, ch. 6). The analysis (transversal, ordering, fill estimate) depends only on the
 * pattern and is done once per pattern; the pivot sequence and the factors' pattern found by the
 * first factorisation are replayed by `refactor` for every later matrix with the same pattern (the
 * next Newton step, the next homotopy step), falling back to a fresh pivoting factorisation when a
 * replayed pivot becomes too small.
 *
 * Written by hand: the npm registry has no maintained sparse LU with a fill-reducing ordering usable
 * from Node (ml-sparse-matrix stores sparse matrices but factorises none; ndarray-crout-decomposition
 * and the other LU packages are dense; no SuiteSparse/KLU/UMFPACK build is published as pure JS or as
 * WASM inside a registry package).
 *
 * Costs: analysis O(nnz log n) (each dissection level is one breadth-first pass); factorisation
 * O(flops), refactorisation the same flops without the depth-first searches; memory
 * 16 nnz(L) + 12 nnz(U) bytes plus O(n + nnz(A)). The fill is estimated from the symbolic Cholesky
 * factor of the symmetrised pattern (exact for diagonal pivots) before the factors are allocated,
 * and a factorisation whose memory would exceed the caller's limit is refused with a typed error.
 */
import { InvalidParameterError, NumericalError } from "../core/errors";

/** Compressed sparse column pattern (row indices need not be sorted). */
export interface CscPattern {
  n: number;
  colPtr: Int32Array;
  rowIdx: Int32Array;
}

/**
 * Maximum transversal: match[j] = row matched to column j (-1 if none), by depth-first augmenting
 * paths with a cheap assignment first (MC21). O(n nnz) in the worst case, near O(nnz) on models.
 */
export function maxTransversal(A: CscPattern): Int32Array {
  const { n, colPtr, rowIdx } = A;
  const match = new Int32Array(n).fill(-1); // column -> row
  const rowOf = new Int32Array(n).fill(-1); // row -> column
  const cheap = Int32Array.from(colPtr.subarray(0, n)); // next entry to try for a cheap match
  const visited = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n), pos = new Int32Array(n);
  for (let j0 = 0; j0 < n; j0++) {
    // cheap assignment
    let found = -1;
    for (let p = colPtr[j0]; p < colPtr[j0 + 1]; p++) if (rowOf[rowIdx[p]] < 0) { found = rowIdx[p]; break; }
    if (found >= 0) { match[j0] = found; rowOf[found] = j0; continue; }
    // depth-first search for an augmenting path from column j0
    let head = 0;
    stack[0] = j0; pos[0] = colPtr[j0]; visited[j0] = j0;
    let endRow = -1;
    while (head >= 0) {
      const j = stack[head];
      // a free row reachable directly (cheap pointer avoids rescanning)
      for (let p = cheap[j]; p < colPtr[j + 1]; p++) {
        cheap[j] = p + 1;
        if (rowOf[rowIdx[p]] < 0) { endRow = rowIdx[p]; break; }
      }
      if (endRow >= 0) break;
      let pushed = false;
      for (let p = pos[head]; p < colPtr[j + 1]; p++) {
        const c = rowOf[rowIdx[p]];
        if (c >= 0 && visited[c] !== j0) {
          pos[head] = p + 1;
          visited[c] = j0;
          stack[++head] = c; pos[head] = colPtr[c];
          pushed = true;
          break;
        }
      }
      if (!pushed) head--;
    }
    if (endRow < 0) continue; // structurally singular: column stays unmatched
    // augment along the stack
    let r = endRow;
    for (let h = head; h >= 0; h--) {
      const j = stack[h];
      const prev = match[j];
      match[j] = r; rowOf[r] = j;
      r = prev;
    }
  }
  return match;
}

/** Undirected adjacency (CSR, no self loops) of the pattern with rows renumbered by `rowToNode`, plus its transpose. */
export function symmetricGraph(A: CscPattern, rowToNode: Int32Array): { ptr: Int32Array; adj: Int32Array } {
  const { n, colPtr, rowIdx } = A;
  const deg = new Int32Array(n + 1);
  for (let j = 0; j < n; j++) for (let p = colPtr[j]; p < colPtr[j + 1]; p++) {
    const i = rowToNode[rowIdx[p]];
    if (i !== j) { deg[i]++; deg[j]++; }
  }
  const ptr = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) ptr[i + 1] = ptr[i] + deg[i];
  const fill = Int32Array.from(ptr.subarray(0, n));
  const raw = new Int32Array(ptr[n]);
  for (let j = 0; j < n; j++) for (let p = colPtr[j]; p < colPtr[j + 1]; p++) {
    const i = rowToNode[rowIdx[p]];
    if (i !== j) { raw[fill[i]++] = j; raw[fill[j]++] = i; }
  }
  // remove duplicate edges (an entry and its transpose)
  const mark = new Int32Array(n).fill(-1);
  const out = new Int32Array(ptr[n]);
  const ptr2 = new Int32Array(n + 1);
  let q = 0;
  for (let i = 0; i < n; i++) {
    ptr2[i] = q;
    for (let p = ptr[i]; p < ptr[i + 1]; p++) { const k = raw[p]; if (mark[k] !== i) { mark[k] = i; out[q++] = k; } }
  }
  ptr2[n] = q;
  return { ptr: ptr2, adj: out.subarray(0, q) };
}

/**
 * Nested dissection order of an undirected graph: perm[k] = node eliminated k-th. Each connected
 * piece larger than `leaf` is split by the middle level of a breadth-first level structure from a
 * pseudo-peripheral node (only its nodes adjacent to the next level are kept in the separator); the
 * two parts are ordered first, the separator last. Pieces of at most `leaf` nodes are ordered by
 * minimum degree within the piece.
 */
export function nestedDissection(G: { ptr: Int32Array; adj: Int32Array }, n: number, leaf = 16): Int32Array {
  const { ptr, adj } = G;
  const perm = new Int32Array(n);
  let out = n; // fill from the end: separators are placed before (i.e. after in elimination) their parts
  // part id of each node; nodes of the piece being processed share an id
  const part = new Int32Array(n);
  const level = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let nextId = 1;
  // work list of pieces (node lists); processed last-in first-out, output filled from the end
  const pieces: Int32Array[] = [];
  {
    // connected components of the whole graph
    const seen = new Uint8Array(n);
    for (let s = 0; s < n; s++) {
      if (seen[s]) continue;
      let h = 0, t = 0;
      queue[t++] = s; seen[s] = 1;
      while (h < t) { const u = queue[h++]; for (let p = ptr[u]; p < ptr[u + 1]; p++) { const v = adj[p]; if (!seen[v]) { seen[v] = 1; queue[t++] = v; } } }
      pieces.push(queue.slice(0, t));
    }
  }
  const bfs = (root: number, id: number): { order: Int32Array; count: number; depth: number } => {
    let h = 0, t = 0;
    queue[t++] = root; level[root] = 0;
    let depth = 0;
    while (h < t) {
      const u = queue[h++];
      const lu = level[u];
      if (lu > depth) depth = lu;
      for (let p = ptr[u]; p < ptr[u + 1]; p++) { const v = adj[p]; if (part[v] === id && level[v] < 0) { level[v] = lu + 1; queue[t++] = v; } }
    }
    return { order: queue, count: t, depth };
  };
  const degIn = (u: number, id: number) => { let d = 0; for (let p = ptr[u]; p < ptr[u + 1]; p++) if (part[adj[p]] === id) d++; return d; };
  while (pieces.length) {
    const nodes = pieces.pop()!;
    const m = nodes.length;
    const id = nextId++;
    for (let k = 0; k < m; k++) part[nodes[k]] = id;
    if (m <= leaf) {
      // minimum degree inside the piece (exact elimination graph; the piece is small)
      const order = m <= 3 ? nodes : minimumDegreeSmall(nodes, ptr, adj, part, id);
      for (let k = m - 1; k >= 0; k--) perm[--out] = order[k];
      for (let k = 0; k < m; k++) part[nodes[k]] = 0;
      continue;
    }
    // pseudo-peripheral root (George & Liu): restart from a minimum-degree node of the last level
    let root = nodes[0], best = -1;
    let res: ReturnType<typeof bfs> = { order: queue, count: 0, depth: 0 };
    for (let round = 0; round < 3; round++) {
      for (let k = 0; k < m; k++) level[nodes[k]] = -1;
      res = bfs(root, id);
      if (res.depth <= best) break; // levels of this root are kept: as deep as the last one or nearly
      best = res.depth;
      let cand = -1, cd = Infinity;
      for (let k = m - 1; k >= 0; k--) { const u = res.order[k]; if (level[u] !== res.depth) break; const d = degIn(u, id); if (d < cd) { cd = d; cand = u; } }
      if (cand === root || round === 2) break;
      root = cand;
    }
    const depth = res.depth;
    if (depth < 2) {
      // (nearly) complete piece: no useful separator
      const order = minimumDegreeSmall(nodes, ptr, adj, part, id);
      for (let k = m - 1; k >= 0; k--) perm[--out] = order[k];
      for (let k = 0; k < m; k++) { part[nodes[k]] = 0; level[nodes[k]] = -1; }
      continue;
    }
    // middle level: first level at which half of the nodes have been reached
    const counts = new Int32Array(depth + 1);
    for (let k = 0; k < m; k++) counts[level[nodes[k]]]++;
    let acc = 0, mid = 1;
    for (let l = 0; l <= depth; l++) { acc += counts[l]; if (acc >= m / 2) { mid = Math.min(Math.max(l, 1), depth - 1); break; } }
    const sep: number[] = [], a: number[] = [], b: number[] = [];
    for (let k = 0; k < m; k++) {
      const u = nodes[k], l = level[u];
      if (l < mid) a.push(u);
      else if (l > mid) b.push(u);
      else {
        let touches = false;
        for (let p = ptr[u]; p < ptr[u + 1]; p++) { const v = adj[p]; if (part[v] === id && level[v] === mid + 1) { touches = true; break; } }
        if (touches) sep.push(u); else a.push(u);
      }
    }
    for (let k = 0; k < m; k++) level[nodes[k]] = -1;
    // separator last in the elimination order
    for (let k = sep.length - 1; k >= 0; k--) perm[--out] = sep[k];
    for (let k = 0; k < m; k++) part[nodes[k]] = 0;
    // split the parts into connected components (a part need not be connected)
    for (const side of [a, b]) {
      if (!side.length) continue;
      const sid = nextId++;
      for (const u of side) part[u] = sid;
      for (const s of side) {
        if (part[s] !== sid) continue;
        let h = 0, t = 0;
        queue[t++] = s; part[s] = -1;
        while (h < t) { const u = queue[h++]; for (let p = ptr[u]; p < ptr[u + 1]; p++) { const v = adj[p]; if (part[v] === sid) { part[v] = -1; queue[t++] = v; } } }
        pieces.push(queue.slice(0, t));
      }
      for (const u of side) part[u] = 0;
    }
  }
  return perm;
}

/** Exact minimum degree on the elimination graph of a small piece (nodes with part[] === id), dense m x m adjacency. */
function minimumDegreeSmall(nodes: Int32Array, ptr: Int32Array, adj: Int32Array, part: Int32Array, id: number): Int32Array {
  const m = nodes.length;
  if (m > 64) return nodes; // only nearly complete pieces get here with m > leaf: any order fills them
  const M = new Uint8Array(m * m), deg = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    const u = nodes[k];
    for (let p = ptr[u]; p < ptr[u + 1]; p++) {
      const v = adj[p];
      if (part[v] !== id) continue;
      const l = nodes.indexOf(v);
      if (!M[k * m + l]) { M[k * m + l] = 1; deg[k]++; }
    }
  }
  const done = new Uint8Array(m);
  const order = new Int32Array(m);
  for (let s = 0; s < m; s++) {
    let bk = -1, bd = Infinity;
    for (let k = 0; k < m; k++) if (!done[k] && deg[k] < bd) { bd = deg[k]; bk = k; }
    done[bk] = 1; order[s] = nodes[bk];
    for (let a = 0; a < m; a++) {
      if (!M[bk * m + a] || done[a]) continue;
      M[a * m + bk] = 0; deg[a]--;
      for (let b = 0; b < m; b++) if (b !== a && M[bk * m + b] && !done[b] && !M[a * m + b]) { M[a * m + b] = 1; deg[a]++; }
    }
  }
  return order;
}

/**
 * Number of off-diagonal nonzeros of the Cholesky factor of the symmetric graph G eliminated in the
 * order perm (elimination tree with path compression, then row subtrees; Davis 2006, ch. 4): the fill
 * of an LU with diagonal pivots. O(nnz(L)).
 */
export function symbolicFill(G: { ptr: Int32Array; adj: Int32Array }, perm: Int32Array, n: number): number {
  const { ptr, adj } = G;
  const inv = new Int32Array(n);
  for (let k = 0; k < n; k++) inv[perm[k]] = k;
  const parent = new Int32Array(n).fill(-1), ancestor = new Int32Array(n).fill(-1);
  for (let k = 0; k < n; k++) {
    const u = perm[k];
    for (let p = ptr[u]; p < ptr[u + 1]; p++) {
      let i = inv[adj[p]];
      while (i !== -1 && i < k) {
        const next = ancestor[i];
        ancestor[i] = k;
        if (next === -1) { parent[i] = k; break; }
        i = next;
      }
    }
  }
  const mark = new Int32Array(n).fill(-1);
  let count = 0;
  for (let k = 0; k < n; k++) {
    mark[k] = k;
    const u = perm[k];
    for (let p = ptr[u]; p < ptr[u + 1]; p++) {
      let i = inv[adj[p]];
      if (i >= k) continue;
      while (mark[i] !== k) { mark[i] = k; count++; i = parent[i]; if (i === -1) break; }
    }
  }
  return count;
}

export interface LuAnalysis {
  n: number;
  /** column eliminated at step k */
  q: Int32Array;
  /** preferred pivot row of column j (its matched row) */
  prefRow: Int32Array;
  /** off-diagonal nonzeros of L (and of U) for diagonal pivots */
  fill: number;
  seconds: number;
}

/** Analyse a pattern once: maximum transversal, nested-dissection column order, fill estimate. */
export function analyzeLu(A: CscPattern): LuAnalysis {
  const t0 = process.hrtime.bigint();
  const n = A.n;
  const match = maxTransversal(A);
  // rows left unmatched (structurally singular) are paired with unmatched columns arbitrarily
  const rowToNode = new Int32Array(n).fill(-1);
  for (let j = 0; j < n; j++) if (match[j] >= 0) rowToNode[match[j]] = j;
  {
    const freeCols: number[] = [];
    for (let j = 0; j < n; j++) if (match[j] < 0) freeCols.push(j);
    let f = 0;
    for (let i = 0; i < n; i++) if (rowToNode[i] < 0) { const j = freeCols[f++]; rowToNode[i] = j; match[j] = i; }
  }
  const G = symmetricGraph(A, rowToNode);
  const q = nestedDissection(G, n);
  const fill = symbolicFill(G, q, n);
  return { n, q, prefRow: match, fill, seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
}

/** Default largest memory of a sparse factorisation (bytes). */
export const MAX_LU_BYTES = 3 * 2 ** 30;

/**
 * LU factors of one matrix with a given pattern. `factor` pivots (threshold `tol` relative to the
 * largest candidate in the column, preferring the matched row), `refactor` replays the pivots and
 * the pattern of the last `factor` on new values.
 */
export class SparseLu {
  readonly n: number;
  readonly A: CscPattern;
  readonly an: LuAnalysis;
  private maxBytes: number;
  private describe: (row: number) => string;
  // factors: L unit lower (first entry of each column is its pivot row with value 1; row indices are
  // original rows), U upper (row indices are pivot steps, the diagonal last in each column)
  private Lp: Int32Array; private Li: Int32Array; private Lx: Float64Array;
  private Up: Int32Array; private Ui: Int32Array; private Ux: Float64Array;
  private pinv: Int32Array; private prow: Int32Array;
  // for `refactor`: the rows of L and of A renumbered by pivot step (pinv), so that the work vector is
  // indexed by step and a column's updates touch nearby entries (nested dissection keeps a subtree's
  // steps contiguous); built after each `factor`
  private LiStep: Int32Array = new Int32Array(0); private AiStep: Int32Array = new Int32Array(0);
  private x: Float64Array; private xi: Int32Array; private pstack: Int32Array; private mark: Int32Array;
  private stamp = 0;
  factored = false;
  /** pivoting factorisations done (1 unless replayed pivots became too small) */
  factorizations = 0;
  refactorizations = 0;

  constructor(A: CscPattern, opts: { analysis?: LuAnalysis; maxBytes?: number; describeRow?: (row: number) => string } = {}) {
    this.n = A.n; this.A = A;
    this.an = opts.analysis ?? analyzeLu(A);
    this.maxBytes = opts.maxBytes ?? MAX_LU_BYTES;
    this.describe = opts.describeRow ?? ((r) => `row ${r + 1}`);
    const n = A.n;
    const est = Math.ceil(1.2 * this.an.fill) + n + 16;
    this.checkBytes(2 * est);
    this.Lp = new Int32Array(n + 1); this.Li = new Int32Array(est); this.Lx = new Float64Array(est);
    this.Up = new Int32Array(n + 1); this.Ui = new Int32Array(est); this.Ux = new Float64Array(est);
    this.pinv = new Int32Array(n); this.prow = new Int32Array(n);
    this.x = new Float64Array(n); this.xi = new Int32Array(n); this.pstack = new Int32Array(n); this.mark = new Int32Array(n);
  }

  /** Bytes of the factors (values and indices) when they hold `entries` entries in all. */
  static bytesFor(entries: number): number { return 12 * entries; }

  private checkBytes(entries: number): void {
    const bytes = SparseLu.bytesFor(entries);
    if (!(bytes <= this.maxBytes)) {
      const gib = (b: number) => `${(b / 2 ** 30).toPrecision(3)} GiB`;
      throw new InvalidParameterError("size", `the sparse LU factors of this ${this.n} x ${this.n} system need about ${gib(bytes)} (${entries.toExponential(2)} entries after fill-in), more than the limit of ${gib(this.maxBytes)}; use fewer periods or a smaller model.`, this.n);
    }
  }

  private grow(which: "L" | "U", need: number): void {
    const cur = which === "L" ? this.Li.length : this.Ui.length;
    if (need <= cur) return;
    const size = Math.max(need, Math.ceil(cur * 1.5));
    this.checkBytes(size + (which === "L" ? this.Ui.length : this.Li.length));
    if (which === "L") {
      const i = new Int32Array(size); i.set(this.Li); this.Li = i;
      const x = new Float64Array(size); x.set(this.Lx); this.Lx = x;
    } else {
      const i = new Int32Array(size); i.set(this.Ui); this.Ui = i;
      const x = new Float64Array(size); x.set(this.Ux); this.Ux = x;
    }
  }

  /** Nonzeros of L and U (with their diagonals). */
  get nnz(): number { return this.Lp[this.n] + this.Up[this.n]; }

  /**
   * Factor the matrix with values `Ax` (aligned with the pattern's rowIdx). Throws a NumericalError
   * naming the row when a column has no nonzero candidate pivot.
   */
  factor(Ax: Float64Array, tol = 0.1): void {
    const { n, A } = this;
    const { colPtr: Ap, rowIdx: Ai } = A;
    const { q, prefRow } = this.an;
    const { x, xi, pstack, mark, pinv, prow } = this;
    pinv.fill(-1);
    let lnz = 0, unz = 0;
    this.factored = false;
    for (let k = 0; k < n; k++) {
      const col = q[k];
      this.Lp[k] = lnz; this.Up[k] = unz;
      // room for this column in the worst case (n - k unpivoted rows in L, k + 1 entries in U)
      if (lnz + n - k > this.Li.length) this.grow("L", lnz + n - k);
      if (unz + k + 1 > this.Ui.length) this.grow("U", unz + k + 1);
      // reach of column col in the graph of L (depth-first, topological order in xi[top..n))
      const stamp = ++this.stamp;
      let top = n;
      const Lp = this.Lp, Li = this.Li;
      for (let p = Ap[col]; p < Ap[col + 1]; p++) {
        const r0 = Ai[p];
        if (mark[r0] === stamp) continue;
        // iterative DFS from r0
        let head = 0;
        xi[0] = r0;
        while (head >= 0) {
          const j = xi[head];
          const J = pinv[j];
          if (mark[j] !== stamp) { mark[j] = stamp; pstack[head] = J < 0 ? 0 : Lp[J] + 1; }
          let done = true;
          const pend = J < 0 ? 0 : Lp[J + 1];
          for (let pp = pstack[head]; pp < pend; pp++) {
            const i = Li[pp];
            if (mark[i] === stamp) continue;
            pstack[head] = pp + 1;
            xi[++head] = i;
            done = false;
            break;
          }
          if (done) { head--; xi[--top] = j; }
        }
      }
      // numeric: x = L \ A(:, col)
      for (let p = top; p < n; p++) x[xi[p]] = 0;
      for (let p = Ap[col]; p < Ap[col + 1]; p++) x[Ai[p]] = Ax[p];
      const Lx = this.Lx;
      for (let px = top; px < n; px++) {
        const j = xi[px], J = pinv[j];
        if (J < 0) continue;
        const xj = x[j];
        if (xj === 0) continue;
        for (let p = Lp[J] + 1, e = Lp[J + 1]; p < e; p++) x[Li[p]] -= Lx[p] * xj;
      }
      // pivot: the largest candidate, or the preferred row when within the threshold
      let ipiv = -1, big = -1;
      for (let p = top; p < n; p++) {
        const i = xi[p];
        if (pinv[i] < 0) { const a = Math.abs(x[i]); if (a > big) { big = a; ipiv = i; } }
        else { this.Ui[unz] = pinv[i]; this.Ux[unz++] = x[i]; }
      }
      if (ipiv < 0 || !(big > 0) || big === Infinity) {
        const r = ipiv >= 0 ? ipiv : prefRow[col];
        x.fill(0); // leave the work vector clean for the next factorisation
        throw new NumericalError("SINGULAR_MATRIX", `The sparse Jacobian is singular: no usable pivot for ${this.describe(r)} (an equation does not depend on the remaining unknowns, or variables are undetermined).`, { row: r });
      }
      const pr = prefRow[col];
      if (pinv[pr] < 0 && mark[pr] === stamp && Math.abs(x[pr]) >= tol * big) ipiv = pr;
      const d = x[ipiv];
      this.Ui[unz] = k; this.Ux[unz++] = d;
      pinv[ipiv] = k; prow[k] = ipiv;
      this.Li[lnz] = ipiv; this.Lx[lnz++] = 1;
      for (let p = top; p < n; p++) {
        const i = xi[p];
        if (pinv[i] < 0) { this.Li[lnz] = i; this.Lx[lnz++] = x[i] / d; }
        x[i] = 0;
      }
    }
    this.Lp[n] = lnz; this.Up[n] = unz;
    if (this.LiStep.length < lnz) this.LiStep = new Int32Array(this.Li.length);
    const LiStep = this.LiStep, Li = this.Li;
    for (let p = 0; p < lnz; p++) LiStep[p] = pinv[Li[p]];
    if (this.AiStep.length !== Ai.length) this.AiStep = new Int32Array(Ai.length);
    const AiStep = this.AiStep;
    for (let p = 0; p < Ai.length; p++) AiStep[p] = pinv[Ai[p]];
    this.factored = true;
    this.factorizations++;
  }

  /**
   * New values with the same pattern: replay the last factorisation's pivots and pattern. Returns
   * false (factors invalid) when a pivot is zero, not finite or below `relTol` times the largest
   * entry of its column of L; the caller then calls `factor`.
   */
  refactor(Ax: Float64Array, relTol = 1e-3): boolean {
    if (!this.factored) return false;
    // the same operations in the same order as `factor` and as before: only the work vector x is
    // indexed by pivot step (x[J] here is x[prow[J]] there), so the factors are bit for bit the same
    const { n, A, x } = this;
    const Ap = A.colPtr;
    const { q } = this.an;
    const { Lp, Lx, Up, Ui, Ux, LiStep: Ls, AiStep: As } = this;
    for (let k = 0; k < n; k++) {
      const col = q[k];
      for (let p = Ap[col], e = Ap[col + 1]; p < e; p++) x[As[p]] = Ax[p];
      const u1 = Up[k + 1] - 1;
      for (let p = Up[k]; p < u1; p++) {
        const J = Ui[p];
        const xj = x[J];
        Ux[p] = xj;
        x[J] = 0;
        if (xj === 0) continue;
        // unrolled by four (the rows of a column of L are distinct: the updates are independent)
        let pp = Lp[J] + 1;
        const e = Lp[J + 1], e4 = e - 3;
        for (; pp < e4; pp += 4) {
          const i0 = Ls[pp], i1 = Ls[pp + 1], i2 = Ls[pp + 2], i3 = Ls[pp + 3];
          x[i0] -= Lx[pp] * xj; x[i1] -= Lx[pp + 1] * xj; x[i2] -= Lx[pp + 2] * xj; x[i3] -= Lx[pp + 3] * xj;
        }
        for (; pp < e; pp++) x[Ls[pp]] -= Lx[pp] * xj;
      }
      const d = x[k];
      x[k] = 0;
      const l0 = Lp[k] + 1, l1 = Lp[k + 1];
      let big = 0;
      for (let p = l0; p < l1; p++) { const a = Math.abs(x[Ls[p]]); if (a > big) big = a; }
      const ad = Math.abs(d);
      if (!(ad > 0) || ad === Infinity || ad < relTol * big) {
        for (let p = l0; p < l1; p++) x[Ls[p]] = 0;
        this.factored = false;
        return false;
      }
      Ux[u1] = d;
      for (let p = l0; p < l1; p++) { const i = Ls[p]; Lx[p] = x[i] / d; x[i] = 0; }
    }
    this.refactorizations++;
    return true;
  }

  /** Factor for values Ax: replay when possible, else pivot afresh. */
  update(Ax: Float64Array): void {
    if (!this.refactor(Ax)) this.factor(Ax);
  }

  /** Solve A x = b in place (b indexed by row in, solution indexed by column out); `work` has length n. */
  solve(b: Float64Array, work: Float64Array = new Float64Array(this.n)): Float64Array {
    const { n, Lp, Li, Lx, Up, Ui, Ux, prow } = this;
    const { q } = this.an;
    // forward: L y = b, in pivot order, y[k] kept at row prow[k]
    for (let k = 0; k < n; k++) {
      const v = b[prow[k]];
      work[k] = v;
      if (v === 0) continue;
      for (let p = Lp[k] + 1, e = Lp[k + 1]; p < e; p++) b[Li[p]] -= Lx[p] * v;
    }
    // backward: U z = y (column-oriented)
    for (let k = n - 1; k >= 0; k--) {
      const u1 = Up[k + 1] - 1;
      const z = work[k] / Ux[u1];
      work[k] = z;
      if (z === 0) continue;
      for (let p = Up[k]; p < u1; p++) work[Ui[p]] -= Ux[p] * z;
    }
    for (let k = 0; k < n; k++) b[q[k]] = work[k];
    return b;
  }

  /** Solve A^T x = b in place (b indexed by column in, solution indexed by row out). */
  solveTransposed(b: Float64Array, work: Float64Array = new Float64Array(this.n)): Float64Array {
    const { n, Lp, Li, Lx, Up, Ui, Ux, prow } = this;
    const { q } = this.an;
    // A = P' L U Q' ... with our storage: A(:, q[k]) = sum over L, U. Solve U^T z = b(q), then L^T.
    for (let k = 0; k < n; k++) work[k] = b[q[k]];
    for (let k = 0; k < n; k++) {
      const u1 = Up[k + 1] - 1;
      let s = work[k];
      for (let p = Up[k]; p < u1; p++) s -= Ux[p] * work[Ui[p]];
      work[k] = s / Ux[u1];
    }
    // L^T: y[prow[k]] = work[k] - sum_{i in L col k} Lx * y[i]
    for (let k = n - 1; k >= 0; k--) {
      let s = work[k];
      for (let p = Lp[k] + 1, e = Lp[k + 1]; p < e; p++) s -= Lx[p] * b[Li[p]];
      b[prow[k]] = s;
    }
    return b;
  }
}

/** CSC pattern from coordinate lists (no duplicates); pos[e] = position of entry e in the CSC arrays. */
export function cscFromCoo(n: number, rows: ArrayLike<number>, cols: ArrayLike<number>): { A: CscPattern; pos: Int32Array } {
  const m = rows.length;
  const colPtr = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) colPtr[cols[e] + 1]++;
  for (let j = 0; j < n; j++) colPtr[j + 1] += colPtr[j];
  const next = Int32Array.from(colPtr.subarray(0, n));
  const rowIdx = new Int32Array(m), pos = new Int32Array(m);
  for (let e = 0; e < m; e++) { const p = next[cols[e]]++; rowIdx[p] = rows[e]; pos[e] = p; }
  return { A: { n, colPtr, rowIdx }, pos };
}
