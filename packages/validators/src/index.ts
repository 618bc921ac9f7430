export * from "./enums";
export * from "./common";
export * from "./auth";
export * from "./scheduling";
export * from "./records";
