#!/usr/bin/python3
"""Execute one notebook headless with the tslab kernel (nbclient) and save the executed copy.

Usage: run_notebook.py <notebook.ipynb> <executed-out.ipynb> [--timeout SECONDS]

The notebook runs with its own folder as working directory (so `./src/...` imports resolve
through the notebooks/src symlink). On a failing cell it prints the cell number, its first
lines and the real error text (tslab leaves ename/evalue blank and writes the message to the
cell's stderr, so the stderr output is printed too), writes the partially executed copy, and
exits 1. Errors are never allowed: tslab skips every later cell after an error.
"""
import sys
import os
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError


def cell_text(cell):
    out = []
    for o in cell.get("outputs", []):
        if o.get("output_type") == "stream":
            out.append(o.get("text", ""))
        elif o.get("output_type") == "error":
            out.append("%s: %s\n%s" % (o.get("ename", ""), o.get("evalue", ""), "\n".join(o.get("traceback", []))))
    return "".join(out).strip()


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        sys.stderr.write(__doc__)
        return 2
    src, dst = args[0], args[1]
    timeout = 600
    if "--timeout" in args:
        timeout = int(args[args.index("--timeout") + 1])
    nb = nbformat.read(src, as_version=4)
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="tslab",
        allow_errors=False,
        record_timing=True,
        resources={"metadata": {"path": os.path.dirname(os.path.abspath(src))}},
    )
    t0 = time.time()
    status = 0
    try:
        client.execute()
    except (CellExecutionError, CellTimeoutError, DeadKernelError) as e:
        status = 1
        # the failing cell is the last one the kernel started (tslab reports its error on stderr)
        failing = None
        for i, c in enumerate(nb.cells):
            if c.cell_type != "code":
                continue
            ex = c.get("metadata", {}).get("execution", {})
            started = any(k in ex for k in ("iopub.execute_input", "iopub.status.busy", "shell.execute_reply"))
            has_error = any(o.get("output_type") == "error" for o in c.get("outputs", []))
            if started or has_error:
                failing = (i, c)
            if has_error:
                break
        name = os.path.basename(src)
        sys.stderr.write("\n=== notebook %s FAILED ===\n" % name)
        if failing:
            i, c = failing
            head = "\n".join(c.source.splitlines()[:8])
            text = cell_text(c) or "%s: %s" % (type(e).__name__, str(e)[-4000:])
            sys.stderr.write("cell %d:\n%s\n--- error output ---\n%s\n" % (i, head, text))
        else:
            sys.stderr.write("%s: %s\n" % (type(e).__name__, str(e)[:4000]))
    # execution counts in order, so the executed copy reads like an interactive session
    n = 0
    for c in nb.cells:
        if c.cell_type == "code" and c.get("outputs") is not None and (c.get("metadata", {}).get("execution") or c.get("outputs")):
            n += 1
            c.execution_count = n
    os.makedirs(os.path.dirname(os.path.abspath(dst)), exist_ok=True)
    nbformat.write(nb, dst)
    sys.stderr.write("[run_notebook] %s %s in %.1f s\n" % (os.path.basename(src), "ok" if status == 0 else "FAILED", time.time() - t0))
    return status


if __name__ == "__main__":
    sys.exit(main())
