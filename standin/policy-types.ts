// The policy types of the stand-in's three policy collections (listener, produce and consume policies), by their `type`.
// Each collection holds several types behind one path, as Konnect's API does; the type's spec checks the fields that
// are particular to it, the collection the ones every policy has (name, description, enabled, labels) and a child
// policy's `parent_policy_id`. A group of types lives in its own file and is listed in event-gateway-api.ts.
import type { NormalizeArgs } from "./collection";
import type { Store, StoredObject } from "./state";

type Obj = Record<string, unknown>;

export type PolicyCollection = "listener-policy" | "produce-policy" | "consume-policy";

export interface PolicyTypeArgs extends NormalizeArgs {
  readonly store: Store;
}

export interface PolicyType {
  readonly collection: PolicyCollection;
  /** The `type` discriminator, e.g. "skip_record". */
  readonly type: string;
  /** The body's fields besides type, name, description, enabled, labels and parent_policy_id, e.g. ["config", "condition"]. */
  readonly fields: readonly string[];
  /**
   * Whether the type may be created under a parent policy (`parent_policy_id`): "no", "optional" or "required". The
   * parent must be a policy of the same collection in the same virtual cluster, of one of `parentTypes` when given.
   * @default "no"
   */
  readonly parent?: "no" | "optional" | "required";
  /** The parent policy types the type accepts. @default any type of the collection */
  readonly parentTypes?: readonly string[];
  /** The stored fields particular to the type (defaults filled), from the body; throws a 400 (badRequest) to refuse. */
  normalize(body: Obj, args: PolicyTypeArgs): Obj;
  /** The API representation of those fields (e.g. a secret left out). @default as stored */
  view?(data: Obj, o: StoredObject): Obj;
}
