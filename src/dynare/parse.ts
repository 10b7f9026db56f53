/**
 * A reader for a subset of the Dynare language (Dynare 5 reference manual, "The model file"):
 * var / varexo / parameters declarations, parameter assignments, model; with equation tags and
 * model-local variables (#), initval / endval, steady (options), steady_state_model, check, shocks
 * (deterministic: var/periods/values), perfect_foresight_setup(periods = N), perfect_foresight_solver.
 * Everything else is rejected with file, line and column. Written by hand: no maintained JS parser
 * for the Dynare language exists, and exact error positions are part of the contract.
 */
import { InvalidParameterError, SyntaxError_ } from "../core/errors";

export type Expr =
  | { k: "num"; v: number }
  | { k: "sym"; name: string; lag: number; line: number; col: number }
  | { k: "neg"; a: Expr }
  | { k: "bin"; op: "+" | "-" | "*" | "/" | "^"; a: Expr; b: Expr }
  | { k: "call"; fn: string; args: Expr[]; line: number; col: number };

export interface Equation {
  lhs: Expr;
  rhs: Expr | null;
  tags: Record<string, string>;
  line: number;
}

export interface Shock {
  name: string;
  periods: [number, number][];
  values: Expr[];
  line: number;
  col: number;
}

export interface ModFile {
  file: string;
  endo: { name: string; longName?: string }[];
  exo: string[];
  params: string[];
  /** parameter assignments in file order */
  paramValues: { name: string; expr: Expr; line: number }[];
  locals: { name: string; expr: Expr; line: number }[];
  equations: Equation[];
  initval: { name: string; expr: Expr; line: number; col: number }[] | null;
  endval: { name: string; expr: Expr; line: number; col: number }[] | null;
  /** order of commands: which steady call followed which block */
  commands: { kind: "initval" | "endval" | "steady" | "check" | "shocks" | "setup" | "solver" | "paramset"; options: Record<string, number | string>; line: number; index?: number }[];
  steadyStateModel: { name: string; expr: Expr; line: number; col: number }[] | null;
  shocks: Shock[];
  periods: number | null;
}

interface Tok {
  t: "id" | "num" | "op" | "str" | "eof";
  v: string;
  line: number;
  col: number;
}

const FUNCS: Record<string, number> = { exp: 1, log: 1, ln: 1, log10: 1, sqrt: 1, abs: 1, sign: 1, sin: 1, cos: 1, tan: 1, min: 2, max: 2, normcdf: 1, normpdf: 1, erf: 1 };
export const SUPPORTED_FUNCTIONS = Object.keys(FUNCS);
/** Options accepted per command (Dynare 5 reference manual); solve_algo and stack_solve_algo are accepted and mapped to our solvers. */
const COMMAND_OPTIONS: Record<string, string[]> = {
  steady: ["tolf", "maxit", "solve_algo", "tolx", "nocheck"],
  check: [],
  setup: ["periods"],
  solver: ["maxit", "tolf", "tolx", "no_homotopy", "stack_solve_algo", "noprint"],
};

function tokenize(src: string, file: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0, line = 1, col = 1;
  const adv = (n: number) => {
    for (let k = 0; k < n; k++) {
      if (src[i] === "\n") { line++; col = 1; } else col++;
      i++;
    }
  };
  while (i < src.length) {
    const c = src[i];
    if (c === "\n" || c === " " || c === "\t" || c === "\r") { adv(1); continue; }
    if (c === "/" && src[i + 1] === "/") { while (i < src.length && src[i] !== "\n") adv(1); continue; }
    if (c === "%") { while (i < src.length && src[i] !== "\n") adv(1); continue; }
    if (c === "/" && src[i + 1] === "*") {
      const l0 = line, c0 = col;
      adv(2);
      while (i < src.length && !(src[i] === "*" && src[i + 1] === "/")) adv(1);
      if (i >= src.length) throw new SyntaxError_("unterminated /* comment", file, l0, c0);
      adv(2);
      continue;
    }
    const l0 = line, c0 = col;
    const num = src.slice(i).match(/^(\d+\.?\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?)/);
    if (num) { toks.push({ t: "num", v: num[0], line: l0, col: c0 }); adv(num[0].length); continue; }
    const id = src.slice(i).match(/^[A-Za-z_][A-Za-z0-9_]*/);
    if (id) { toks.push({ t: "id", v: id[0], line: l0, col: c0 }); adv(id[0].length); continue; }
    if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < src.length && src[j] !== c && src[j] !== "\n") j++;
      if (src[j] !== c) throw new SyntaxError_("unterminated string", file, l0, c0);
      toks.push({ t: "str", v: src.slice(i + 1, j), line: l0, col: c0 });
      adv(j - i + 1);
      continue;
    }
    if ("+-*/^(),;=#[]:".includes(c)) { toks.push({ t: "op", v: c, line: l0, col: c0 }); adv(1); continue; }
    throw new SyntaxError_(`unexpected character '${c}'`, file, l0, c0);
  }
  toks.push({ t: "eof", v: "", line, col });
  return toks;
}

/**
 * Largest lead or lag accepted (a larger one is a typo; 1e20 is not even an exact integer). Runs
 * with long windows are further limited by their memory (src/solvers/perfect-foresight.ts,
 * checkRunSize) and the Blanchard-Kahn pencil size (src/solvers/bk.ts).
 */
export const MAX_LEAD_LAG = 1_000_000;
/** Deepest nesting of parentheses, signs and powers accepted in one expression. */
export const MAX_NESTING = 500;
/** Chains of + - or * / longer than this are built as balanced trees (see parseExpr). */
const LONG_CHAIN = 64;

/**
 * Balanced tree of terms[lo..hi) combined with ops (ops[i] applies to terms[i]; ops[lo] is read as
 * `plus`). A right half that starts with `minus` is subtracted with its signs flipped:
 * a - b + c = a - (b - c), a / b * c = a / (b / c), so the value is that of the left-to-right chain
 * up to the rounding of the regrouping.
 */
function balanced(terms: Expr[], ops: string[], lo: number, hi: number, plus: "+" | "*", minus: "-" | "/", flip = false): Expr {
  if (hi - lo === 1) return terms[lo];
  const mid = (lo + hi) >> 1;
  const left = balanced(terms, ops, lo, mid, plus, minus, flip);
  const sign = (ops[mid] === minus) !== flip; // effective operator of the right half's first term
  const right = balanced(terms, ops, mid, hi, plus, minus, sign ? !flip : flip);
  return { k: "bin", op: sign ? minus : plus, a: left, b: right };
}

export function parseMod(src: string, file = "model.mod"): ModFile {
  if (typeof src !== "string") throw new InvalidParameterError("source", `must be the text of a .mod file, got ${src === null ? "null" : typeof src}`, src);
  if (typeof file !== "string") throw new InvalidParameterError("file", `must be a file name, got ${file === null ? "null" : typeof file}`, file);
  const toks = tokenize(src, file);
  let p = 0;
  const peek = () => toks[p];
  const next = () => toks[p++];
  const err = (msg: string, t = peek()): never => { throw new SyntaxError_(msg, file, t.line, t.col); };
  const expectOp = (v: string) => { const t = next(); if (t.t !== "op" || t.v !== v) err(`expected '${v}'${t.t === "eof" ? " before the end of the file" : `, found '${t.v}'`}`, t); return t; };
  const isOp = (v: string) => peek().t === "op" && peek().v === v;
  const expectId = (what: string) => { const t = next(); if (t.t !== "id") err(`expected ${what}, found '${t.v || "end of file"}'`, t); return t; };

  const mod: ModFile = { file, endo: [], exo: [], params: [], paramValues: [], locals: [], equations: [], initval: null, endval: null, commands: [], steadyStateModel: null, shocks: [], periods: null };
  const declared = () => new Set([...mod.endo.map((e) => e.name), ...mod.exo, ...mod.params]);

  // expressions (precedence: + - < * / < unary - < ^ (right assoc))
  // The parser recurses once per level of nesting (parentheses, unary signs, powers, function
  // arguments); that depth is limited to MAX_NESTING with a SyntaxError_ at the token where it is
  // exceeded, instead of a stack overflow. Chains of + - (or * /) are read iteratively; a chain
  // longer than LONG_CHAIN terms (generated aggregates) is built as a balanced tree, so that every
  // later walk over the expression (checks, derivatives, code generation) recurses about log2(n)
  // deep rather than n deep. Shorter chains keep the left-to-right tree, so the arithmetic of
  // ordinary models is unchanged to the bit.
  let depth = 0;
  const parseExpr = (): Expr => chain(parseTerm, "+", "-");
  const parseTerm = (): Expr => chain(parseUnary, "*", "/");
  const chain = (operand: () => Expr, plus: "+" | "*", minus: "-" | "/"): Expr => {
    const first = operand();
    if (!(isOp(plus) || isOp(minus))) return first;
    const terms: Expr[] = [first];
    const ops: ("+" | "-" | "*" | "/")[] = [plus];
    while (isOp(plus) || isOp(minus)) { ops.push(next().v as "+" | "-" | "*" | "/"); terms.push(operand()); }
    if (terms.length <= LONG_CHAIN) {
      let a = terms[0];
      for (let i = 1; i < terms.length; i++) a = { k: "bin", op: ops[i] as "+", a, b: terms[i] };
      return a;
    }
    return balanced(terms, ops, 0, terms.length, plus, minus);
  };
  const parseUnary = (): Expr => {
    if (++depth > MAX_NESTING) { depth = 0; err(`expression nested more than ${MAX_NESTING} levels deep (parentheses, signs, powers); simplify it or split it with model-local variables (#)`); }
    try {
      if (isOp("-")) { next(); return { k: "neg", a: parseUnary() }; }
      if (isOp("+")) { next(); return parseUnary(); }
      return parsePow();
    } finally {
      depth--;
    }
  };
  const parsePow = (): Expr => {
    const base = parseAtom();
    if (isOp("^")) { next(); return { k: "bin", op: "^", a: base, b: parseUnary() }; }
    return base;
  };
  const parseAtom = (): Expr => {
    const t = next();
    if (t.t === "num") return { k: "num", v: Number(t.v) };
    if (t.t === "op" && t.v === "(") { const e = parseExpr(); expectOp(")"); return e; }
    if (t.t === "id") {
      if (isOp("(") && t.v in FUNCS) {
        next();
        const args: Expr[] = [parseExpr()];
        while (isOp(",")) { next(); args.push(parseExpr()); }
        expectOp(")");
        if (args.length !== FUNCS[t.v]) throw new SyntaxError_(`function '${t.v}' takes ${FUNCS[t.v]} argument(s), got ${args.length}`, file, t.line, t.col);
        return { k: "call", fn: t.v, args, line: t.line, col: t.col };
      }
      if (isOp("(")) {
        // lead/lag: x(+1), k(-1), k(-2)
        const open = next();
        let sign = 1;
        if (isOp("-")) { next(); sign = -1; } else if (isOp("+")) next();
        const n = next();
        if (n.t !== "num" || !/^\d+$/.test(n.v)) {
          if (!(declared().has(t.v))) throw new SyntaxError_(`unknown function '${t.v}' (supported: ${SUPPORTED_FUNCTIONS.join(", ")})`, file, t.line, t.col);
          err(`expected an integer lead or lag after '${t.v}('`, n);
        }
        if (!(Number(n.v) <= MAX_LEAD_LAG)) err(`lead or lag ${sign < 0 ? "-" : "+"}${n.v} on '${t.v}' is larger than ${MAX_LEAD_LAG} periods`, n);
        expectOp(")");
        void open;
        return { k: "sym", name: t.v, lag: sign * Number(n.v), line: t.line, col: t.col };
      }
      return { k: "sym", name: t.v, lag: 0, line: t.line, col: t.col };
    }
    return err(`unexpected '${t.v || "end of file"}' in an expression`, t);
  };

  const parseOptions = (): Record<string, number | string> => {
    const o: Record<string, number | string> = {};
    if (!isOp("(")) return o;
    next();
    while (!isOp(")")) {
      const k = expectId("an option name");
      if (isOp("=")) {
        next();
        const v = next();
        if (v.t === "num") o[k.v] = Number(v.v);
        else if (v.t === "id" || v.t === "str") o[k.v] = v.v;
        else err(`bad value for option '${k.v}'`, v);
      } else o[k.v] = 1;
      if (isOp(",")) next();
      else if (!isOp(")")) err(`expected ',' or ')' in the option list`);
    }
    next();
    return o;
  };

  // the commands of the subset: a declaration that runs into one of them lacks its closing ';'
  const COMMANDS = new Set(["var", "varexo", "varexo_det", "parameters", "model", "initval", "endval", "steady", "steady_state_model", "check", "shocks", "perfect_foresight_setup", "perfect_foresight_solver", "end", "simul", "stoch_simul"]);
  const symbolList = (kind: "var" | "varexo" | "parameters") => {
    // the missing ';' is reported where it belongs, just after the declaration's last token, not
    // at the next command, which may stand many lines (comments, blank lines) further down
    const missingSemicolon = (then: string): never => {
      const last = toks[p - 1];
      const after = last.col + (last.t === "str" ? last.v.length + 2 : last.v.length);
      throw new SyntaxError_(`missing ';' after '${last.v}' at the end of the '${kind}' declaration (${then})`, file, last.line, after);
    };
    while (!isOp(";")) {
      if (peek().t === "id" && COMMANDS.has(peek().v)) {
        const k = peek();
        missingSemicolon(`it runs into the command '${k.v}' at ${k.line}:${k.col}`);
      }
      if (peek().t === "eof") missingSemicolon("end of file");
      // 'parameters a b' then 'a = 0.5;': the assignment is not a further name
      if (peek().t === "id" && toks[p + 1]?.t === "op" && toks[p + 1].v === "=") missingSemicolon(`it runs into the assignment '${peek().v} = ...' at ${peek().line}:${peek().col}`);
      const t = expectId("a symbol name");
      if (declared().has(t.v)) throw new SyntaxError_(`symbol '${t.v}' is declared twice`, file, t.line, t.col);
      let longName: string | undefined;
      if (isOp("(")) {
        next();
        const a = expectId("an attribute");
        if (a.v !== "long_name") throw new SyntaxError_(`attribute '${a.v}' is not supported (only long_name)`, file, a.line, a.col, "NOT_SUPPORTED");
        expectOp("=");
        const s = next();
        if (s.t !== "str") err("expected a quoted long_name", s);
        longName = s.v;
        expectOp(")");
      }
      if (kind === "var") mod.endo.push({ name: t.v, longName });
      else if (kind === "varexo") mod.exo.push(t.v);
      else mod.params.push(t.v);
      if (isOp(",")) next();
    }
    next();
  };

  const assignBlock = (): { name: string; expr: Expr; line: number; col: number }[] => {
    const out: { name: string; expr: Expr; line: number; col: number }[] = [];
    while (!(peek().t === "id" && peek().v === "end")) {
      if (peek().t === "eof") err("missing 'end;' for the block");
      const t = expectId("a variable name");
      expectOp("=");
      out.push({ name: t.v, expr: parseExpr(), line: t.line, col: t.col });
      expectOp(";");
    }
    next();
    expectOp(";");
    return out;
  };

  while (peek().t !== "eof") {
    const t = next();
    if (t.t !== "id") err(`expected a command, found '${t.v}'`, t);
    switch (t.v) {
      case "var": symbolList("var"); break;
      case "varexo": symbolList("varexo"); break;
      case "parameters": symbolList("parameters"); break;
      case "model": {
        const opts = parseOptions();
        // use_dll (compile the model) is what we always do; other model options are not supported
        const other = Object.keys(opts).filter((o) => o !== "use_dll");
        if (other.length) throw new SyntaxError_(`model options are not supported (${other.join(", ")}; only use_dll is accepted)`, file, t.line, t.col, "NOT_SUPPORTED");
        expectOp(";");
        while (!(peek().t === "id" && peek().v === "end")) {
          if (peek().t === "eof") err("missing 'end;' after the model block");
          if (isOp("#")) {
            const h = next();
            const name = expectId("a local variable name");
            // a model-local variable is a declaration too: reusing a declared name would silently
            // replace that variable by the local's expression at lag 0 and keep it at its leads and lags
            if (declared().has(name.v)) throw new SyntaxError_(`model-local variable '${name.v}' has the name of a declared symbol (symbol '${name.v}' is declared twice)`, file, name.line, name.col);
            if (mod.locals.some((l) => l.name === name.v)) throw new SyntaxError_(`model-local variable '${name.v}' is defined twice (symbol '${name.v}' is declared twice)`, file, name.line, name.col);
            expectOp("=");
            mod.locals.push({ name: name.v, expr: parseExpr(), line: h.line });
            expectOp(";");
            continue;
          }
          const tags: Record<string, string> = {};
          if (isOp("[")) {
            next();
            while (!isOp("]")) {
              const k = expectId("a tag name");
              expectOp("=");
              const v = next();
              if (v.t !== "str") err("expected a quoted tag value", v);
              tags[k.v] = v.v;
              if (isOp(",")) next();
            }
            next();
          }
          const line = peek().line;
          const lhs = parseExpr();
          let rhs: Expr | null = null;
          if (isOp("=")) { next(); rhs = parseExpr(); }
          expectOp(";");
          mod.equations.push({ lhs, rhs, tags, line });
        }
        next();
        expectOp(";");
        break;
      }
      case "initval":
      case "endval": {
        const opts = parseOptions();
        if (Object.keys(opts).length) throw new SyntaxError_(`${t.v} options are not supported (${Object.keys(opts).join(", ")})`, file, t.line, t.col, "NOT_SUPPORTED");
        expectOp(";");
        const b = assignBlock();
        if (t.v === "initval") mod.initval = b; else mod.endval = b;
        mod.commands.push({ kind: t.v, options: {}, line: t.line });
        break;
      }
      case "steady_state_model": {
        expectOp(";");
        mod.steadyStateModel = assignBlock();
        break;
      }
      case "steady": case "check": case "perfect_foresight_setup": case "perfect_foresight_solver": case "simul": {
        if (t.v === "simul") throw new SyntaxError_("'simul' is not supported: use perfect_foresight_setup and perfect_foresight_solver", file, t.line, t.col, "NOT_SUPPORTED");
        const optStart = peek();
        const options = parseOptions();
        expectOp(";");
        const kind = t.v === "steady" ? "steady" : t.v === "check" ? "check" : t.v === "perfect_foresight_setup" ? "setup" : "solver";
        const allowed = COMMAND_OPTIONS[kind];
        for (const o of Object.keys(options)) {
          if (!allowed.includes(o)) throw new SyntaxError_(`option '${o}' of '${t.v}' is not supported (supported: ${allowed.join(", ") || "none"})`, file, optStart.line, optStart.col, "NOT_SUPPORTED");
          const v = options[o];
          // numeric options: a tolerance must be finite and positive, an iteration count an integer
          if ((o === "tolf" || o === "tolx") && !(typeof v === "number" && Number.isFinite(v) && v > 0)) throw new SyntaxError_(`option '${o}' of '${t.v}' must be a finite positive number, got '${v}'`, file, optStart.line, optStart.col);
          if (o === "maxit" && !(typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 1_000_000)) throw new SyntaxError_(`option 'maxit' of '${t.v}' must be an integer in [0, 1000000], got '${v}'`, file, optStart.line, optStart.col);
          // the values Dynare 5 defines (reference manual: solve_algo 0-14, stack_solve_algo 0-7); any other is an error
          const algoMax = o === "solve_algo" ? 14 : o === "stack_solve_algo" ? 7 : -1;
          if (algoMax >= 0 && !(typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= algoMax)) throw new SyntaxError_(`option '${o}' of '${t.v}' must be an integer in [0, ${algoMax}] (the values Dynare defines), got '${v}'`, file, optStart.line, optStart.col);
        }
        if (kind === "setup") {
          if (typeof options.periods !== "number" || !Number.isInteger(options.periods) || options.periods < 1) throw new SyntaxError_("perfect_foresight_setup needs periods = <positive integer>", file, t.line, t.col);
          mod.periods = options.periods;
        }
        mod.commands.push({ kind, options, line: t.line });
        break;
      }
      case "shocks": {
        const opts = parseOptions();
        if (Object.keys(opts).length) throw new SyntaxError_(`shocks options are not supported (${Object.keys(opts).join(", ")})`, file, t.line, t.col, "NOT_SUPPORTED");
        expectOp(";");
        while (!(peek().t === "id" && peek().v === "end")) {
          // Only deterministic shocks (var NAME; periods ...; values ...;) have a meaning in a
          // perfect-foresight run; the stochastic forms (var e = v; var e, u = c; var e; stderr s;
          // corr e, u = r;) belong to stoch_simul and are refused where they stand, never dropped.
          const stochastic = (what: string, at: Tok): never => {
            throw new SyntaxError_(`stochastic shocks are not supported (${what}): perfect foresight needs deterministic shocks, written 'var NAME; periods ...; values ...;'`, file, at.line, at.col, "NOT_SUPPORTED");
          };
          const kw = expectId("'var'");
          if (kw.v === "corr") stochastic(`a correlation 'corr'`, kw);
          if (kw.v !== "var") throw new SyntaxError_(`expected 'var' in the shocks block, found '${kw.v}' (perfect foresight needs deterministic shocks, written 'var NAME; periods ...; values ...;')`, file, kw.line, kw.col, "NOT_SUPPORTED");
          const name = expectId("an exogenous variable");
          if (isOp("=")) stochastic(`a variance 'var ${name.v} = ...'`, name);
          if (isOp(",")) stochastic(`a covariance 'var ${name.v}, ... = ...'`, name);
          expectOp(";");
          const pk = expectId("'periods'");
          if (pk.v === "stderr") stochastic(`'stderr' on '${name.v}'`, pk);
          if (pk.v !== "periods") err(`expected 'periods' after 'var ${name.v};' in the shocks block, found '${pk.v}'`, pk);
          const periods: [number, number][] = [];
          // a period is a positive integer literal: 1.5 or 1e400 would select no period (the shock
          // would be dropped without a word), so they are refused where they stand
          const period = (t: Tok): number => {
            if (t.t !== "num") err(`expected a period number${t.t === "eof" ? " before the end of the file" : `, found '${t.v}'`}`, t);
            const v = Number(t.v);
            if (!/^\d+$/.test(t.v) || !Number.isSafeInteger(v) || v < 1) err(`shock period '${t.v}' on '${name.v}' must be a positive integer (periods are numbered 1..T)`, t);
            return v;
          };
          while (!isOp(";")) {
            if (peek().t === "eof") err("missing ';' after the periods of the shock");
            const at = next();
            const a = period(at);
            let b = a;
            if (isOp(":")) {
              next();
              const bt = next();
              b = period(bt);
              if (b < a) err(`shock period range '${a}:${b}' on '${name.v}' is empty (the end is before the start); write ${b}:${a}`, at);
            }
            periods.push([a, b]);
          }
          if (!periods.length) err(`shocks on '${name.v}': 'periods' lists no period`, pk);
          next();
          const vk = expectId("'values'");
          if (vk.v !== "values") err("expected 'values'", vk);
          const values: Expr[] = [];
          while (!isOp(";")) {
            if (peek().t === "eof") err("missing ';' after the values of the shock");
            values.push(parseExpr());
          }
          next();
          if (values.length !== periods.length && values.length !== 1) throw new SyntaxError_(`shocks on '${name.v}': ${periods.length} period ranges but ${values.length} values`, file, vk.line, vk.col);
          mod.shocks.push({ name: name.v, periods, values, line: name.line, col: name.col });
        }
        next();
        expectOp(";");
        mod.commands.push({ kind: "shocks", options: {}, line: t.line });
        break;
      }
      default: {
        if (isOp("=")) {
          if (!mod.params.includes(t.v)) {
            if (declared().has(t.v)) throw new SyntaxError_(`'${t.v}' is not a parameter; only parameters can be assigned outside blocks`, file, t.line, t.col);
            throw new SyntaxError_(`unknown symbol '${t.v}' (declare it with 'parameters')`, file, t.line, t.col);
          }
          next();
          mod.paramValues.push({ name: t.v, expr: parseExpr(), line: t.line });
          mod.commands.push({ kind: "paramset", options: {}, line: t.line, index: mod.paramValues.length - 1 });
          expectOp(";");
        } else {
          throw new SyntaxError_(`'${t.v}' is not supported by this Dynare subset (supported: var, varexo, parameters, model, initval, endval, steady, steady_state_model, check, shocks, perfect_foresight_setup, perfect_foresight_solver)`, file, t.line, t.col, "NOT_SUPPORTED");
        }
      }
    }
  }
  if (!mod.endo.length && !mod.equations.length) {
    throw new SyntaxError_("the file declares no endogenous variables and no model block: an empty or comment-only .mod file (write 'var ...;' and 'model; ... end;')", file, 1, 1);
  }
  validate(mod);
  return mod;
}

/** Symbols used are declared; leads and lags only on variables; equation count equals variable count. */
function validate(mod: ModFile): void {
  const endo = new Set(mod.endo.map((e) => e.name)), exo = new Set(mod.exo), par = new Set(mod.params);
  const locals = new Set<string>();
  const check = (e: Expr, where: "model" | "static" | "param", localScope: Set<string>): void => {
    switch (e.k) {
      case "num": return;
      case "neg": check(e.a, where, localScope); return;
      case "bin": check(e.a, where, localScope); check(e.b, where, localScope); return;
      case "call": e.args.forEach((a) => check(a, where, localScope)); return;
      case "sym":
        if (!endo.has(e.name) && !exo.has(e.name) && !par.has(e.name) && !localScope.has(e.name)) {
          // 'foo(1)' reads as a lead of foo: it may as well be meant as a call of an unknown function
          const call = e.lag !== 0 ? `; '${e.name}(${e.lag > 0 ? "" : "-"}${Math.abs(e.lag)})' is neither a declared variable with a lead or lag nor a supported function (${SUPPORTED_FUNCTIONS.join(", ")})` : "";
          throw new SyntaxError_(`unknown symbol '${e.name}'${call}`, mod.file, e.line, e.col);
        }
        if (e.lag !== 0 && where !== "model") throw new SyntaxError_(`'${e.name}(${e.lag > 0 ? "+" : ""}${e.lag})': leads and lags are not allowed in a static context`, mod.file, e.line, e.col);
        if (e.lag !== 0 && (par.has(e.name) || localScope.has(e.name))) throw new SyntaxError_(`'${e.name}' cannot have a lead or lag (only variables can)`, mod.file, e.line, e.col);
        if (where === "param" && !par.has(e.name)) throw new SyntaxError_(`parameter assignments may use only parameters, found '${e.name}'`, mod.file, e.line, e.col);
    }
  };
  for (const p of mod.paramValues) check(p.expr, "param", new Set());
  for (const l of mod.locals) { check(l.expr, "model", locals); locals.add(l.name); }
  for (const eq of mod.equations) { check(eq.lhs, "model", locals); if (eq.rhs) check(eq.rhs, "model", locals); }
  const staticScope = new Set<string>();
  for (const b of [mod.initval, mod.endval]) if (b) for (const a of b) {
    if (!endo.has(a.name) && !exo.has(a.name)) throw new SyntaxError_(`initval/endval assigns '${a.name}', which is not a declared variable`, mod.file, a.line, a.col);
    check(a.expr, "static", new Set([...endo, ...exo]));
  }
  if (mod.steadyStateModel) for (const a of mod.steadyStateModel) { check(a.expr, "static", new Set([...staticScope, ...endo])); staticScope.add(a.name); }
  for (const s of mod.shocks) {
    if (!exo.has(s.name)) {
      const what = endo.has(s.name) ? "an endogenous variable" : par.has(s.name) ? "a parameter" : "not declared";
      throw new SyntaxError_(`shocks on '${s.name}', which is not an exogenous variable (${what}; shocks apply to names declared with 'varexo')`, mod.file, s.line, s.col);
    }
    // shock values are numbers or expressions of parameters (evaluated once, before the simulation)
    const values = (e: Expr): void => {
      switch (e.k) {
        case "num": return;
        case "neg": values(e.a); return;
        case "bin": values(e.a); values(e.b); return;
        case "call": e.args.forEach(values); return;
        case "sym":
          if (!par.has(e.name) || e.lag !== 0) throw new SyntaxError_(`the values of the shock on '${s.name}' may use only numbers and parameters, found '${e.name}'${e.lag !== 0 ? ` with a lead or lag` : ""}`, mod.file, e.line, e.col);
      }
    };
    s.values.forEach(values);
  }
  if (mod.equations.length !== mod.endo.length) {
    throw new SyntaxError_(`the model has ${mod.equations.length} equations for ${mod.endo.length} endogenous variables`, mod.file, mod.equations[0]?.line ?? 1, 1);
  }
}
