import { Annotations } from "cdktf";
import { Construct } from "constructs";
import { konnectEventGatewayClusterPolicyAcls as gen } from "../.gen/providers/konnect-beta";
import { Condition, renderCondition } from "./condition";
import { check, fail, NameRegistry, nonEmpty, oneOf, unresolved, validateCommon } from "./validation";
import type { IVirtualCluster } from "./virtual-cluster";
import { policyResourceBase } from "./policy-common";

export const ACL_OPERATIONS = [
  "all",
  "alter",
  "alter_configs",
  "create",
  "delete",
  "describe",
  "describe_configs",
  "idempotent_write",
  "read",
  "write",
] as const;
export type AclOperation = (typeof ACL_OPERATIONS)[number];
export const ACL_RESOURCE_TYPES = ["topic", "group", "transactional_id", "cluster"] as const;
export type AclResourceType = (typeof ACL_RESOURCE_TYPES)[number];
export type AclAction = "allow" | "deny";

/** Characters Kong's resource-name matching treats as glob syntax. */
export const GLOB_METACHARACTERS = ["*", "?", "[", "]"] as const;

/** One ACL rule: allow or deny operations on resources matched by name. */
export interface AclRule {
  /** @default "allow" */
  readonly action?: AclAction;
  readonly resourceType: AclResourceType;
  readonly operations: AclOperation[];
  /** 1-50 exact names or globs (`*` matches any run of characters), as clients see them (before namespacing). */
  readonly resourceNames: string[];
}

export interface AclPolicyOptions {
  /** @default the construct ID */
  readonly name?: string;
  /** @default "" */
  readonly description?: string;
  /**
   * When the policy applies, e.g. `Condition.principalIs(client)`.
   * @default always
   */
  readonly condition?: Condition;
  /** At least one rule. Within a policy a deny rule beats an allow rule for the same access. */
  readonly rules: AclRule[];
  /** @default true */
  readonly enabled?: boolean;
  /** @default no labels */
  readonly labels?: Record<string, string>;
}

export interface AclPolicyProps extends AclPolicyOptions {
  readonly virtualCluster: IVirtualCluster;
}

/** An ACL policy on a virtual cluster (`konnect_event_gateway_cluster_policy_acls`). */
export class AclPolicy extends Construct {
  public readonly name: string;
  public readonly policyId: string;
  public readonly resource: gen.KonnectEventGatewayClusterPolicyAcls;

  constructor(scope: Construct, id: string, props: AclPolicyProps) {
    super(scope, id);
    this.name = props.name ?? id;
    validateCommon(this, this.name, props);
    NameRegistry.of(props.virtualCluster, "this virtual cluster").claim(this, "policies", this.name);
    if (props.rules.length === 0) fail(this, "rules", [], "at least one rule");
    props.rules.forEach((r, i) => {
      const f = `rules[${i}]`;
      oneOf(this, `${f}.action`, r.action, ["allow", "deny"]);
      oneOf(this, `${f}.resourceType`, r.resourceType, ACL_RESOURCE_TYPES);
      check(this, r.operations.length > 0, `${f}.operations`, r.operations, `at least one of ${ACL_OPERATIONS.join(", ")}`);
      r.operations.forEach((op, j) => oneOf(this, `${f}.operations[${j}]`, op, ACL_OPERATIONS));
      // A whole list that Terraform resolves later cannot become one {match} per name (cdktf would fail the synth).
      if (unresolved(r.resourceNames)) {
        fail(this, `${f}.resourceNames`, r.resourceNames, "a list of 1-50 names or globs written here (each name may be a value Terraform resolves later)");
      }
      check(this, r.resourceNames.length >= 1 && r.resourceNames.length <= 50, `${f}.resourceNames`, r.resourceNames, "1-50 names or globs");
      r.resourceNames.forEach((n, j) => nonEmpty(this, `${f}.resourceNames[${j}]`, n));
      r.resourceNames.forEach((n, j) => {
        // A name that comes from a client ID, a claim or a lookup is only known later; Kong matches it as a glob.
        if (unresolved(n)) {
          Annotations.of(this).addWarning(
            `${this.node.path}: ${f}.resourceNames[${j}] holds a value Terraform resolves later; Kong matches resource names as globs, so any ${GLOB_METACHARACTERS.join(" ")} in that value widens the match`,
          );
        }
      });
    });
    this.resource = new gen.KonnectEventGatewayClusterPolicyAcls(this, "Default", {
      ...policyResourceBase(this, props.virtualCluster, props),
      name: this.name,
      condition: renderCondition(this, props.condition, { phase: "cluster" }),
      config: {
        rules: props.rules.map((r) => ({
          action: r.action ?? "allow",
          resourceType: r.resourceType,
          operations: r.operations.map((name) => ({ name })),
          resourceNames: r.resourceNames.map((match) => ({ match })),
        })),
      },
    });
    this.policyId = this.resource.id;
  }
}
