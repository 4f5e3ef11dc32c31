// The public API: import from here (or the package root) in other stacks.
export * from "./provider";
export * from "./validation";
export * from "./secret";
export * from "./condition";
export * from "./event-gateway";
export * from "./backend-cluster";
export * from "./virtual-cluster";
export * from "./acl-policy";
export * from "./skip-record-policy";
export * from "./listener";
export * from "./kong-identity/kong-identity";
export * from "./kong-identity/lookup-construct";
export { KongIdentityApi, KongIdentityError } from "./kong-identity/api";
