/**
 * From a parsed model to fast numerical code: model-local variables are substituted, equations are
 * differentiated symbolically with respect to every (variable, lead/lag) that occurs, and the
 * residuals and Jacobian nonzeros are generated as JavaScript source compiled once with `new Function`
 * (what Dynare's `use_dll` does with C), so the Newton loop evaluates them without allocation.
 */
import { InvalidParameterError, NumericalError, SyntaxError_ } from "../core/errors";
import { Expr, ModFile } from "./parse";

type E = Expr | { k: "ite"; c: E; lhs: E; rhs: E; a: E; b: E };

const num = (v: number): Expr => ({ k: "num", v });
const isNum = (e: E | null, v?: number) => e !== null && e.k === "num" && (v === undefined || (e as { v: number }).v === v);

function add(a: E | null, b: E | null): E | null {
  if (a === null) return b;
  if (b === null) return a;
  if (isNum(a) && isNum(b)) return num((a as { v: number }).v + (b as { v: number }).v);
  return { k: "bin", op: "+", a: a as Expr, b: b as Expr };
}
function sub(a: E | null, b: E | null): E | null {
  if (b === null) return a;
  if (a === null) return neg(b);
  return { k: "bin", op: "-", a: a as Expr, b: b as Expr };
}
function mul(a: E | null, b: E | null): E | null {
  if (a === null || b === null) return null;
  if (isNum(a, 0) || isNum(b, 0)) return null;
  if (isNum(a, 1)) return b;
  if (isNum(b, 1)) return a;
  return { k: "bin", op: "*", a: a as Expr, b: b as Expr };
}
function div(a: E | null, b: E): E | null {
  if (a === null) return null;
  if (isNum(b, 1)) return a;
  return { k: "bin", op: "/", a: a as Expr, b: b as Expr };
}
function neg(a: E | null): E | null {
  if (a === null) return null;
  if (isNum(a)) return num(-(a as { v: number }).v);
  return { k: "neg", a: a as Expr };
}
const call = (fn: string, ...args: E[]): Expr => ({ k: "call", fn, args: args as Expr[], line: 0, col: 0 });

/** Does e depend on variable (name, lag)? (any lag when lag is undefined) */
function dependsOn(e: E, name: string, lag?: number): boolean {
  switch (e.k) {
    case "num": return false;
    case "sym": return e.name === name && (lag === undefined || e.lag === lag);
    case "neg": return dependsOn(e.a, name, lag);
    case "bin": return dependsOn(e.a, name, lag) || dependsOn(e.b, name, lag);
    case "call": return e.args.some((a) => dependsOn(a, name, lag));
    case "ite": return dependsOn(e.a, name, lag) || dependsOn(e.b, name, lag);
  }
}

/** d e / d name(lag); null means identically zero. */
export function derivative(e: E, name: string, lag: number): E | null {
  if (e === null || typeof e !== "object") throw new InvalidParameterError("expression", `must be a parsed expression, got ${e === null ? "null" : typeof e}`, e);
  switch (e.k) {
    case "num": return null;
    case "sym": return e.name === name && e.lag === lag ? num(1) : null;
    case "neg": return neg(derivative(e.a, name, lag));
    case "ite": return { k: "ite", c: e.c, lhs: e.lhs, rhs: e.rhs, a: derivative(e.a, name, lag) ?? num(0), b: derivative(e.b, name, lag) ?? num(0) } as E;
    case "bin": {
      const da = derivative(e.a, name, lag), db = derivative(e.b, name, lag);
      if (da === null && db === null) return null;
      switch (e.op) {
        case "+": return add(da, db);
        case "-": return sub(da, db);
        case "*": return add(mul(da, e.b), mul(e.a, db));
        case "/": return db === null ? div(da, e.b) : div(sub(mul(da, e.b), mul(e.a, db)), { k: "bin", op: "^", a: e.b, b: num(2) });
        case "^":
          if (!dependsOn(e.b, name, lag)) {
            // d a^c = c a^(c-1) da
            const c = e.b;
            const cm1: Expr = isNum(c) ? num((c as { v: number }).v - 1) : { k: "bin", op: "-", a: c, b: num(1) };
            return mul(mul(c, { k: "bin", op: "^", a: e.a, b: cm1 }), da);
          }
          // d a^b = a^b (db log a + b da / a)
          return mul(e, add(mul(db, call("log", e.a)), div(mul(e.b, da), e.a)));
      }
      return null;
    }
    case "call": {
      const a = e.args[0];
      const da = derivative(a, name, lag);
      switch (e.fn) {
        case "exp": return mul(e, da);
        case "log": case "ln": return div(da, a);
        case "log10": return div(da, { k: "bin", op: "*", a, b: num(Math.LN10) });
        case "sqrt": return div(da, { k: "bin", op: "*", a: num(2), b: e });
        case "abs": return mul(call("sign", a), da);
        case "sign": return null;
        case "sin": return mul(call("cos", a), da);
        case "cos": return neg(mul(call("sin", a), da));
        case "tan": return div(da, { k: "bin", op: "^", a: call("cos", a), b: num(2) });
        case "normcdf": return mul(call("normpdf", a), da);
        case "normpdf": return neg(mul(mul(a, e), da));
        case "erf": return mul(mul(num(2 / Math.sqrt(Math.PI)), call("exp", neg({ k: "bin", op: "^", a, b: num(2) })!)), da);
        case "min": case "max": {
          const b = e.args[1];
          const db = derivative(b, name, lag);
          if (da === null && db === null) return null;
          return { k: "ite", c: num(e.fn === "min" ? 1 : 0), lhs: a, rhs: b, a: da ?? num(0), b: db ?? num(0) } as E;
        }
      }
      throw new NumericalError("NUMERIC", `no derivative for '${e.fn}'`);
    }
  }
}

/** Replace model-local variables by their definitions (in order). */
function substituteLocals(e: Expr, locals: Map<string, Expr>): Expr {
  switch (e.k) {
    case "num": return e;
    case "sym": return e.lag === 0 && locals.has(e.name) ? locals.get(e.name)! : e;
    case "neg": return { k: "neg", a: substituteLocals(e.a, locals) };
    case "bin": return { k: "bin", op: e.op, a: substituteLocals(e.a, locals), b: substituteLocals(e.b, locals) };
    case "call": return { ...e, args: e.args.map((a) => substituteLocals(a, locals)) };
  }
}

/** Set all leads and lags to zero (the static model). */
function staticOf(e: Expr): Expr {
  switch (e.k) {
    case "num": return e;
    case "sym": return e.lag === 0 ? e : { ...e, lag: 0 };
    case "neg": return { k: "neg", a: staticOf(e.a) };
    case "bin": return { k: "bin", op: e.op, a: staticOf(e.a), b: staticOf(e.b) };
    case "call": return { ...e, args: e.args.map(staticOf) };
  }
}

function collectSyms(e: Expr, out: Map<string, Set<number>>): void {
  switch (e.k) {
    case "num": return;
    case "sym": { if (!out.has(e.name)) out.set(e.name, new Set()); out.get(e.name)!.add(e.lag); return; }
    case "neg": collectSyms(e.a, out); return;
    case "bin": collectSyms(e.a, out); collectSyms(e.b, out); return;
    case "call": e.args.forEach((a) => collectSyms(a, out));
  }
}

export interface CompiledModel {
  mod: ModFile;
  n: number;
  nx: number;
  endo: string[];
  exo: string[];
  params: string[];
  maxLag: number;
  maxLead: number;
  /** exogenous leads/lags extend the window too */
  exoMaxLag: number;
  exoMaxLead: number;
  /** equation names (tag 'name' or 'eq <i>') */
  eqNames: string[];
  /** dynamic Jacobian nonzeros: equation i, variable j, lag k */
  jacIndex: { i: number; j: number; lag: number }[];
  /**
   * residuals and Jacobian at period row r (0-based row of the path arrays, rows hold periods
   * offset by `rowOffset`): res[i], jac[e] for entry e of jacIndex.
   */
  dynamic: (Y: Float64Array, X: Float64Array, P: Float64Array, r: number, res: Float64Array, jac: Float64Array) => void;
  /** the same, writing res[ro + i] and jac[jo + e] (stacked storage for all periods) */
  dynamicAt: (Y: Float64Array, X: Float64Array, P: Float64Array, r: number, res: Float64Array, ro: number, jac: Float64Array, jo: number) => void;
  /** residuals only, res[ro + i] */
  residualAt: (Y: Float64Array, X: Float64Array, P: Float64Array, r: number, res: Float64Array, ro: number) => void;
  /** static residual and dense Jacobian (n x n, row-major) at y, x */
  static: (y: Float64Array, x: Float64Array, P: Float64Array, res: Float64Array, jac: Float64Array) => void;
  /** static Jacobian nonzeros: equation i, variable j (each pair once, ascending j within an equation) */
  staticIndex: { i: number; j: number }[];
  /** static residual and Jacobian nonzeros jac[k] for entry k of staticIndex */
  staticSparse: (y: Float64Array, x: Float64Array, P: Float64Array, res: Float64Array, jac: Float64Array) => void;
  /** evaluate a static expression (initval, steady_state_model) */
  evalStatic: (e: Expr, env: Record<string, number>) => number;
  equations: Expr[];
  staticEquations: Expr[];
  /** generated source, for inspection */
  source: { dynamic: string; static: string };
}

const JS_FN: Record<string, string> = { exp: "Math.exp", log: "Math.log", ln: "Math.log", log10: "Math.log10", sqrt: "Math.sqrt", abs: "Math.abs", sign: "Math.sign", sin: "Math.sin", cos: "Math.cos", tan: "Math.tan", min: "Math.min", max: "Math.max", normcdf: "H.normcdf", normpdf: "H.normpdf", erf: "H.erf" };

// eslint-disable-next-line @typescript-eslint/no-var-requires
const erf: (x: number) => number = require("@stdlib/math-base-special-erf");
const HELPERS = {
  normpdf: (x: number) => Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI),
  normcdf: (x: number) => 0.5 * (1 + erf(x / Math.SQRT2)),
  erf,
};

/** A compiled model (from compileModel), or a typed error saying what was passed instead. */
export function requireCompiledModel(m: unknown, what = "model"): CompiledModel {
  if (m === null || typeof m !== "object" || typeof (m as CompiledModel).n !== "number" || !Array.isArray((m as CompiledModel).endo)) {
    throw new InvalidParameterError(what, `must be a compiled model (from compileModel or compiled), got ${m === null ? "null" : typeof m}`, m);
  }
  return m as CompiledModel;
}

export function compileModel(mod: ModFile): CompiledModel {
  if (mod === null || typeof mod !== "object" || !Array.isArray(mod.endo) || !Array.isArray(mod.equations)) {
    throw new InvalidParameterError("model", `must be a parsed .mod file (from parseMod or loadMod), got ${mod === null ? "null" : typeof mod}`, mod);
  }
  const endo = mod.endo.map((e) => e.name), exo = mod.exo, params = mod.params;
  const n = endo.length, nx = exo.length;
  const locals = new Map<string, Expr>();
  for (const l of mod.locals) locals.set(l.name, substituteLocals(l.expr, locals));
  const equations: Expr[] = mod.equations.map((eq) => {
    const lhs = substituteLocals(eq.lhs, locals);
    return eq.rhs ? { k: "bin", op: "-", a: lhs, b: substituteLocals(eq.rhs, locals) } as Expr : lhs;
  });
  const eqNames = mod.equations.map((eq, i) => eq.tags.name ?? `eq ${i + 1} (line ${eq.line})`);
  let maxLag = 0, maxLead = 0, exoMaxLag = 0, exoMaxLead = 0;
  const endoSet = new Set(endo), exoSet = new Set(exo);
  const occ: Map<string, Set<number>>[] = equations.map((e) => { const m = new Map<string, Set<number>>(); collectSyms(e, m); return m; });
  for (const m of occ) for (const [name, lags] of m) for (const l of lags) {
    if (endoSet.has(name)) { maxLag = Math.max(maxLag, -l); maxLead = Math.max(maxLead, l); }
    if (exoSet.has(name)) { exoMaxLag = Math.max(exoMaxLag, -l); exoMaxLead = Math.max(exoMaxLead, l); }
  }
  const ei = new Map(endo.map((v, i) => [v, i])), xi = new Map(exo.map((v, i) => [v, i])), pi = new Map(params.map((v, i) => [v, i]));
  // Code generation with common-subexpression elimination: every compound node becomes a `const`
  // temporary keyed by its code, so powers, logs and variable loads shared by a residual and its
  // derivatives (or by several equations) are computed once per evaluation.
  interface Ctx { map: Map<string, string>; lines: string[]; k: number }
  const newCtx = (): Ctx => ({ map: new Map(), lines: [], k: 0 });
  const tmp = (ctx: Ctx, code: string): string => {
    let v = ctx.map.get(code);
    if (!v) { v = `t${ctx.k++}`; ctx.map.set(code, v); ctx.lines.push(`const ${v}=${code};`); }
    return v;
  };
  const gen = (e: E, mode: "dyn" | "stat", ctx: Ctx): string => {
    switch (e.k) {
      case "num": return e.v < 0 ? `(${e.v})` : String(e.v);
      case "sym": {
        const lag = e.lag === 0 ? "r" : `(r${e.lag > 0 ? "+" : ""}${e.lag})`;
        if (ei.has(e.name)) return tmp(ctx, mode === "dyn" ? `Y[${tmp(ctx, `${lag}*${n}`)}+${ei.get(e.name)}]` : `y[${ei.get(e.name)}]`);
        if (xi.has(e.name)) return tmp(ctx, mode === "dyn" ? `X[${tmp(ctx, `${lag}*${nx}`)}+${xi.get(e.name)}]` : `x[${xi.get(e.name)}]`);
        if (pi.has(e.name)) return tmp(ctx, `P[${pi.get(e.name)}]`);
        throw new SyntaxError_(`unknown symbol '${e.name}'`, mod.file, e.line, e.col);
      }
      case "neg": return tmp(ctx, `(-${gen(e.a, mode, ctx)})`);
      case "bin": {
        const a = gen(e.a, mode, ctx);
        if (e.op === "^" && e.b.k === "num") {
          const c = e.b.v;
          if (c === 1) return a;
          if (c === 2) return tmp(ctx, `(${a}*${a})`);
          if (c === 3) return tmp(ctx, `(${a}*${a}*${a})`);
          if (c === -1) return tmp(ctx, `(1/${a})`);
          if (c === 0.5) return tmp(ctx, `Math.sqrt(${a})`);
        }
        const b = gen(e.b, mode, ctx);
        return tmp(ctx, e.op === "^" ? `Math.pow(${a},${b})` : `(${a}${e.op}${b})`);
      }
      case "call": return tmp(ctx, `${JS_FN[e.fn]}(${e.args.map((a) => gen(a, mode, ctx)).join(",")})`);
      case "ite": {
        const c = (e.c as { v: number }).v === 1 ? "<=" : ">=";
        return tmp(ctx, `((${gen(e.lhs, mode, ctx)})${c}(${gen(e.rhs, mode, ctx)})?(${gen(e.a, mode, ctx)}):(${gen(e.b, mode, ctx)}))`);
      }
    }
  };
  // dynamic: residuals and Jacobian nonzeros
  const jacIndex: { i: number; j: number; lag: number }[] = [];
  const dctx = newCtx(), rctx = newCtx();
  equations.forEach((e, i) => {
    dctx.lines.push(`res[ro+${i}]=${gen(e, "dyn", dctx)};`);
    rctx.lines.push(`res[ro+${i}]=${gen(e, "dyn", rctx)};`);
    const m = occ[i];
    for (const [name, lags] of m) {
      if (!ei.has(name)) continue;
      for (const l of [...lags].sort((a, b) => a - b)) {
        const d = derivative(e, name, l);
        if (d === null) continue;
        dctx.lines.push(`jac[jo+${jacIndex.length}]=${gen(d, "dyn", dctx)};`);
        jacIndex.push({ i, j: ei.get(name)!, lag: l });
      }
    }
  });
  const dynSrc = dctx.lines.join("\n");
  const resLines = rctx.lines;
  // static: residuals and the Jacobian nonzeros (staticIndex), from each equation's own symbols (a
  // loop over all n variables per equation would make compiling O(n^2) for thousands of equations)
  const staticEquations = equations.map(staticOf);
  const sctx = newCtx();
  const staticIndex: { i: number; j: number }[] = [];
  staticEquations.forEach((e, i) => {
    sctx.lines.push(`res[${i}]=${gen(e, "stat", sctx)};`);
    const js = [...occ[i].keys()].filter((name) => ei.has(name)).map((name) => ei.get(name)!).sort((a, b) => a - b);
    for (const j of js) {
      const d = derivative(e, endo[j], 0);
      if (d !== null) { sctx.lines.push(`jac[${staticIndex.length}]=${gen(d, "stat", sctx)};`); staticIndex.push({ i, j }); }
    }
  });
  const statSrc = sctx.lines.join("\n");
  // eslint-disable-next-line no-new-func
  const dynAt = new Function("H", `return function(Y,X,P,r,res,ro,jac,jo){${dynSrc}}`)(HELPERS);
  // eslint-disable-next-line no-new-func
  const resAt = new Function("H", `return function(Y,X,P,r,res,ro){${resLines.join("\n")}}`)(HELPERS);
  const dynF = (Y: Float64Array, X: Float64Array, P: Float64Array, r: number, res: Float64Array, jac: Float64Array) => dynAt(Y, X, P, r, res, 0, jac, 0);
  // eslint-disable-next-line no-new-func
  const statSparse = new Function("H", `return function(y,x,P,res,jac){${statSrc}}`)(HELPERS) as CompiledModel["staticSparse"];
  // the dense n x n form scatters the same nonzeros (the same values bit for bit)
  const si = Int32Array.from(staticIndex, (e) => e.i * n + e.j);
  let sv = new Float64Array(si.length);
  const statF = (y: Float64Array, x: Float64Array, P: Float64Array, res: Float64Array, jac: Float64Array): void => {
    if (sv.length !== si.length) sv = new Float64Array(si.length);
    statSparse(y, x, P, res, sv);
    jac.fill(0);
    for (let k = 0; k < si.length; k++) jac[si[k]] = sv[k];
  };
  const evalStatic = (e: Expr, env: Record<string, number>): number => {
    const f = (x: Expr): number => {
      switch (x.k) {
        case "num": return x.v;
        case "sym": {
          if (!(x.name in env)) throw new InvalidParameterError(x.name, "has no value yet (assign it before use)");
          return env[x.name];
        }
        case "neg": return -f(x.a);
        case "bin": {
          const a = f(x.a), b = f(x.b);
          return x.op === "+" ? a + b : x.op === "-" ? a - b : x.op === "*" ? a * b : x.op === "/" ? a / b : Math.pow(a, b);
        }
        case "ite" as never: {
          const it = x as unknown as { c: { v: number }; lhs: Expr; rhs: Expr; a: Expr; b: Expr };
          const l = f(it.lhs), r = f(it.rhs);
          return (it.c.v === 1 ? l <= r : l >= r) ? f(it.a) : f(it.b);
        }
        case "call": {
          const args = x.args.map(f);
          const fn = JS_FN[x.fn];
          if (fn.startsWith("H.")) return (HELPERS as Record<string, (v: number) => number>)[fn.slice(2)](args[0]);
          return (Math as unknown as Record<string, (...v: number[]) => number>)[fn.slice(5)](...args);
        }
      }
    };
    return f(e);
  };
  return { mod, n, nx, endo, exo, params, maxLag, maxLead, exoMaxLag, exoMaxLead, eqNames, jacIndex, staticIndex, dynamic: dynF, dynamicAt: dynAt, residualAt: resAt, static: statF, staticSparse: statSparse, evalStatic, equations, staticEquations, source: { dynamic: dynSrc, static: statSrc } };
}
