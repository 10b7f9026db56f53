/**
 * sanctions-lab command line: `reproduce`, `var`, `pf`, `index`, `data`.
 * Unknown commands and bad arguments print usage to stderr and exit with status 2.
 */
import { SanctionsLabError } from "./core/errors";

export const USAGE = `usage: sanctions-lab <command> [options]

commands:
  reproduce [--only NAME[,NAME...]] [--no-site] [--no-figures] [--browser]
      execute the notebooks headless, write reports/claims.json, reports/REPRODUCTION.md,
      reports/figures (SVG, PNG), reports/tables (CSV, LaTeX) and the HTML site in build/site;
      --browser: then run the same notebooks cell by cell in the real Jupyter page (see browser)
  browser [--only NAME[,NAME...]]
      run the notebooks (copies) cell by cell in Jupyter Notebook in headless Chromium; fails on
      error output, a figure not drawn, or a paper notebook without claim badges
  var <file.csv> [--lags P | --maxlags M --ic aic|bic|hqic|fpe] [--trend c|ct|n] [--order v1,v2,...]
      [--horizon H] [--bootstrap R --seed S --ci 0.95 --method residual|gaussian] [--dropna] --json <out.json>
      estimate a VAR with Cholesky IRFs, FEVD and Granger tests
  pf <model.mod> [--periods N] [--tolf X] [--exact] --json <out.json>
      perfect-foresight simulation of a Dynare .mod file
  index <events.csv> --method bali-rapelanoro|dreger --params <params.json>
      [--from 2010-01 --to 2018-04 --freq monthly|quarterly] --json <out.json>
      build a sanction index from an event list
  data fetch [--dir DIR] [--base-url URL] [--only NAME[,NAME...]]
      download the third-party data of data/manifest.json into DIR (default $SANCTIONS_LAB_DATA or
      ../shared/data) from their public addresses, verify each sha256, skip files already verified
  data check [--dir DIR]
      verify every third-party file against data/manifest.json
  help
`;

type Command = (argv: string[]) => Promise<number>;

/** Commands are loaded lazily so that `reproduce` does not pay for the engines' imports. */
const COMMANDS: Record<string, () => Command> = {
  reproduce: () => runReproduce,
  var: () => require("./econometrics/cli-var").runVarCommand,
  pf: () => require("./dynare/cli-pf").runPfCommand,
  index: () => require("./sanctions-index/cli-index").runIndexCommand,
  data: () => require("./data/fetch").runDataCommand,
  browser: () => runBrowser,
};

/** Notebook files under notebooks/ matching `only` (all when empty), in name order. */
function notebookFiles(only: string[]): string[] {
  const path = require("node:path") as typeof import("node:path");
  const fs = require("node:fs") as typeof import("node:fs");
  const { REPO_ROOT } = require("./data/datadir") as typeof import("./data/datadir");
  const dir = path.join(REPO_ROOT, "notebooks");
  const all = fs.readdirSync(dir).filter((f) => f.endsWith(".ipynb")).sort();
  const unknown = only.filter((o) => !all.some((f) => f.includes(o)));
  if (unknown.length) throw new SanctionsLabError("INVALID_ARGUMENT", `No notebook matches ${unknown.join(", ")} (notebooks: ${all.join(", ")})`);
  return all.filter((f) => !only.length || only.some((o) => f.includes(o))).map((f) => path.join(dir, f));
}

export async function runBrowser(argv: string[]): Promise<number> {
  const only: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--only" && argv[i + 1]) only.push(...argv[++i].split(",").filter(Boolean));
    else {
      process.stderr.write(`browser: unknown argument '${argv[i]}'\n\n${USAGE}`);
      return 2;
    }
  }
  const { runNotebooksInBrowser } = require("./notebook/browser") as typeof import("./notebook/browser");
  const files = notebookFiles(only);
  const t0 = Date.now();
  const { problems } = await runNotebooksInBrowser(files);
  const failed = [...problems].filter(([, p]) => p.length).map(([n]) => n);
  process.stderr.write(`[browser] ${files.length - failed.length} of ${files.length} notebooks ran cleanly in the Jupyter page in ${((Date.now() - t0) / 1000).toFixed(0)} s${failed.length ? `; failed: ${failed.join(", ")}` : ""}\n`);
  return failed.length ? 1 : 0;
}

export async function runReproduce(argv: string[]): Promise<number> {
  const only: string[] = [];
  let site = true;
  let figures = true;
  let browser = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--only" && argv[i + 1]) only.push(...argv[++i].split(",").filter(Boolean));
    else if (a === "--browser") browser = true;
    else if (a === "--no-site") site = false;
    else if (a === "--no-figures") figures = false;
    else {
      process.stderr.write(`reproduce: unknown argument '${a}'\n\n${USAGE}`);
      return 2;
    }
  }
  const { reproduce } = require("./report/reproduce") as typeof import("./report/reproduce");
  const code = await reproduce({ only, site, figures });
  if (code !== 0 || !browser) return code;
  return runBrowser(only.length ? ["--only", only.join(",")] : []);
}

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === "help" || cmd === "--help" || cmd === "-h") {
    (cmd ? process.stdout : process.stderr).write(USAGE);
    return cmd ? 0 : 2;
  }
  const load = COMMANDS[cmd];
  if (!load) {
    process.stderr.write(`sanctions-lab: unknown command '${cmd}'\n\n${USAGE}`);
    return 2;
  }
  let fn: Command;
  try {
    fn = load();
  } catch (e) {
    process.stderr.write(`sanctions-lab: the '${cmd}' command is not available in this build (${(e as Error).message})\n`);
    return 1;
  }
  try {
    return await fn(rest);
  } catch (e) {
    if (e instanceof SanctionsLabError) {
      process.stderr.write(`sanctions-lab ${cmd}: ${e.message}\n`);
      return 1;
    }
    process.stderr.write(internalError(cmd, e));
    return 70;
  }
}

/**
 * An error the engines did not anticipate (not one of the typed errors): one line that says so,
 * without a stack trace unless SANCTIONS_LAB_DEBUG is set (exit status 70, EX_SOFTWARE).
 */
export function internalError(cmd: string, e: unknown): string {
  const err = e as { name?: string; message?: string; stack?: string } | null;
  const what = err && err.message ? `${err.name ?? "Error"}: ${err.message}` : String(e);
  if (process.env.SANCTIONS_LAB_DEBUG) return `${err?.stack ?? what}\n`;
  return `sanctions-lab ${cmd}: internal error (${what}). This is a bug in sanctions-lab, not in your input: please report it with the command line; SANCTIONS_LAB_DEBUG=1 prints the stack trace.\n`;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(internalError(process.argv[2] ?? "", e));
      process.exit(70);
    },
  );
}
