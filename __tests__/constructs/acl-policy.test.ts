import { TerraformVariable } from "cdktf";
import { AclPolicyOptions, AuthType, Condition, KongIdentity, ValidationError } from "../../constructs";
import { gatewayWithVirtualCluster, thrownMessage } from "../support/fixtures";
import { only, resources, synth } from "../support/synth";

const setup = gatewayWithVirtualCluster;

describe("Condition", () => {
  test("helpers quote values and compose with parentheses", () => {
    expect(Condition.principalIs("abc-123").expression).toBe("context.auth.principal.name == 'abc-123'");
    expect(Condition.principalIn(["a", { principalName: "b" }]).expression).toBe(
      "(context.auth.principal.name == 'a') || (context.auth.principal.name == 'b')",
    );
    expect(Condition.authTypeIs("sasl_oauth_bearer").and(Condition.claimEquals("scope", "kafka")).expression).toBe(
      "(context.auth.type == 'sasl_oauth_bearer') && (context.auth.token.claims['scope'] == 'kafka')",
    );
    expect(Condition.not(Condition.recordHeaderEquals("internal", "true")).expression).toBe("!(record.headers['internal'] == 'true')");
    expect(Condition.raw("context.topic.name.startsWith('x')").expression).toBe("context.topic.name.startsWith('x')");
  });

  test.each([["reader' || true || '"], ['a"b'], ["a\\b"], ["a\nb"], ["a\rb"]])("a value that could break out of its quotes is refused: %j", (value) => {
    const { vc } = setup();
    let err: unknown;
    try {
      vc.addAclPolicy("p", { condition: Condition.principalIs(value), rules: [{ resourceType: "topic", operations: ["read"], resourceNames: ["t"] }] });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as Error).message).toBe(
      `test/gw/vc/p: condition principal ${JSON.stringify(value)} is invalid: a value without quotes, backslashes or line breaks (they could change the expression)`,
    );
  });

  test("principalIn, and and or need at least one: each says which", () => {
    expect(thrownMessage(() => Condition.principalIn([]))).toBe("Condition.principalIn needs at least one principal");
    expect(thrownMessage(() => Condition.and())).toBe("Condition.and needs at least one condition");
    expect(thrownMessage(() => Condition.or())).toBe("Condition.or needs at least one condition");
  });

  // The conditions are made in the test, not while jest collects the table (see jest.mutation.config.js).
  const quoted = "it's";
  test.each([
    ["principal", () => Condition.principalIs(quoted)],
    ["auth type", () => Condition.authTypeIs(quoted as AuthType)], // a JavaScript caller, or a value cast from configuration
    ["header name", () => Condition.recordHeaderEquals(quoted, "v")],
    ["header value", () => Condition.recordHeaderEquals("h", quoted)],
    ["topic", () => Condition.topicIs(quoted)],
    ["topic prefix", () => Condition.topicStartsWith(quoted)],
    ["claim name", () => Condition.claimEquals(quoted, "v")],
    ["claim value", () => Condition.claimEquals("c", quoted)],
    ["record field", () => Condition.recordFieldEquals(quoted, 1)],
    ["record field value", () => Condition.recordFieldEquals("f", quoted)],
  ])("every helper's values are checked, and the error names which value: %s", (what, make) => {
    const { vc } = setup();
    expect(thrownMessage(() => vc.addSkipRecordPolicy("s", { condition: make() }))).toBe(
      `test/gw/vc/s: condition ${what} "it's" is invalid: a value without quotes, backslashes or line breaks (they could change the expression)`,
    );
  });

  test("values nested in and/or/not are checked too", () => {
    const { vc } = setup();
    const bad = Condition.not(Condition.or(Condition.principalIs("ok"), Condition.recordHeaderEquals("h'", "v")));
    expect(() => vc.addSkipRecordPolicy("s", { condition: bad })).toThrow('test/gw/vc/s: condition header name "h\'" is invalid');
  });

  test("in a value that embeds a Terraform reference, the literal parts are still checked", () => {
    const { stack, vc } = setup();
    const idp = new KongIdentity(stack, "idp", { audience: "a" });
    const bad = Condition.claimEquals("x", "a' || true || '" + idp.audience);
    expect(() => vc.addSkipRecordPolicy("s", { condition: bad })).toThrow(/^test\/gw\/vc\/s: condition claim value ".*" is invalid: a value without quotes/);
  });

  test("the 1000-character limit counts each value Terraform resolves later as 36 characters", () => {
    const { stack, vc } = setup();
    const idp = new KongIdentity(stack, "idp", { audience: "a" });
    const client = idp.addClient("c");
    const rules = [{ resourceType: "topic" as const, operations: ["read" as const], resourceNames: ["t"] }];
    // 29 + 36 + 1 = 66 characters for the principal part; the claim value fills the rest
    const make = (n: number) => Condition.and(Condition.principalIs(client), Condition.claimEquals("h", "v".repeat(n)));
    vc.addAclPolicy("fits", { condition: make(800), rules });
    expect(() => vc.addAclPolicy("long", { condition: make(1000), rules })).toThrow(
      /^test\/gw\/vc\/long: condition ".{80}… \(1\d{3} characters\) is invalid: at most 1000 characters \(it has 1\d{3}, counting 36 for each value Terraform resolves later\)$/,
    );
    // At the limit: 77 literal characters, 36 for the client ID, and 887 of the claim value make 1000.
    vc.addAclPolicy("limit", { condition: make(887), rules });
    expect(() => vc.addAclPolicy("over", { condition: make(888), rules })).toThrow(
      / is invalid: at most 1000 characters \(it has 1001, counting 36 for each value Terraform resolves later\)$/,
    );
  });

  test("conditions longer than 1000 characters are refused", () => {
    const { vc } = setup();
    const long = Condition.principalIn(Array.from({ length: 30 }, (_, i) => `client-${i}-${"x".repeat(20)}`));
    expect(() => vc.addAclPolicy("p", { condition: long, rules: [{ resourceType: "topic", operations: ["read"], resourceNames: ["t"] }] })).toThrow(
      /^test\/gw\/vc\/p: condition ".{80}… \(\d+ characters\) is invalid: at most 1000 characters \(it has \d+\)$/,
    );
  });
});

describe("AclPolicy", () => {
  test("exact JSON, action defaulting to allow, condition from a managed client's ID", () => {
    const { stack, vc } = setup();
    const idp = new KongIdentity(stack, "idp", { audience: "a" });
    const client = idp.addClient("producer");
    vc.addAclPolicy("acl", {
      name: "producer",
      description: "full topic access",
      condition: Condition.principalIs(client),
      enabled: true,
      labels: { team: "a" },
      rules: [
        { resourceType: "topic", operations: ["describe", "read", "write"], resourceNames: ["*"] },
        { action: "deny", resourceType: "topic", operations: ["write"], resourceNames: ["audit"] },
      ],
    });
    const { lifecycle, ...policy } = only(synth(stack), "konnect_event_gateway_cluster_policy_acls");
    expect(lifecycle.precondition).toHaveLength(2); // the client ID's characters and the condition's length, at plan
    // The length Terraform checks at plan, and the line it fails with: the condition's path, field and limit.
    const expr = `join("", ["context.auth.principal.name == '", konnect_identity_auth_server_client.idp_producer_42D77D43.id, "'"])`;
    expect(lifecycle.precondition[1].condition).toBe(`\${(length(${expr}) <= 1000)}`);
    const message: string = lifecycle.precondition[1].error_message; // the shown condition between is Terraform's to compute
    expect(message.slice(0, message.indexOf("${"))).toBe("test/gw/vc/acl: condition ");
    expect(message.slice(message.lastIndexOf(" is invalid: "))).toBe(` is invalid: at most 1000 characters (it has \${length(${expr})})`);
    expect(policy).toEqual({
      provider: "konnect-beta",
      gateway_id: "${konnect_event_gateway.gw.id}",
      virtual_cluster_id: "${konnect_event_gateway_virtual_cluster.gw_vc_8D6541D1.id}",
      name: "producer",
      description: "full topic access",
      enabled: true,
      labels: { team: "a" },
      condition: "context.auth.principal.name == '${konnect_identity_auth_server_client.idp_producer_42D77D43.id}'",
      config: {
        rules: [
          { action: "allow", resource_type: "topic", operations: [{ name: "describe" }, { name: "read" }, { name: "write" }], resource_names: [{ match: "*" }] },
          { action: "deny", resource_type: "topic", operations: [{ name: "write" }], resource_names: [{ match: "audit" }] },
        ],
      },
    });
  });

  test("grant helpers: one call per common case", () => {
    const { stack, vc } = setup();
    const idp = new KongIdentity(stack, "idp", { audience: "a" });
    vc.grantRead(idp.addClient("reader"), ["orders"], { groups: ["*"] });
    vc.grantWrite(idp.addClient("writer"), ["orders", "audit"]);
    vc.grantReadWrite({ principalName: "svc-1" }, ["*"], { groups: ["svc-*"], name: "svc" });
    const policies = Object.values(resources(synth(stack), "konnect_event_gateway_cluster_policy_acls"));
    const order = ["grant-reader", "grant-writer", "svc"];
    policies.sort((a: any, b: any) => order.indexOf(a.name) - order.indexOf(b.name));
    expect(policies.map((p: any) => [p.name, p.condition, p.config.rules])).toEqual([
      [
        "grant-reader",
        "context.auth.principal.name == '${konnect_identity_auth_server_client.idp_reader_90370C0C.id}'",
        [
          { action: "allow", resource_type: "topic", operations: [{ name: "describe" }, { name: "read" }], resource_names: [{ match: "orders" }] },
          { action: "allow", resource_type: "group", operations: [{ name: "describe" }, { name: "read" }], resource_names: [{ match: "*" }] },
        ],
      ],
      [
        "grant-writer",
        "context.auth.principal.name == '${konnect_identity_auth_server_client.idp_writer_5FD035BB.id}'",
        [{ action: "allow", resource_type: "topic", operations: [{ name: "describe" }, { name: "write" }], resource_names: [{ match: "orders" }, { match: "audit" }] }],
      ],
      [
        "svc",
        "context.auth.principal.name == 'svc-1'",
        [
          { action: "allow", resource_type: "topic", operations: [{ name: "describe" }, { name: "read" }, { name: "write" }], resource_names: [{ match: "*" }] },
          { action: "allow", resource_type: "group", operations: [{ name: "describe" }, { name: "read" }], resource_names: [{ match: "svc-*" }] },
        ],
      ],
    ]);
  });

  test("grants default to no group access, and one client may be granted several times", () => {
    const { stack, vc } = setup();
    const c = new KongIdentity(stack, "idp", { audience: "a" }).addClient("billing");
    const read = vc.grantRead(c, ["a"]);
    const write = vc.grantWrite(c, ["b"]);
    expect([read.node.id, write.node.id]).toEqual(["grant-billing", "grant-billing-2"]);
    const rules = Object.values(resources(synth(stack), "konnect_event_gateway_cluster_policy_acls")).map((p: any) => p.config.rules.map((r: any) => r.resource_type));
    expect(rules).toEqual([["topic"], ["topic"]]);
  });

  test("grants to principals given by name are grant-principal, -2, -3; topics without operations may only be described", () => {
    const { stack, vc } = setup();
    const ids = ["a", "b", "c"].map((name) => vc.grant({ principalName: name }, { topics: ["t"] }).node.id);
    expect(ids).toEqual(["grant-principal", "grant-principal-2", "grant-principal-3"]);
    const policies = Object.values(resources(synth(stack), "konnect_event_gateway_cluster_policy_acls")).map((p: any) => [p.name, p.config.rules]);
    const rules = [{ action: "allow", resource_type: "topic", operations: [{ name: "describe" }], resource_names: [{ match: "t" }] }];
    expect(Object.fromEntries(policies)).toEqual({ "grant-principal": rules, "grant-principal-2": rules, "grant-principal-3": rules });
  });

  const rule = { resourceType: "topic" as const, operations: ["read" as const], resourceNames: ["t"] };
  test.each([
    [{ rules: [] }, "test/gw/vc/p: rules [] is invalid: at least one rule"],
    [{ rules: [{ ...rule, operations: [] }] }, "test/gw/vc/p: rules[0].operations [] is invalid: at least one of all, alter, alter_configs, create, delete, describe, describe_configs, idempotent_write, read, write"],
    [{ rules: [{ ...rule, operations: ["consume"] }] }, 'test/gw/vc/p: rules[0].operations[0] "consume" is invalid: one of all, alter, alter_configs, create, delete, describe, describe_configs, idempotent_write, read, write'],
    [{ rules: [{ ...rule, resourceType: "topics" }] }, 'rules[0].resourceType "topics" is invalid: one of topic, group, transactional_id, cluster'],
    [{ rules: [{ ...rule, action: "permit" }] }, 'rules[0].action "permit" is invalid: one of allow, deny'],
    [{ rules: [{ ...rule, resourceNames: [] }] }, "rules[0].resourceNames [] is invalid: 1-50 names or globs"],
    [{ rules: [{ ...rule, resourceNames: Array.from({ length: 51 }, (_, i) => `t${i}`) }] }, "is invalid: 1-50 names or globs"],
    [{ rules: [{ ...rule, resourceNames: [""] }] }, 'rules[0].resourceNames[0] "" is invalid'],
  ])("validation: %j", (options, message) => {
    const { vc } = setup();
    expect(() => vc.addAclPolicy("p", options as unknown as AclPolicyOptions)).toThrow(message);
  });

  test("error lines stay short and on one line: long lists, long values and line separators", () => {
    const { vc } = setup();
    const message = thrownMessage;
    const names = Array.from({ length: 51 }, (_, i) => `t${i}`);
    const m1 = message(() => vc.addAclPolicy("p", { rules: [{ ...rule, resourceNames: names }] }));
    expect(m1).toBe('test/gw/vc/p: rules[0].resourceNames ["t0","t1","t2","t3","t4"… (51 items) is invalid: 1-50 names or globs');
    const m2 = message(() => vc.addAclPolicy("q", { condition: Condition.raw("x".repeat(1001)), rules: [rule] }));
    expect(m2).toBe(`test/gw/vc/q: condition "${"x".repeat(80)}… (1001 characters) is invalid: at most 1000 characters (it has 1001)`);
    const m3 = message(() => vc.addAclPolicy("r", { condition: Condition.principalIs("a\u2028b\u2029c"), rules: [rule] }));
    expect(m3).toBe('test/gw/vc/r: condition principal "a\\u2028b\\u2029c" is invalid: a value without quotes, backslashes or line breaks (they could change the expression)');
    for (const m of [m1, m2, m3]) {
      expect(m.length).toBeLessThan(250);
      expect(m).not.toMatch(/[\u0000-\u001f\u2028\u2029]/);
    }
  });

  test("a condition whose only value Terraform resolves later is a number is checked with it as an int; a list is refused with one line", () => {
    const { stack, vc } = setup();
    const n = new TerraformVariable(stack, "n", { type: "number" });
    const topics = new TerraformVariable(stack, "topics", { type: "list(string)" });
    // An int where CEL expects a number: accepted, the token left for Terraform, with the plan-time length check.
    vc.addSkipRecordPolicy("s", { condition: Condition.raw(`context.auth.token.claims['level'] >= ${n.numberValue}`) });
    const [skip] = Object.values(resources(synth(stack), "konnect_event_gateway_consume_policy_skip_record")) as { condition: string; lifecycle?: unknown }[];
    expect(skip!.condition).toBe("context.auth.token.claims['level'] >= ${var.n}");
    expect(JSON.stringify(skip!.lifecycle)).toContain("at most 1000 characters");
    // Where CEL expects a string, the int is refused (before: its encoded text was checked as a decimal number).
    expect(thrownMessage(() => vc.addSkipRecordPolicy("u", { condition: Condition.raw(`context.topic.name == ${n.numberValue}`) }))).toMatch(
      /^test\/gw\/vc\/u: condition "context\.topic\.name == \S+" is invalid: no such overload: string == int at column 1 \(consume phase\)$/,
    );
    // cdktf cannot write a list into a string: refused here, in one line, rather than by the synth in many.
    expect(thrownMessage(() => vc.addSkipRecordPolicy("v", { condition: Condition.raw(`context.topic.name in ${topics.listValue}`) }))).toMatch(
      /^test\/gw\/vc\/v: condition "context\.topic\.name in \S+" is invalid: no list Terraform resolves later \(cdktf cannot write a list into a condition\): write its items out, each may be such a value$/,
    );
  });

  test("policy names are unique within a virtual cluster", () => {
    const { vc } = setup();
    vc.addAclPolicy("a", { name: "same", rules: [rule] });
    expect(() => vc.addSkipRecordPolicy("b", { name: "same", condition: Condition.raw("true") })).toThrow(
      'test/gw/vc/b: name "same" is invalid: unique among the policies of this virtual cluster; test/gw/vc/a already uses it',
    );
  });

  test("resource names that Terraform resolves later are passed through unchecked", () => {
    const { stack, vc } = setup();
    const topic = new TerraformVariable(stack, "topic", { type: "string" });
    vc.addAclPolicy("p", { rules: [{ resourceType: "topic", operations: ["read"], resourceNames: [topic.stringValue] }] });
    expect(only(synth(stack), "konnect_event_gateway_cluster_policy_acls").config.rules[0].resource_names).toEqual([{ match: "${var.topic}" }]);
  });

  test("a whole list of resource names that Terraform resolves later is refused with one line", () => {
    const { stack, vc } = setup();
    const topics = new TerraformVariable(stack, "topics", { type: "list(string)" });
    expect(thrownMessage(() => vc.addAclPolicy("p", { rules: [rule, { resourceType: "topic", operations: ["read"], resourceNames: topics.listValue }] }))).toBe(
      'test/gw/vc/p: rules[1].resourceNames "${var.topics}" is invalid: a list of 1-50 names or globs written here (each name may be a value Terraform resolves later)',
    );
  });
});

describe("SkipRecordPolicy", () => {
  test("exact JSON", () => {
    const { stack, vc } = setup();
    vc.addSkipRecordPolicy("skip", {
      description: "hide internal records",
      condition: Condition.and(Condition.recordHeaderEquals("internal", "true"), Condition.not(Condition.principalIs("producer-id"))),
      enabled: false,
      labels: { a: "b" },
    });
    expect(only(synth(stack), "konnect_event_gateway_consume_policy_skip_record")).toEqual({
      provider: "konnect-beta",
      gateway_id: "${konnect_event_gateway.gw.id}",
      virtual_cluster_id: "${konnect_event_gateway_virtual_cluster.gw_vc_8D6541D1.id}",
      name: "skip",
      description: "hide internal records",
      enabled: false,
      labels: { a: "b" },
      condition: "(record.headers['internal'] == 'true') && (!(context.auth.principal.name == 'producer-id'))",
    });
  });
});
