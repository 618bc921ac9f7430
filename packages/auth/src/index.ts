export * from "./password";
export * from "./token";
export * from "./session-policy";
export * from "./throttle-policy";
export * from "./origin";
