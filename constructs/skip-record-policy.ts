import { Construct } from "constructs";
import { konnectEventGatewayConsumePolicySkipRecord as gen } from "../.gen/providers/konnect-beta";
import { Condition, renderCondition } from "./condition";
import { KonnectProvider } from "./provider";
import { NameRegistry, validateCommon } from "./validation";
import type { IVirtualCluster } from "./virtual-cluster";

export interface SkipRecordPolicyOptions {
  /** @default the construct ID */
  readonly name?: string;
  /** @default "" */
  readonly description?: string;
  /**
   * Which records to drop before they reach consumers, e.g.
   * `Condition.and(Condition.recordHeaderEquals("internal", "true"), Condition.not(Condition.principalIs(producer)))`.
   */
  readonly condition: Condition;
  /** @default true */
  readonly enabled?: boolean;
  /** @default no labels */
  readonly labels?: Record<string, string>;
}

export interface SkipRecordPolicyProps extends SkipRecordPolicyOptions {
  readonly virtualCluster: IVirtualCluster;
}

/** A consume-phase policy that skips the records its condition selects (`konnect_event_gateway_consume_policy_skip_record`). */
export class SkipRecordPolicy extends Construct {
  public readonly name: string;
  public readonly policyId: string;
  public readonly resource: gen.KonnectEventGatewayConsumePolicySkipRecord;

  constructor(scope: Construct, id: string, props: SkipRecordPolicyProps) {
    super(scope, id);
    this.name = props.name ?? id;
    validateCommon(this, this.name, props);
    NameRegistry.of(props.virtualCluster, "this virtual cluster").claim(this, "policies", this.name);
    this.resource = new gen.KonnectEventGatewayConsumePolicySkipRecord(this, "Default", {
      provider: KonnectProvider.of(this),
      gatewayId: props.virtualCluster.gateway.gatewayId,
      virtualClusterId: props.virtualCluster.virtualClusterId,
      name: this.name,
      description: props.description,
      enabled: props.enabled,
      labels: props.labels,
      condition: renderCondition(this, props.condition, { phase: "consume" }),
    });
    this.policyId = this.resource.id;
  }
}
