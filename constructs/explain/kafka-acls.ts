// The subset of the stack's ACL policies that Apache Kafka's own authorizer can express, as Kafka ACL bindings:
// principal conditions (`context.auth.principal.name == '<id>'`, or several joined with ||, or none), exact or
// prefix names (`orders`, `orders-*`, `*`), allow and deny. Anything else is refused, naming the policy and what
// Kafka cannot express, so a test that stands a Kafka broker in for the gateway fails loudly instead of testing less.
import type { ASTNode } from "@marcbachmann/cel-js" with { "resolution-mode": "import" };
import type { AclResourceType } from "../acl-policy";
import { KAFKA_CLUSTER } from "./kafka-requests";
import { ExplainError, memberPathOf, type Explainer, type VirtualClusterModel } from "./explainer";

export interface KafkaAclBinding {
  /** `User:<principal>`, or `User:*` for a policy without a condition. */
  readonly principal: string;
  readonly resourceType: "TOPIC" | "GROUP" | "TRANSACTIONAL_ID" | "CLUSTER";
  readonly resourceName: string;
  readonly patternType: "LITERAL" | "PREFIXED";
  readonly operation: "ALL" | "ALTER" | "ALTER_CONFIGS" | "CREATE" | "DELETE" | "DESCRIBE" | "DESCRIBE_CONFIGS" | "IDEMPOTENT_WRITE" | "READ" | "WRITE";
  readonly permission: "ALLOW" | "DENY";
  /** The policy and rule it comes from. */
  readonly from: string;
}

const TYPES: Record<AclResourceType, KafkaAclBinding["resourceType"]> = {
  topic: "TOPIC",
  group: "GROUP",
  transactional_id: "TRANSACTIONAL_ID",
  cluster: "CLUSTER",
};

/** Kafka ACL bindings equivalent to a virtual cluster's ACL policies; throws when a policy is outside the subset. */
export function kafkaAclBindings(explainer: Explainer, virtualCluster?: string): KafkaAclBinding[] {
  const vc: VirtualClusterModel = explainer.virtualCluster(virtualCluster);
  if (vc.aclMode === "passthrough") throw new ExplainError(`virtual cluster ${vc.name}: acl_mode passthrough (no gateway ACLs) has no Kafka ACL equivalent`);
  // Kafka has no namespace: with enforce_prefix the gateway refuses names outside the prefix, which plain ACLs on the
  // client-visible names would allow (hide_prefix maps every client-visible name into the prefix, so it needs nothing).
  if (vc.namespace?.mode === "enforce_prefix") {
    throw new ExplainError(`virtual cluster ${vc.name}: namespace mode enforce_prefix (names outside the prefix are refused) is outside what Kafka ACLs can express`);
  }
  if (vc.external) throw new ExplainError(`virtual cluster ${vc.name}: made elsewhere, its namespace and acl_mode are unknown, so its ACLs cannot be derived`);
  const out: KafkaAclBinding[] = [];
  for (const p of vc.acls) {
    if (!p.enabled) continue;
    const outside = (what: string) => new ExplainError(`policy ${p.name}: ${what} is outside what Kafka ACLs can express`);
    let principals: string[];
    if (!p.condition) principals = ["*"];
    else if (!p.condition.ast) throw outside(`its condition does not check (${p.condition.invalid})`);
    else {
      const found = principalsOf(p.condition.ast);
      if (!found) throw outside(`the condition ${JSON.stringify(p.condition.source)} (only principal comparisons joined with || are)`);
      const unresolved = found.find((x) => x.includes("${"));
      if (unresolved) throw outside(`principal ${unresolved} (a reference with no known ID: pass the outputs file)`);
      // The gateway compares the principal exactly; Kafka reads User:* as every principal.
      if (found.includes("*")) throw outside(`principal "*" (Kafka's User:* means every principal)`);
      principals = found;
    }
    for (const r of p.rules) {
      // Kafka's cluster resource is the one named kafka-cluster: a cluster rule counts when its names match that.
      const patterns: Array<{ type: "LITERAL" | "PREFIXED"; name: string }> = [];
      if (r.resourceType === "cluster") {
        if (r.matches(KAFKA_CLUSTER)) patterns.push({ type: "LITERAL", name: KAFKA_CLUSTER });
      } else {
        for (const name of r.resourceNames) {
          const pattern = kafkaPattern(name);
          if (!pattern) throw outside(`resource name ${JSON.stringify(name)} (only exact names, a trailing * or * alone are)`);
          patterns.push(pattern);
        }
      }
      for (const pattern of patterns) {
        for (const op of r.operations) {
          for (const principal of principals) {
            out.push({
              principal: `User:${principal}`,
              resourceType: TYPES[r.resourceType],
              resourceName: pattern.name,
              patternType: pattern.type,
              operation: op.toUpperCase() as KafkaAclBinding["operation"],
              permission: r.action === "deny" ? "DENY" : "ALLOW",
              from: `${p.name} rules[${r.index}]`,
            });
          }
        }
      }
    }
  }
  return out;
}

function kafkaPattern(name: string): { type: "LITERAL" | "PREFIXED"; name: string } | undefined {
  if (name === "*") return { type: "LITERAL", name: "*" };
  if (!/[*?[\]]/.test(name)) return { type: "LITERAL", name };
  if (/^[^*?[\]]+\*$/.test(name)) return { type: "PREFIXED", name: name.slice(0, -1) };
  return undefined;
}

/** `context.auth.principal.name == 'x'` (either side), or several joined with ||; else undefined. */
function principalsOf(n: ASTNode): string[] | undefined {
  if (n.op === "||") {
    const [a, b] = n.args as [ASTNode, ASTNode];
    const l = principalsOf(a);
    const r = principalsOf(b);
    return l && r ? [...l, ...r] : undefined;
  }
  if (n.op !== "==") return undefined;
  const [a, b] = n.args as [ASTNode, ASTNode];
  const [field, value] = isPrincipalField(a) ? [a, b] : [b, a];
  if (!isPrincipalField(field) || value.op !== "value" || typeof value.args !== "string") return undefined;
  return [value.args];
}

function isPrincipalField(n: ASTNode): boolean {
  return memberPathOf(n) === "context.auth.principal.name";
}
