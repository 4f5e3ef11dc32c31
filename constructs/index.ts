// The public API of the package root: import from here in other stacks. Modules that hold internal helpers
// (validation, condition rendering, the lookup's cache and child process) are re-exported by name, so no helper
// leaks; every other module is public as a whole.
export * from "./provider";
export { ValidationError } from "./validation";
export * from "./konnect-urls";
export * from "./secret";
export { Duration } from "./duration";
export { Condition, MAX_CONDITION_LENGTH, TOKEN_LENGTH_ESTIMATE } from "./condition";
export type { AuthType, IPrincipal } from "./condition";
export * from "./expression";
export { EventGateway, EventGatewayBase } from "./event-gateway";
export type { EventGatewayProps, GatewayReference, IEventGateway } from "./event-gateway";
export * from "./backend-cluster";
export * from "./virtual-cluster";
export * from "./acl-policy";
export { PARENT_POLICY_TYPES, RECORD_POLICY_TYPES, RecordPolicy } from "./policy";
export type { IRecordPolicy, RecordPolicyAttributes, RecordPolicyCommonOptions, RecordPolicyPhase } from "./policy";
export * from "./skip-record-policy";
export * from "./schema-registry";
export * from "./schema-validation-policy";
export * from "./modify-headers-policy";
export * from "./listener";
export * from "./vault";
export * from "./static-key";
export * from "./encryption";
export type { PemCertificates } from "./certificate";
export * from "./tls-trust-bundle";
export * from "./tls-server-policy";
export * from "./data-plane-certificate";
export * from "./kong-identity/kong-identity";
export * from "./kong-identity/lookup-construct";
export { KongIdentityApi, KongIdentityError } from "./kong-identity/api";
export type { AuthServerInfo, ClientInfo, KongIdentityApiOptions, KongIdentityErrorKind, Selector } from "./kong-identity/api";
