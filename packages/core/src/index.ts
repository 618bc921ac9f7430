export * from "./errors";
export * from "./context";
export * from "./audit";
export * as auth from "./auth";
export type { Me } from "./auth";
