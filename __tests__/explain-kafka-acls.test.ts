// Kong's glob matching of ACL resource names, the sample names the matrix shows for globs, and the Kafka ACL bindings
// (kafkaAclBindings, which the real-Kafka tests give the broker) of stacks synthesized from the constructs.
import { ClientAuthentication, Condition, type AclRule } from "../constructs";
import { Explainer, globMatches, kafkaAclBindings, sampleOf, type KafkaAclBinding } from "../constructs/explain";
import { gatewayWithVirtualCluster, readRule } from "./support/fixtures";
import { synth } from "./support/synth";

describe("globs", () => {
  test("* any run (line breaks too), ? one character, anything else itself", () => {
    expect(globMatches("orders-*", "orders-eu")).toBe(true);
    expect(globMatches("a*", "a\nb")).toBe(true);
    expect(globMatches("t?", "tx")).toBe(true);
    expect(globMatches("t?", "txy")).toBe(false);
    expect(globMatches("a.*", "a.b")).toBe(true);
    expect(globMatches("a.*", "axb")).toBe(false);
    expect(globMatches("(a|b)*", "(a|b)-1")).toBe(true);
    expect(globMatches("(a|b)*", "a")).toBe(false);
  });

  test("[...] one character of a set, [!...] and [^...] one not in it; ] first in a set is a member; a [ never closed is itself", () => {
    const cases: Array<[string, string, boolean]> = [
      ["t[ab]", "ta", true],
      ["t[ab]", "tb", true],
      ["t[ab]", "tc", false],
      ["t[ab]", "tS", false],
      ["t[0-9]", "t5", true],
      ["t[!ab]", "tc", true],
      ["t[!ab]", "ta", false],
      ["t[^ab]", "tc", true],
      ["t[^ab]", "tb", false],
      ["t[!0-9]", "t!", true],
      ["t[a^]", "t^", true],
      ["t[a^]", "tb", false],
      ["t[]x]", "t]", true],
      ["t[]x]", "tx", true],
      ["t[x", "t[x", true],
      ["t[x", "tx", false],
      ["t[x*", "t[xyz", true],
    ];
    expect(cases.map(([glob, name]) => [glob, name, globMatches(glob, name)])).toEqual(cases);
  });

  test("the sample a table shows for a glob is a name the glob matches", () => {
    const samples = ["orders-*", "t?", "t[ab]", "t[0-9]", "t[!ab]", "t[^xyz]", "u[!a-z0-9]", "v[!x]*"].map((g) => [g, sampleOf(g), globMatches(g, sampleOf(g))]);
    expect(samples).toEqual([
      ["orders-*", "orders-other", true],
      ["t?", "tx", true],
      ["t[ab]", "ta", true],
      ["t[0-9]", "t0", true],
      ["t[!ab]", "tx", true],
      ["t[^xyz]", "t0", true],
      ["u[!a-z0-9]", "uA", true],
      ["v[!x]*", "vyother", true],
    ]);
    // a negated set that excludes every character Kafka allows in names is left as it is
    expect(sampleOf("w[!a-zA-Z0-9._-]")).toBe("w[!a-zA-Z0-9._-]");
  });

  test("the matrix shows one sample topic per glob, and decides on it", () => {
    const { stack, vc } = gatewayWithVirtualCluster();
    vc.addAclPolicy("p", { rules: [{ resourceType: "topic", operations: ["read"], resourceNames: ["orders-*", "t[!ab]", "u?"] }] });
    const ex = new Explainer(synth(stack));
    expect(ex.resources(ex.virtualCluster()).topics).toEqual(["orders-other", "tx", "ux"]);
    expect(ex.matrix({ clients: ["x"], topicOperations: ["read"] }).map((d) => [d.resourceName, d.decision])).toEqual([
      ["orders-other", "allow"],
      ["tx", "allow"],
      ["ux", "allow"],
    ]);
  });
});

describe("kafkaAclBindings", () => {
  /** A virtual cluster with these ACL policies, synthesized. */
  const stackWith = (policies: Array<{ condition?: string; enabled?: boolean; rules: AclRule[] }>, vcProps: object = {}) => {
    const { stack, gw, backend } = gatewayWithVirtualCluster();
    const vc = gw.addVirtualCluster("acls", { destination: backend, dnsLabel: "acls", authentication: [ClientAuthentication.saslScram({ algorithm: "sha256" })], ...vcProps });
    policies.forEach((p, i) => vc.addAclPolicy(`p${i}`, { condition: p.condition === undefined ? undefined : Condition.raw(p.condition), enabled: p.enabled, rules: p.rules }));
    return synth(stack);
  };
  const bindings = (json: any) => kafkaAclBindings(new Explainer(json), "acls");
  const line = (b: KafkaAclBinding) => `${b.principal} ${b.permission} ${b.operation} ${b.resourceType}:${b.patternType}:${b.resourceName} from ${b.from}`;

  test("each binding names the policy and rule it comes from; disabled policies give none", () => {
    const json = stackWith([
      { condition: "context.auth.principal.name == 'a'", rules: [readRule(["orders"]), { action: "deny", resourceType: "group", operations: ["read"], resourceNames: ["app-*"] }] },
      { enabled: false, rules: [readRule(["*"])] },
      { rules: [{ resourceType: "transactional_id", operations: ["write"], resourceNames: ["tx"] }] },
    ]);
    expect(bindings(json).map(line)).toEqual([
      "User:a ALLOW READ TOPIC:LITERAL:orders from p0 rules[0]",
      "User:a DENY READ GROUP:PREFIXED:app- from p0 rules[1]",
      "User:* ALLOW WRITE TRANSACTIONAL_ID:LITERAL:tx from p2 rules[0]",
    ]);
  });

  test("passthrough: no gateway ACLs, so no Kafka ACLs to give", () => {
    const json = stackWith([], { aclMode: "passthrough" });
    expect(() => bindings(json)).toThrow("virtual cluster acls: acl_mode passthrough (no gateway ACLs) has no Kafka ACL equivalent");
  });

  test("names Kafka has no pattern for: a * not at the end, or not alone before it", () => {
    for (const name of ["*orders*", "orders*x", "or*ders*"]) {
      expect(() => bindings(stackWith([{ rules: [readRule([name])] }]))).toThrow(`policy p0: resource name ${JSON.stringify(name)} (only exact names, a trailing * or * alone are) is outside what Kafka ACLs can express`);
    }
  });

  test("conditions other than principal equality: refused, naming the condition", () => {
    for (const condition of ["context.auth.principal.name != 'a'", "'on' == 'on'", "context.auth.principal.name == 'a' || context.auth.type == 'sasl_scram'"]) {
      expect(() => bindings(stackWith([{ condition, rules: [readRule(["orders"])] }]))).toThrow(
        `policy p0: the condition ${JSON.stringify(condition)} (only principal comparisons joined with || are) is outside what Kafka ACLs can express`,
      );
    }
    // the principal on either side
    expect(bindings(stackWith([{ condition: "'a' == context.auth.principal.name", rules: [readRule(["orders"])] }])).map(line)).toEqual(["User:a ALLOW READ TOPIC:LITERAL:orders from p0 rules[0]"]);
  });

  test("a condition that does not check (a stack edited by hand): refused, with the checker's message", () => {
    const json = stackWith([{ condition: "context.auth.principal.name == 'a'", rules: [readRule(["orders"])] }]);
    Object.values<any>(json.resource.konnect_event_gateway_cluster_policy_acls)[0].condition = "context.auth.principal.name == 1";
    const ex = new Explainer(json);
    const invalid = ex.virtualCluster("acls").acls[0]!.condition!.invalid;
    expect(invalid).toEqual(expect.any(String));
    expect(() => kafkaAclBindings(ex, "acls")).toThrow(`policy p0: its condition does not check (${invalid}) is outside what Kafka ACLs can express`);
  });
});
