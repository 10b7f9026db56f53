/** Evasion measures: the Funke & Wende (2025) score, the EU-side roundabout measures and the data loaders. */
export * from "./score";
export * from "./eurostat";
export * from "./roundabout";
export * from "./external";
