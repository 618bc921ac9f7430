export * from "./service";
export { loadMe, type Me } from "./me";
