// Small construct trees that several construct tests start from.
import * as fs from "node:fs";
import { type AclRule, ClientAuthentication, EventGateway } from "../../constructs";
import { lookupCacheKey, normalizeRequest, type KongIdentityLookupRequest, type KongIdentityLookupResult } from "../../constructs/kong-identity/lookup";
import { newStack } from "./synth";

/** A stack with gateway `gw`, backend cluster `b` and virtual cluster `vc` (SASL/SCRAM clients). */
export function gatewayWithVirtualCluster() {
  const stack = newStack();
  const gw = new EventGateway(stack, "gw");
  const backend = gw.addBackendCluster("b", { bootstrapServers: ["k:9092"] });
  const vc = gw.addVirtualCluster("vc", { destination: backend, dnsLabel: "vc", authentication: [ClientAuthentication.saslScram({ algorithm: "sha256" })] });
  return { stack, gw, backend, vc };
}

/** An ACL rule allowing read on these topic names. */
export const readRule = (names: string[]): AclRule => ({ resourceType: "topic", operations: ["read"], resourceNames: names });

/** The message of the error a function throws; fails when it throws none. */
export function thrownMessage(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("expected an error, none was thrown");
}

/** The issuer of the auth server {@link lookupAnswer} describes. */
export const LOOKED_UP_ISSUER = "https://abc123.us.identity.konghq.com/auth";

/** What a lookup answers for the tutorial's auth server (`as-1`, "Kafka Dev") and the given clients. */
export function lookupAnswer(clients: KongIdentityLookupResult["clients"]): KongIdentityLookupResult {
  const issuer = LOOKED_UP_ISSUER;
  return { authServer: { id: "as-1", name: "Kafka Dev", issuer, audience: "http://kafka.dev", jwksUri: `${issuer}/.well-known/jwks` }, clients };
}

/** Writes a Kong Identity context file holding the answer to exactly this request, in the lookup's own format. */
export function writeLookupContext(file: string, request: KongIdentityLookupRequest, result: KongIdentityLookupResult): string {
  fs.writeFileSync(file, JSON.stringify({ [lookupCacheKey(request)]: { request: normalizeRequest(request), result } }));
  return file;
}

/** What a function throws, as Node prints an uncaught error: `<name>: <message>`; fails when it throws none. */
export function thrownAsPrinted(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return String(e);
  }
  throw new Error("expected an error, none was thrown");
}
