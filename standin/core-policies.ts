// The policy types of the tutorial: forwarding a listener to a virtual cluster, and skipping records on consume.
import { badRequest } from "./http";
import type { PolicyType } from "./policy-types";
import { compact, CONDITION, int, obj, onlyFields, str, unionType } from "./validate";

type Obj = Record<string, unknown>;

export const FORWARD_TO_VIRTUAL_CLUSTER: PolicyType = {
  collection: "listener-policy",
  type: "forward_to_virtual_cluster",
  fields: ["config"],
  normalize: (body, { store, parents, existing }) => {
    const config = obj(body, "config", "", true);
    const type = unionType(config, "config.", ["port_mapping", "sni"]);
    if (type === "port_mapping") {
      onlyFields(config, "config.", ["type", "advertised_host", "destination", "bootstrap_port", "min_broker_id"]);
      const dest = obj(config, "destination", "config.", true);
      const vcId = str(dest, "id", "config.destination.", true, { min: 1 });
      const vc = store.get("virtual-cluster", vcId);
      if (!vc || vc.parents.gatewayId !== parents.gatewayId) {
        throw badRequest("config.destination.id", `virtual cluster ${vcId} does not exist in this gateway`);
      }
      const other = store
        .list("listener-policy", parents)
        .find((p) => p !== existing && p.data.type === "forward_to_virtual_cluster" && (p.data.config as Obj).type === "port_mapping");
      if (other) throw badRequest("config", "a listener can have only one port_mapping forwarding policy");
      return {
        config: {
          type,
          advertised_host: str(config, "advertised_host", "config.", true, { min: 1 }),
          destination: { id: vcId },
          bootstrap_port: str(config, "bootstrap_port", "config.", false, { oneOf: ["none", "at_start"] }) ?? "at_start",
          min_broker_id: int(config, "min_broker_id", "config.", 0, 0, Number.MAX_SAFE_INTEGER),
        },
      };
    }
    onlyFields(config, "config.", ["type", "sni_suffix", "advertised_port", "broker_host_format"]);
    const format = obj(config, "broker_host_format", "config.", false);
    return {
      config: compact({
        type,
        sni_suffix: str(config, "sni_suffix", "config.", false),
        advertised_port: int(config, "advertised_port", "config.", undefined, 1, 65535),
        broker_host_format: format
          ? { type: str(format, "type", "config.broker_host_format.", false, { oneOf: ["per_cluster_suffix", "shared_suffix"] }) ?? "per_cluster_suffix" }
          : undefined,
      }),
    };
  },
};

export const SKIP_RECORD: PolicyType = {
  collection: "consume-policy",
  type: "skip_record",
  fields: ["condition"],
  parent: "optional",
  // Kong nests skip-record policies only in a (consume) schema validation policy (app/event-gateway/entities/policy.md).
  parentTypes: ["schema_validation"],
  normalize: (body) => ({ condition: str(body, "condition", "", false, CONDITION) ?? "" }),
};
