import { Construct, IConstruct } from "constructs";
import { check, fail, nonEmpty, sameVirtualCluster } from "./validation";
import type { IVirtualCluster } from "./virtual-cluster";

/** The options every produce and consume policy takes (Konnect's fields common to them). */
export interface RecordPolicyCommonOptions {
  /** @default the construct ID */
  readonly name?: string;
  /** @default "" */
  readonly description?: string;
  /** @default no labels */
  readonly labels?: Record<string, string>;
  /** @default true */
  readonly enabled?: boolean;
}

/** The phase a record policy runs in. */
export type RecordPolicyPhase = "produce" | "consume";

/**
 * A produce or consume policy of a virtual cluster, made here or imported: what a child policy names as its parent
 * (`parent_policy_id`, e.g. fields to encrypt or records to skip under a schema validation policy).
 */
export interface IRecordPolicy extends IConstruct {
  /** The policy's ID in Konnect. */
  readonly policyId: string;
  /** The virtual cluster it belongs to. */
  readonly virtualCluster: IVirtualCluster;
  /** Produce or consume: a child policy runs in its parent's phase. */
  readonly phase: RecordPolicyPhase;
  /** Konnect's policy type, e.g. `schema_validation`, `skip_record`. */
  readonly policyType: string;
  /** Whether the policy is enabled, when known at synth. @default not known (an imported policy) */
  readonly enabled?: boolean;
  /**
   * The policy's condition as sent to Konnect (`""`: every record), when known at synth.
   * @default not known (an imported policy)
   */
  readonly renderedCondition?: string;
}

/**
 * Konnect's produce and consume policy types, per phase (the provider's `konnect_event_gateway_<phase>_policy_<type>`
 * resources).
 */
export const RECORD_POLICY_TYPES: Readonly<Record<RecordPolicyPhase, readonly string[]>> = {
  produce: ["schema_validation", "modify_headers", "encrypt", "encrypt_fields"],
  consume: ["schema_validation", "modify_headers", "skip_record", "decrypt", "decrypt_fields"],
};

/** A record policy made elsewhere, as {@link RecordPolicy.fromRecordPolicyAttributes} takes it. */
export interface RecordPolicyAttributes {
  /** The policy's Konnect ID (a literal, or another stack's `policy.policyId`). */
  readonly policyId: string;
  /** The virtual cluster it belongs to (made here or imported with `VirtualCluster.fromVirtualClusterAttributes`). */
  readonly virtualCluster: IVirtualCluster;
  readonly phase: RecordPolicyPhase;
  /** Konnect's policy type, one of {@link RECORD_POLICY_TYPES} for the phase, e.g. `schema_validation`. */
  readonly policyType: string;
}

/** Produce and consume policies made elsewhere: the importer of every record policy type. */
export class RecordPolicy {
  /**
   * A produce or consume policy that exists already (made by another stack, or outside Terraform), for child
   * policies of this stack to name as their parent. It imports every record policy type (schema validation, modify
   * headers, skip record, encrypt, decrypt, ...): none has an importer of its own.
   */
  public static fromRecordPolicyAttributes(scope: Construct, id: string, attrs: RecordPolicyAttributes): IRecordPolicy {
    class Import extends Construct implements IRecordPolicy {
      public readonly policyId = attrs.policyId;
      public readonly virtualCluster = attrs.virtualCluster;
      public readonly phase = attrs.phase;
      public readonly policyType = attrs.policyType;
    }
    const imported = new Import(scope, id);
    nonEmpty(imported, "policyId", attrs.policyId);
    check(imported, attrs.phase === "produce" || attrs.phase === "consume", "phase", attrs.phase, "one of produce, consume");
    const types = RECORD_POLICY_TYPES[attrs.phase];
    check(imported, types.includes(attrs.policyType), "policyType", attrs.policyType, `a ${attrs.phase} policy type: one of ${types.join(", ")}`);
    return imported;
  }

  private constructor() {}
}

/**
 * The policy types a child policy may be nested in, per phase, after Kong's "Policy nesting" table
 * (app/event-gateway/entities/policy.md): schema validation, produce and consume.
 */
export const PARENT_POLICY_TYPES: readonly string[] = ["schema_validation"];

/**
 * @internal Checks a child policy's parent: of the same virtual cluster, a schema validation policy, of the child's
 * phase. Returns the parent's ID for `parent_policy_id` (undefined without a parent).
 */
export function parentPolicyId(
  scope: IConstruct,
  parent: IRecordPolicy | undefined,
  child: { readonly phase: RecordPolicyPhase; readonly virtualCluster: IVirtualCluster },
): string | undefined {
  if (!parent) return undefined;
  if (!PARENT_POLICY_TYPES.includes(parent.policyType)) {
    fail(scope, "parent", `${parent.node.path} (${parent.policyType})`, `a ${PARENT_POLICY_TYPES.join(" or ")} policy (Kong nests child policies only there)`);
  }
  if (parent.phase !== child.phase) {
    fail(scope, "parent", `${parent.node.path} (${parent.phase})`, `a policy of the ${child.phase} phase, as the child runs in its parent's phase`);
  }
  if (!sameVirtualCluster(parent.virtualCluster, child.virtualCluster)) {
    fail(scope, "parent", parent.node.path, "a policy of the same virtual cluster");
  }
  return parent.policyId;
}
