// Small construct trees that several construct tests start from.
import { ClientAuthentication, EventGateway } from "../../constructs";
import { newStack } from "./synth";

/** A stack with gateway `gw`, backend cluster `b` and virtual cluster `vc` (SASL/SCRAM clients). */
export function gatewayWithVirtualCluster() {
  const stack = newStack();
  const gw = new EventGateway(stack, "gw");
  const backend = gw.addBackendCluster("b", { bootstrapServers: ["k:9092"] });
  const vc = gw.addVirtualCluster("vc", { destination: backend, dnsLabel: "vc", authentication: [ClientAuthentication.saslScram({ algorithm: "sha256" })] });
  return { stack, gw, backend, vc };
}

/** The message of the error a function throws; fails when it throws none. */
export function thrownMessage(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("expected an error, none was thrown");
}
