#!/usr/bin/python3
"""Times statsmodels on one scaling case of the VAR benchmark (bench/var.ts writes the CSV):
VAR(2) with a constant, fit + orthogonalised IRF + FEVD to horizon H, and, unless --no-se,
the asymptotic standard errors of the orthogonalised responses (IRAnalysis.stderr(orth=True)).
Usage: statsmodels_var_scale.py data.csv H [--no-se]
Prints JSON {fit_irf_fevd: seconds_median, irf_se: seconds_median or null}."""
import json, sys, time, warnings
import numpy as np
from statsmodels.tsa.api import VAR
warnings.simplefilter("ignore")
y = np.loadtxt(sys.argv[1], delimiter=",", skiprows=1)
H = int(sys.argv[2])
def med(f, n):
    f()
    ts = []
    for _ in range(n):
        t0 = time.perf_counter(); f(); ts.append(time.perf_counter() - t0)
    return float(np.median(ts))
def fit():
    r = VAR(y).fit(2, trend="c")
    r.irf(H).orth_irfs
    r.fevd(H).decomp
res = VAR(y).fit(2, trend="c")
out = {"fit_irf_fevd": med(fit, 5), "irf_se": None}
if "--no-se" not in sys.argv:
    out["irf_se"] = med(lambda: res.irf(H).stderr(orth=True), 3)
print(json.dumps(out))
