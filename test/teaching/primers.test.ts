/**
 * The teaching primers as files: each percent script builds its committed notebook, ends with exercises
 * (answer cells prefilled with null, a check cell per answer, answers for instructors), records its
 * checks as "primers" claims, and avoids the object shorthand that tslab mis-compiles for top-level names.
 * (Running them is the job of `npm run reproduce`; test/notebooks runs every notebook.)
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../src/data/datadir";
import { fixFolderImports, percentToNotebook } from "../../scripts/pct2ipynb";

const PRIMERS = ["primer-01-var", "primer-02-unit-roots", "primer-03-perfect-foresight"];
const src = (n: string) => fs.readFileSync(path.join(REPO_ROOT, "notebooks", "sources", `${n}.ts`), "utf8");

/** Names declared at the top level of a percent script (each becomes `exports.X` in tslab). */
function topLevelNames(code: string): string[] {
  const names = new Set<string>();
  for (const line of code.split("\n")) {
    const m = line.match(/^(?:const|let|var|function|async function|type|class)\s+([A-Za-z_$][\w$]*)/);
    if (m) names.add(m[1]);
    const multi = line.replace(/\/\/.*$/, "").match(/^(?:const|let)\s+(.*)$/);
    if (!multi) continue;
    // split the declaration list at commas outside brackets: const a = f(x, y), b = [1, 2];
    let depth = 0, start = 0;
    const parts: string[] = [];
    const decl = multi[1];
    for (let i = 0; i < decl.length; i++) {
      const ch = decl[i];
      if ("([{".includes(ch)) depth++;
      else if (")]}".includes(ch)) depth--;
      else if (ch === "," && depth === 0) { parts.push(decl.slice(start, i)); start = i + 1; }
    }
    parts.push(decl.slice(start));
    for (const part of parts) { const n = part.trim().match(/^([A-Za-z_$][\w$]*)\s*(?::[^=]*)?=/); if (n) names.add(n[1]); }
  }
  return [...names];
}

/**
 * Identifiers written as object shorthand (`{ a, b }`) whose name is in `names`. Strings, template
 * literals, comments and import lines are blanked first; then a bracket stack tells object braces
 * (and block braces) from call parentheses and array brackets.
 */
function shorthandUses(code: string, names: Set<string>): string[] {
  const text = code
    .split("\n").filter((l) => !l.startsWith("import ")).join("\n")
    .replace(/\/\/.*$/gm, "")
    .replace(/`[^`]*`/g, "``")
    .replace(/"(?:[^"\\\n]|\\.)*"/g, '""')
    .replace(/'(?:[^'\\\n]|\\.)*'/g, "''");
  const out: string[] = [];
  const stack: string[] = [];
  const re = /[A-Za-z_$][\w$]*|[()[\]{},]|\S/g;
  const tokens = [...text.matchAll(re)].map((m) => m[0]);
  for (let i = 0; i < tokens.length; i++) {
    const tk = tokens[i];
    if ("([{".includes(tk)) stack.push(tk);
    else if (")]}".includes(tk)) stack.pop();
    else if (stack[stack.length - 1] === "{" && names.has(tk) && (tokens[i - 1] === "{" || tokens[i - 1] === ",") && (tokens[i + 1] === "," || tokens[i + 1] === "}")) out.push(tk);
  }
  return out;
}

describe.each(PRIMERS)("%s", (name) => {
  const code = src(name);
  it("the committed notebook is the build of its percent script", () => {
    const nb = percentToNotebook(fixFolderImports(code, path.join(REPO_ROOT, "notebooks"))) as { cells: { id?: string }[] };
    nb.cells.forEach((c, i) => (c.id = `cell-${i}`));
    const committed = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "notebooks", `${name}.ipynb`), "utf8"));
    expect(committed).toEqual(JSON.parse(JSON.stringify(nb)));
  });
  it("ends with exercises: null answers, one check per answer (a value or a property), worked solutions for instructors", () => {
    const answers = [...code.matchAll(/^const (answer\d+): [^=]+ \| null = null;/gm)].map((m) => m[1]);
    expect(answers.length).toBeGreaterThanOrEqual(3);
    for (const a of answers) expect(code).toMatch(new RegExp(`exercise(Property)?\\("${a.replace("answer", "")}", ${a}, `));
    // at least one exercise checks a property of the answer (any correct method passes)
    expect(code).toMatch(/exerciseProperty\("\d+", answer\d+, /);
    expect(code).toMatch(/if \(instructorMode\(\)\) (md\(|\{)/);
    expect(code).toMatch(/SANCTIONS_LAB_INSTRUCTOR/);
    expect(code.indexOf("## Exercises")).toBeGreaterThan(code.length / 2);
  });
  it("has no line over 120 characters", () => {
    const long = code.split("\n").map((l, i) => [i + 1, l.length] as const).filter(([, n]) => n > 120);
    expect(long).toEqual([]);
  });
  it("records its checks as primers claims with the 1e-10 engine check or an explained tolerance", () => {
    expect(code).toMatch(/engineCheck\(\s*"primer-0\d, /);
    for (const m of code.matchAll(/claim\(\{\s*paper: "([^"]+)"/g)) expect(m[1]).toBe("primers");
    for (const m of code.matchAll(/engineCheck\(\s*["`]([^"`]*)/g)) expect(m[1]).toMatch(new RegExp(`^primer-${name.slice(7, 9)}, `));
  });
  it("imports files, not folders, and uses no object shorthand for top-level names (tslab rewrites them to exports.X)", () => {
    for (const m of code.matchAll(/from "(\.\/src\/[^"]+)"/g)) expect(fs.existsSync(path.join(REPO_ROOT, "notebooks", m[1] + ".ts")), m[1]).toBe(true);
    const hits = shorthandUses(code, new Set(topLevelNames(code)));
    expect(hits, "object shorthand of top-level names").toEqual([]);
  });
});

describe("the shorthand lint", () => {
  it("flags { lags: p, names } and { seed } for top-level names, not call arguments, template or string text (a one-expression block { names } is flagged too, harmlessly)", () => {
    const code = 'const names = ["a"];\nconst seed = 1, p = 2;\nfitVar(y, { lags: p, names });\nirfBands(r, { seed });\nf(names, seed);\nmd(`${names}`);\nconst s = "{ names }";\nif (x) { names }';
    expect(topLevelNames(code).sort()).toEqual(["names", "p", "seed", "s"].sort());
    expect(shorthandUses(code, new Set(topLevelNames(code)))).toEqual(["names", "seed", "names"]);
  });
});
