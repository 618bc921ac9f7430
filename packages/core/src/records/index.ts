export * from "./service";
export * from "./care-team";
export { relationTo } from "./relation";
