// The fields every policy resource of a virtual cluster carries, written in one place for every policy construct.
// Internal: the package root does not re-export this module.
import type { IConstruct } from "constructs";
import type { RecordPolicyCommonOptions } from "./policy";
import { KonnectProvider } from "./provider";
import type { IVirtualCluster } from "./virtual-cluster";

/** The provider, gateway, virtual cluster, description, enabled flag and labels of a policy resource of `vc`. */
export function policyResourceBase(scope: IConstruct, vc: IVirtualCluster, props: Pick<RecordPolicyCommonOptions, "description" | "enabled" | "labels">) {
  return {
    provider: KonnectProvider.of(scope),
    gatewayId: vc.gateway.gatewayId,
    virtualClusterId: vc.virtualClusterId,
    description: props.description,
    enabled: props.enabled,
    labels: props.labels,
  };
}
