import type { IConstruct } from "constructs";
import type { IVirtualCluster } from "./virtual-cluster";

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
}
