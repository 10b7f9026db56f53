/**
 * EU-side "Eurasian roundabout" measures (after Chupilkin, Javorcik & Plekhanov 2023): did EU
 * exports to Russia's neighbours rise while EU exports to Russia fell after February 2022? Seen
 * from the EU, the evasion-style ratio is
 *
 *   (rise in EU exports to the neighbours) / (fall in EU exports to Russia),
 *
 * the Funke & Wende (2025) score with the EU's exports to the neighbours as the "non-sanctioning"
 * flow and its exports to Russia as the "sanctioning" one. It is an upper bound on EU re-routing
 * through the neighbours only under the assumption that all of the extra exports went on to Russia;
 * the neighbours' own demand also changed (migration from Russia, trade diversion of their own).
 */
import { InvalidParameterError } from "../core/errors";
import { ScoreMode, Windows, evasionScoreInterval, relativeChange, ScoreInterval, BootstrapScheme, ScoreUndefinedError } from "./score";
import { EurostatTrade, Flow, Partner, ProductSelection, euFlow } from "./eurostat";

export interface PartnerChange {
  partner: string;
  /** pre level, post mean and change, EUR per month */
  pre: number;
  post: number;
  delta: number;
  /** (post - pre) / pre; null when the pre level is zero */
  relative: number | null;
}

/** Pre level, post mean and relative change of EU flows to each partner (and to groups of them). */
export function partnerChanges(
  trade: EurostatTrade,
  groups: { label: string; partners: Partner[] }[],
  w: Windows,
  opts: { product?: ProductSelection; flow?: Flow; mode?: ScoreMode } = {},
): PartnerChange[] {
  return groups.map((g) => {
    const f = euFlow(trade, { partners: g.partners, product: opts.product ?? "TOTAL", flow: opts.flow ?? "EXPORT" });
    try {
      const c = relativeChange(f, w, opts.mode ?? "levels", g.label);
      return { partner: g.label, pre: c.pre, post: c.post, delta: c.delta, relative: c.relative };
    } catch (e) {
      if (e instanceof ScoreUndefinedError && e.reason === "zero-pre-flows") return { partner: g.label, pre: 0, post: NaN, delta: NaN, relative: null };
      throw e;
    }
  });
}

export interface RoundaboutOptions {
  /** partners in the role of the non-sanctioning group (the possible hubs) */
  via: Partner[];
  /** partners in the role of the sanctioning group's lost market (default ["Russia"]) */
  against?: Partner[];
  /** EXPORT (default) or IMPORT, seen from the EU */
  flow?: Flow;
  windows: Windows;
  product?: ProductSelection;
  mode?: ScoreMode;
  scheme?: BootstrapScheme;
  block?: number;
  replications?: number;
  seed?: number;
  level?: number;
}

/**
 * EU-side roundabout score with its bootstrap interval: EU flows to `via` against EU flows to
 * `against` (default Russia). The two partner sets must not overlap.
 */
export function roundaboutScore(trade: EurostatTrade, o: RoundaboutOptions): ScoreInterval {
  const product = o.product ?? "TOTAL", flow = o.flow ?? "EXPORT", against = o.against ?? ["Russia"];
  const both = o.via.filter((p) => against.includes(p));
  if (both.length) throw new InvalidParameterError("via", `partners ${both.join(", ")} are in both groups`);
  const N = euFlow(trade, { partners: o.via, product, flow });
  const S = euFlow(trade, { partners: against, product, flow });
  return evasionScoreInterval(N, S, o.windows, { mode: o.mode, scheme: o.scheme, block: o.block, replications: o.replications, seed: o.seed, level: o.level });
}
