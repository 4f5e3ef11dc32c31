import { Construct } from "constructs";
import { konnectEventGatewayConsumePolicySkipRecord as gen } from "../.gen/providers/konnect-beta";
import { Condition, renderCondition } from "./condition";
import { IRecordPolicy, parentPolicyId, RecordPolicyCommonOptions } from "./policy";
import { NameRegistry, validateCommon } from "./validation";
import type { IVirtualCluster } from "./virtual-cluster";
import { policyResourceBase } from "./policy-common";

export interface SkipRecordPolicyOptions extends RecordPolicyCommonOptions {
  /**
   * Which records to drop before they reach consumers, e.g.
   * `Condition.and(Condition.recordHeaderEquals("internal", "true"), Condition.not(Condition.principalIs(producer)))`;
   * under a schema validation parent also `Condition.recordInvalid()` and `record.value.*` fields.
   */
  readonly condition: Condition;
  /**
   * A consume-phase schema validation policy to nest this one in: the condition then sees the parsed record
   * (`record.value.content`, `record.value.validated`, ...).
   * @default none: a top-level policy of the virtual cluster
   */
  readonly parent?: IRecordPolicy;
}

export interface SkipRecordPolicyProps extends SkipRecordPolicyOptions {
  readonly virtualCluster: IVirtualCluster;
}

/** A consume-phase policy that skips the records its condition selects (`konnect_event_gateway_consume_policy_skip_record`). */
export class SkipRecordPolicy extends Construct implements IRecordPolicy {
  public readonly name: string;
  public readonly policyId: string;
  public readonly virtualCluster: IVirtualCluster;
  public readonly phase = "consume" as const;
  public readonly policyType = "skip_record";
  public readonly resource: gen.KonnectEventGatewayConsumePolicySkipRecord;

  constructor(scope: Construct, id: string, props: SkipRecordPolicyProps) {
    super(scope, id);
    this.name = props.name ?? id;
    this.virtualCluster = props.virtualCluster;
    validateCommon(this, this.name, props);
    NameRegistry.of(props.virtualCluster, "this virtual cluster").claim(this, "policies", this.name);
    const parentId = parentPolicyId(this, props.parent, this);
    this.resource = new gen.KonnectEventGatewayConsumePolicySkipRecord(this, "Default", {
      ...policyResourceBase(this, props.virtualCluster, props),
      name: this.name,
      condition: renderCondition(this, props.condition, { phase: "consume", schemaValidation: parentId !== undefined }),
      parentPolicyId: parentId,
    });
    this.policyId = this.resource.id;
  }
}
