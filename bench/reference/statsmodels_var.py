#!/usr/bin/python3
"""Times statsmodels on the benchmark VAR (6 variables, VAR(2), T = 100; the CSV is written by
bench/var.ts): fit + orthogonalised IRF + FEVD to h = 20, lag selection up to 12 lags, and
1000-replication errband_mc bands.
Prints JSON {fit_irf_fevd: seconds_median, select12: seconds_median, bands1000: seconds_median}."""
import json, sys, time, warnings
import numpy as np
from statsmodels.tsa.api import VAR
warnings.simplefilter("ignore")
y = np.loadtxt(sys.argv[1], delimiter=",", skiprows=1)
def fit():
    r = VAR(y).fit(2, trend="c")
    r.irf(20).orth_irfs
    r.fevd(20).decomp
def med(f, n):
    f()
    ts = []
    for _ in range(n):
        t0 = time.perf_counter(); f(); ts.append(time.perf_counter() - t0)
    return float(np.median(ts))
res = VAR(y).fit(2, trend="c")
out = {"fit_irf_fevd": med(fit, 21), "select12": med(lambda: VAR(y).select_order(maxlags=12, trend="c"), 11)}
if len(sys.argv) < 3 or sys.argv[2] != "--no-bands":
    out["bands1000"] = med(lambda: res.irf(20).errband_mc(orth=True, repl=1000, signif=0.05, seed=None), 3)
print(json.dumps(out))
