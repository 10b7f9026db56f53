export * from "./game";
export * from "./regions";
