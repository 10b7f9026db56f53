# Times R vars (when installed; it is not packaged in Debian) on the benchmark VAR written by
# bench/var.ts: fit + orthogonalised IRF + FEVD to h = 20 (median of 21), and 1000-replication
# residual-bootstrap bands irf(..., boot = TRUE, runs = 1000) (median of 3).
# Prints JSON {"fit_irf_fevd": seconds, "bands1000": seconds}.
# Usage: Rscript bench/reference/vars_var.R <file.csv> [--no-bands]
suppressMessages(library(vars))
args <- commandArgs(trailingOnly = TRUE)
y <- read.csv(args[1])
med <- function(f, n) { f(); median(sapply(seq_len(n), function(i) system.time(f())[["elapsed"]])) }
fit <- function() {
  r <- VAR(y, p = 2, type = "const")
  irf(r, n.ahead = 20, ortho = TRUE, boot = FALSE)
  fevd(r, n.ahead = 20)
}
out <- sprintf("\"fit_irf_fevd\": %.9g", med(fit, 21))
if (!("--no-bands" %in% args)) {
  r <- VAR(y, p = 2, type = "const")
  out <- c(out, sprintf("\"bands1000\": %.9g", med(function() irf(r, n.ahead = 20, ortho = TRUE, boot = TRUE, runs = 1000, ci = 0.95), 3)))
}
cat(paste0("{", paste(out, collapse = ", "), "}\n"))
