// The explainer on main.ts's stack (one synthesis for the file): the access the README promises, checked with the
// jest matchers users get (constructs/testing), the explainer's own decisions and stances, and the command.
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { promisify } from "node:util";
import { readConfig } from "../app/config";
import { EventGatewayStack } from "../app/stack";
import { Explainer, globMatches, kafkaAclBindings, KAFKA_REQUESTS } from "../constructs/explain";
import { explainMatchers } from "../constructs/testing";
import { type KongIdentityLookupRequest } from "../constructs/kong-identity/lookup";
import { lookupAnswer, writeLookupContext } from "./support/fixtures";
import { main } from "../tools/explain";
import { checkExpression, type ExpressionPhase } from "../constructs/expression";
import { OrdersStack } from "../examples/orders-stack";
import { TerraformStack } from "cdktf";
import { ClientAuthentication, Condition, EventGateway, KongIdentity } from "../constructs";
import { newApp, synth } from "./support/synth";
import { scratchDir } from "./support/scratch";

expect.extend(explainMatchers);
const run = promisify(execFile);
const ROOT = path.join(__dirname, "..");

function mainStackJson(env: NodeJS.ProcessEnv = {}): any {
  const config = readConfig(() => undefined, env);
  return synth(new EventGatewayStack(newApp(), config.stackName, config));
}

describe("main.ts's stack, explained", () => {
  // Synthesized once, in beforeAll: mutation testing counts that synth as reached by no test, so the constructs' mutants
  // are judged by the construct tests; the explainer's own code runs in the tests below.
  let stack: any;
  beforeAll(() => {
    stack = mainStackJson();
  });

  test("the producer: describe, read and write on every topic; describe and read on every group; nothing else", () => {
    for (const topic of ["topic", "topic-encrypted", "extra_topic", "orders"]) {
      for (const operation of ["describe", "read", "write"] as const) expect(stack).toAllow({ client: "producer", operation, topic });
      for (const operation of ["create", "delete", "alter", "alter_configs"] as const) expect(stack).toDeny({ client: "producer", operation, topic });
    }
    for (const operation of ["describe", "read"] as const) expect(stack).toAllow({ client: "producer", operation, group: "any-group" });
    expect(stack).toDeny({ client: "producer", operation: "delete", group: "any-group" });
    expect(stack).toAllow({ client: "producer", request: "Produce", topic: "orders" });
    expect(stack).toDeny({ client: "producer", request: "CreateTopics", topic: "new" });
  });

  test("the reader: describe topic, topic-encrypted and extra_topic; read only topic; never write; groups like the producer", () => {
    for (const topic of ["topic", "topic-encrypted", "extra_topic"]) expect(stack).toAllow({ client: "reader", operation: "describe", topic });
    expect(stack).toAllow({ client: "reader", operation: "read", topic: "topic" });
    expect(stack).toDeny({ client: "reader", operation: "read", topic: "topic-encrypted" });
    expect(stack).toDeny({ client: "reader", operation: "describe", topic: "orders" });
    for (const topic of ["topic", "topic-encrypted", "extra_topic"]) expect(stack).toDeny({ client: "reader", operation: "write", topic });
    expect(stack).toAllow({ client: "reader", request: "OffsetCommit", topic: "topic", group: "readers" });
    expect(stack).toDeny({ client: "reader", request: "Produce", topic: "topic" });
  });

  test("anyone else: no policy applies, default deny", () => {
    expect(stack).toDeny({ principal: "someone-else", operation: "describe", topic: "topic" });
    const d = new Explainer(stack).decide({ principal: "someone-else", operation: "describe", topic: "topic" });
    expect(d).toMatchObject({ decision: "deny", policy: null, rule: null });
    expect(d.reason).toBe('no ACL policy applies to principal "someone-else" (their conditions are false: acl_topic_policy_producer, acl_topic_policy_reader); default deny');
  });

  test("a decision names the policy, the rule and the backend name (hide_prefix my-; extra_topic exposed as is)", () => {
    const ex = new Explainer(stack);
    expect(ex.decide({ client: "reader", operation: "read", topic: "topic" })).toEqual({
      decision: "allow",
      client: "reader",
      principal: "${konnect_identity_auth_server_client.identity_reader_3C637612.id}",
      virtualCluster: "virtual-cluster",
      request: null,
      operation: "read",
      resourceType: "topic",
      resourceName: "topic",
      backendName: "my-topic",
      policy: "acl_topic_policy_reader",
      rule: 'rules[1]: allow topic read on "topic"',
      reason: "policy acl_topic_policy_reader applies and its allow rule matches",
    });
    expect(ex.decide({ client: "reader", operation: "describe", topic: "extra_topic" }).backendName).toBe("extra_topic");
    expect(ex.decide({ client: "producer", operation: "read", group: "g1" }).backendName).toBe("my-g1");
  });

  test("the skip-record policy hides internal records from everyone but the producer; a record without the header is delivered", () => {
    const ex = new Explainer(stack);
    expect(ex.skipRecord({ client: "reader", topic: "topic", headers: { internal: "true" } })).toMatchObject({ skipped: true, policy: "skip_internal_records" });
    expect(ex.skipRecord({ client: "producer", topic: "topic", headers: { internal: "true" } })).toMatchObject({ skipped: false });
    expect(ex.skipRecord({ client: "reader", topic: "topic", headers: { internal: "false" } })).toMatchObject({ skipped: false });
    // stances: a missing header is an evaluation error, and an evaluation error means "does not apply"
    expect(ex.skipRecord({ client: "reader", topic: "topic" })).toMatchObject({ skipped: false, policy: null });
    const applies = new Explainer(stack, { stances: { evaluationError: "applies" } }).skipRecord({ client: "reader", topic: "topic" });
    expect(applies).toMatchObject({ skipped: true, reason: expect.stringMatching(/^skip-record policy skip_internal_records selects the record \(its condition failed to evaluate: /) });
    const empty = new Explainer(stack, { stances: { evaluationError: "applies", missingHeader: "empty" } });
    expect(empty.skipRecord({ client: "reader", topic: "topic" }).skipped).toBe(false);
  });

  test("an outputs file gives the clients their real IDs; the conditions then compare with those", () => {
    const outputs = { "event-gateway": { producer_client_id: "p-123", reader_client_id: "r-456" } };
    expect(stack).toAllow({ client: "r-456", operation: "read", topic: "topic", options: { outputs } });
    expect(stack).toDeny({ client: "r-456", operation: "write", topic: "topic", options: { outputs } });
    const ex = new Explainer(stack, { outputs });
    expect(ex.decide({ client: "reader", operation: "read", topic: "topic" }).principal).toBe("r-456");
    expect(kafkaAclBindings(ex).filter((b) => b.principal === "User:r-456").map((b) => `${b.resourceType}:${b.patternType}:${b.resourceName}:${b.operation}:${b.permission}`)).toEqual([
      "TOPIC:LITERAL:topic:DESCRIBE:ALLOW",
      "TOPIC:LITERAL:topic-encrypted:DESCRIBE:ALLOW",
      "TOPIC:LITERAL:extra_topic:DESCRIBE:ALLOW",
      "TOPIC:LITERAL:topic:READ:ALLOW",
      "GROUP:LITERAL:*:DESCRIBE:ALLOW",
      "GROUP:LITERAL:*:READ:ALLOW",
    ]);
    expect(() => kafkaAclBindings(new Explainer(stack))).toThrow(/policy acl_topic_policy_producer: principal \$\{konnect_identity_auth_server_client\.identity_producer_F627B9DA\.id\} \(a reference with no known ID: pass the outputs file\) is outside what Kafka ACLs can express/);
  });

  test("lookup mode: the looked-up IDs are the principals, no outputs needed", () => {
    const request: KongIdentityLookupRequest = { region: "us", authServer: { name: "Kafka Dev" }, clients: { producer: { name: "producer" }, reader: { name: "reader" } } };
    const cache = path.join(scratchDir("explain-lookup"), "kong-identity.context.json");
    const result = lookupAnswer({ producer: { id: "p-1", name: "producer" }, reader: { id: "r-1", name: "reader" } });
    writeLookupContext(cache, request, result);
    const json = mainStackJson({ KEGW_IDENTITY: "lookup", KEGW_IDENTITY_CACHE: cache });
    expect(new Explainer(json).clients.map((c) => [c.name, c.principal])).toEqual([["producer", "p-1"], ["reader", "r-1"]]);
    expect(json).toAllow({ client: "reader", operation: "read", topic: "topic" });
    expect(json).toDeny({ client: "r-1", operation: "write", topic: "topic" });
    expect(json).toAllow({ client: "p-1", operation: "write", topic: "topic" });
  });
});

test("the type check covers every condition of the repo's stacks (main.ts managed and lookup) and examples", () => {
  const stacks: Record<string, any> = { "main.ts (managed)": mainStackJson(), "examples/orders-stack.ts": synth(new OrdersStack(newApp(), "orders")) };
  const request: KongIdentityLookupRequest = { region: "us", authServer: { name: "Kafka Dev" }, clients: { producer: { name: "producer" }, reader: { name: "reader" } } };
  const cache = path.join(scratchDir("explain-count"), "kong-identity.context.json");
  const result = { authServer: { id: "as-1", name: "Kafka Dev", issuer: "https://i/auth", audience: "a", jwksUri: "https://i/auth/.well-known/jwks" }, clients: { producer: { id: "p-1", name: "producer" }, reader: { id: "r-1", name: "reader" } } };
  writeLookupContext(cache, request, result);
  stacks["main.ts (lookup)"] = mainStackJson({ KEGW_IDENTITY: "lookup", KEGW_IDENTITY_CACHE: cache });
  const phases: Record<string, ExpressionPhase> = { konnect_event_gateway_cluster_policy_acls: "cluster", konnect_event_gateway_consume_policy_skip_record: "consume" };
  const counts: Record<string, number> = {};
  for (const [name, json] of Object.entries(stacks)) {
    counts[name] = 0;
    for (const [type, phase] of Object.entries(phases)) {
      for (const r of Object.values<any>(json.resource?.[type] ?? {})) {
        if (!r.condition) continue;
        expect(checkExpression(r.condition, { phase })).toMatchObject({ ok: true });
        counts[name]++;
      }
    }
  }
  // every policy kind the stacks use that takes a condition is one of the two above
  for (const json of Object.values(stacks)) for (const type of Object.keys(json.resource)) expect(type.includes("policy") && !/listener_policy/.test(type) ? Object.keys(phases) : [type]).toContain(type);
  expect(Object.values(counts).every((n) => n > 0)).toBe(true);
  // eslint-disable-next-line no-console
  console.log(`conditions type-checked: ${JSON.stringify(counts)}, ${Object.values(counts).reduce((a, b) => a + b, 0)} in all`);
});

describe("explainer semantics", () => {
  let base: any;
  beforeAll(() => {
    base = mainStackJson();
  });
  const withAcls = (rulesByPolicy: any[], extra: (json: any) => void = () => undefined) => {
    const json = JSON.parse(JSON.stringify(base));
    const acls = json.resource.konnect_event_gateway_cluster_policy_acls;
    const vc = Object.values<any>(acls)[0].virtual_cluster_id;
    json.resource.konnect_event_gateway_cluster_policy_acls = Object.fromEntries(
      rulesByPolicy.map((p, i) => [`p${i}`, { name: `p${i}`, virtual_cluster_id: vc, condition: p.condition, enabled: p.enabled, config: { rules: p.rules } }]),
    );
    extra(json);
    return json;
  };
  const rule = (action: string, resource_type: string, ops: string[], names: string[]) => ({ action, resource_type, operations: ops.map((name) => ({ name })), resource_names: names.map((match) => ({ match })) });

  test("deny beats allow, within a policy and across policies (stance: deny-overrides); first-policy changes it", () => {
    const json = withAcls([
      { rules: [rule("allow", "topic", ["all"], ["*"])] },
      { condition: "context.auth.principal.name == 'x'", rules: [rule("deny", "topic", ["write"], ["pay*"])] },
    ]);
    expect(json).toAllow({ principal: "x", operation: "write", topic: "orders" });
    expect(json).toDeny({ principal: "x", operation: "write", topic: "payments" });
    expect(json).toAllow({ principal: "y", operation: "write", topic: "payments" });
    expect(json).toAllow({ principal: "x", operation: "write", topic: "payments", options: { stances: { combine: "first-policy" } } });
    // first-policy still reads the whole deciding policy: within a policy a deny beats an allow
    const one = withAcls([{ rules: [rule("allow", "topic", ["read"], ["*"]), rule("deny", "topic", ["read"], ["secret"])] }]);
    for (const combine of ["deny-overrides", "first-policy"] as const) {
      expect(one).toDeny({ principal: "x", operation: "read", topic: "secret", options: { stances: { combine } } });
      expect(one).toAllow({ principal: "x", operation: "read", topic: "public", options: { stances: { combine } } });
    }
  });

  test("globs: * any run, ? one character, [...] a set", () => {
    expect([globMatches("a*c", "abbc"), globMatches("a?c", "abc"), globMatches("a?c", "abbc"), globMatches("t[0-9]", "t5"), globMatches("t[!0-9]", "t5"), globMatches("a.c", "abc")]).toEqual([
      true, true, false, true, false, false,
    ]);
  });

  test("implied operations (Kafka's): read, write, delete, alter allow describe; an explicit deny is not widened", () => {
    const json = withAcls([{ rules: [rule("allow", "topic", ["read"], ["t"]), rule("deny", "topic", ["write"], ["t"])] }]);
    expect(json).toAllow({ principal: "x", operation: "describe", topic: "t" });
    expect(json).toDeny({ principal: "x", operation: "describe", topic: "t", options: { stances: { impliedOperations: false } } });
  });

  test("passthrough: no ACL is evaluated", () => {
    const json = withAcls([], (j) => (Object.values<any>(j.resource.konnect_event_gateway_virtual_cluster)[0].acl_mode = "passthrough"));
    const d = new Explainer(json).decide({ principal: "x", operation: "delete", topic: "t" });
    expect(d).toMatchObject({ decision: "allow", policy: null, reason: "acl_mode is passthrough: the gateway evaluates no ACL policy and the backend cluster decides" });
  });

  test("enforce_prefix: names outside the prefix reach nothing; disabled policies do not count; a claim condition", () => {
    const json = withAcls(
      [
        { condition: "context.auth.token.claims['team'] == 'ops'", rules: [rule("allow", "topic", ["read"], ["*"])] },
        { enabled: false, rules: [rule("allow", "topic", ["write"], ["*"])] },
      ],
      (j) => (Object.values<any>(j.resource.konnect_event_gateway_virtual_cluster)[0].namespace = { prefix: "my-", mode: "enforce_prefix" }),
    );
    expect(json).toAllow({ principal: "x", claims: { team: "ops" }, operation: "read", topic: "my-t" });
    expect(json).toDeny({ principal: "x", claims: { team: "dev" }, operation: "read", topic: "my-t" });
    expect(json).toDeny({ principal: "x", claims: { team: "ops" }, operation: "write", topic: "my-t" });
    expect(new Explainer(json).decide({ principal: "x", claims: { team: "ops" }, operation: "read", topic: "t" })).toMatchObject({
      decision: "deny",
      backendName: null,
      reason: 'topic "t" is outside the namespace: with enforce_prefix clients use names starting with "my-"',
    });
    // stance: an evaluation error (the claim is missing) means the policy does not apply
    expect(json).toDeny({ principal: "x", operation: "read", topic: "my-t" });
    expect(json).toAllow({ principal: "x", operation: "read", topic: "my-t", options: { stances: { evaluationError: "applies" } } });
  });

  test("a client's tokens carry the stack's claims: in its scopes or all scopes, enabled, in the token; JSON values parsed; templates left out", () => {
    const stack = new TerraformStack(newApp(), "claims");
    const idp = new KongIdentity(stack, "idp", { audience: "a" });
    const kafka = idp.addScope("kafka");
    const other = idp.addScope("other");
    idp.addClient("app", { scopes: [kafka] });
    idp.addClaim("team", { value: "billing", scopes: [kafka] });
    idp.addClaim("level", { value: "42", includeInAllScopes: true });
    idp.addClaim("elsewhere", { value: "x", scopes: [other] });
    idp.addClaim("userinfo", { value: "x", includeInAllScopes: true, includeInToken: false });
    idp.addClaim("off", { value: "x", includeInAllScopes: true, enabled: false });
    idp.addClaim("rid", { value: "${ uuidv4 }", includeInAllScopes: true });
    const gw = new EventGateway(stack, "gw", { name: "gw" });
    const be = gw.addBackendCluster("b", { bootstrapServers: ["k:9092"] });
    const vc = gw.addVirtualCluster("vc", { destination: be, dnsLabel: "vc", authentication: [ClientAuthentication.oauthBearer({ authServer: idp })] });
    vc.addAclPolicy("senior", { condition: Condition.raw("context.auth.token.claims['level'] >= 40"), rules: [{ resourceType: "topic", operations: ["read"], resourceNames: ["t"] }] });
    const json = synth(stack);
    expect(new Explainer(json).clients.map((c) => c.claims)).toEqual([{ team: "billing", level: 42 }]);
    expect(json).toAllow({ client: "app", operation: "read", topic: "t" });
    expect(json).toDeny({ client: "app", claims: { level: 7 }, operation: "read", topic: "t" });
  });

  test("the matchers' messages say what decided", () => {
    const r = explainMatchers.toAllow.call({}, base, { client: "reader", operation: "write", topic: "topic" });
    expect(r.pass).toBe(false);
    expect(r.message()).toBe(
      'expected reader write topic "topic" to be allowed, but it is not: DENY: no rule of the policies that apply (acl_topic_policy_reader) allows write on topic "topic"; default deny',
    );
  });

  test("Kafka ACL bindings: only what Kafka can express; the rest fails loudly, naming the policy", () => {
    const ok = withAcls([{ condition: "context.auth.principal.name == 'a' || context.auth.principal.name == 'b'", rules: [rule("deny", "topic", ["write"], ["pay*"]), rule("allow", "group", ["read"], ["*"])] }]);
    expect(kafkaAclBindings(new Explainer(ok)).map((b) => `${b.principal} ${b.permission} ${b.operation} ${b.resourceType}:${b.patternType}:${b.resourceName}`)).toEqual([
      "User:a DENY WRITE TOPIC:PREFIXED:pay",
      "User:b DENY WRITE TOPIC:PREFIXED:pay",
      "User:a ALLOW READ GROUP:LITERAL:*",
      "User:b ALLOW READ GROUP:LITERAL:*",
    ]);
    const claim = withAcls([{ condition: "context.auth.token.claims['team'] == 'ops'", rules: [rule("allow", "topic", ["read"], ["t"])] }]);
    expect(() => kafkaAclBindings(new Explainer(claim))).toThrow(`policy p0: the condition "context.auth.token.claims['team'] == 'ops'" (only principal comparisons joined with || are) is outside what Kafka ACLs can express`);
    const glob = withAcls([{ rules: [rule("allow", "topic", ["read"], ["t?"])] }]);
    expect(() => kafkaAclBindings(new Explainer(glob))).toThrow('policy p0: resource name "t?" (only exact names, a trailing * or * alone are) is outside what Kafka ACLs can express');
    // a principal named "*" is one principal to the gateway, every principal to Kafka
    const star = withAcls([{ condition: "context.auth.principal.name == '*'", rules: [rule("allow", "topic", ["write"], ["orders"])] }]);
    expect(star).toDeny({ principal: "alice", operation: "write", topic: "orders" });
    expect(() => kafkaAclBindings(new Explainer(star))).toThrow(`policy p0: principal "*" (Kafka's User:* means every principal) is outside what Kafka ACLs can express`);
    // with enforce_prefix the gateway refuses names outside the prefix; Kafka has no namespace to do that
    const enforced = withAcls([{ rules: [rule("allow", "topic", ["write"], ["*"])] }], (j) => (Object.values<any>(j.resource.konnect_event_gateway_virtual_cluster)[0].namespace.mode = "enforce_prefix"));
    expect(enforced).toDeny({ principal: "x", operation: "write", topic: "topic" });
    expect(() => kafkaAclBindings(new Explainer(enforced))).toThrow(/namespace mode enforce_prefix .* is outside what Kafka ACLs can express/);
  });

  test("Kafka ACL bindings of cluster rules: only rules whose names match Kafka's cluster resource, once per operation", () => {
    const json = withAcls([{ rules: [rule("allow", "cluster", ["describe"], ["other-cluster"]), rule("allow", "cluster", ["idempotent_write"], ["kafka-*", "*"])] }]);
    expect(json).toDeny({ principal: "x", operation: "describe", cluster: true });
    expect(json).toAllow({ principal: "x", operation: "idempotent_write", cluster: true });
    expect(kafkaAclBindings(new Explainer(json)).map((b) => `${b.principal} ${b.permission} ${b.operation} ${b.resourceType}:${b.patternType}:${b.resourceName}`)).toEqual([
      "User:* ALLOW IDEMPOTENT_WRITE CLUSTER:LITERAL:kafka-cluster",
    ]);
  });

  test("a virtual cluster made elsewhere (policies on its ID): decided on the policies, the backend name unknown and said so; no Kafka ACLs", () => {
    const json = withAcls([{ rules: [rule("allow", "topic", ["read"], ["orders"])] }], (j) => {
      for (const p of Object.values<any>(j.resource.konnect_event_gateway_cluster_policy_acls)) p.virtual_cluster_id = "vc-from-the-platform";
    });
    const d = new Explainer(json).decide({ principal: "x", operation: "read", topic: "orders", virtualCluster: "vc-from-the-platform" });
    expect(d).toMatchObject({ decision: "allow", backendName: null, policy: "p0" });
    expect(d.reason).toMatch(/virtual cluster made elsewhere: its namespace and acl_mode are not in this stack/);
    expect(() => kafkaAclBindings(new Explainer(json), "vc-from-the-platform")).toThrow(/made elsewhere, its namespace and acl_mode are unknown/);
  });

  test("every Kafka request in the table names known operations", () => {
    expect(KAFKA_REQUESTS.length).toBeGreaterThan(30);
    for (const r of KAFKA_REQUESTS) for (const alts of r.all) expect(alts.length).toBeGreaterThan(0);
  });
});

describe("npm run explain", () => {
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) } };
  };
  const stackFile = path.join(scratchDir("explain-cli"), "cdk.tf.json");
  beforeAll(() => fs.writeFileSync(stackFile, JSON.stringify(mainStackJson())));

  test("one decision: the decision first, then the policy, rule, reason and backend name; --json", () => {
    const a = io();
    expect(main(["--stack", stackFile, "--client", "reader", "--operation", "read", "--topic", "topic"], a.io, ROOT, {})).toBe(0);
    expect(a.out.join("")).toBe(
      [
        'ALLOW  reader read topic "topic"',
        "  policy:  acl_topic_policy_reader",
        '  rule:    rules[1]: allow topic read on "topic"',
        "  why:     policy acl_topic_policy_reader applies and its allow rule matches",
        '  backend: topic "my-topic" on virtual cluster virtual-cluster',
        "",
      ].join("\n"),
    );
    const b = io();
    expect(main(["--stack", stackFile, "--client", "reader", "--operation", "write", "--topic", "topic", "--json"], b.io, ROOT, {})).toBe(0);
    expect(JSON.parse(b.out.join(""))).toMatchObject({ decision: "deny", policy: null, rule: null, backendName: "my-topic" });
  });

  test("main.ts's stack with a bad setting: main.ts's own line, naming the setting a refused value came from", () => {
    const a = io();
    expect(main(["--client", "reader", "--operation", "read", "--topic", "t"], a.io, ROOT, { KEGW_GATEWAY_NAME: "" })).toBe(2);
    expect(a.err.join("")).toBe('error: event-gateway/gateway: name "" is invalid: 1-255 characters (from gatewayName / KEGW_GATEWAY_NAME)\n');
    const b = io();
    expect(main(["--matrix"], b.io, ROOT, { KEGW_STACK_NAME: "" })).toBe(2);
    expect(b.err.join("")).toBe('error: configuration stackName (KEGW_STACK_NAME) "" is invalid: required (the cdktf stack\'s name)\n');
    // the project's cdktf.json context: a key that is a setting written another way
    const root = scratchDir("explain-context");
    fs.writeFileSync(path.join(root, "cdktf.json"), JSON.stringify({ context: { KEGW_GATEWAY_NAME: "orders" } }));
    const c = io();
    expect(main(["--matrix"], c.io, root, {})).toBe(2);
    expect(c.err.join("")).toBe("error: cdktf.json context key \"KEGW_GATEWAY_NAME\" is not a setting, so it would be ignored; write gatewayName (or set KEGW_GATEWAY_NAME)\n");
  });

  test("bad input: one line, exit 2", () => {
    const a = io();
    expect(main(["--stack", stackFile, "--client", "nobody", "--operation", "read", "--topic", "t"], a.io, ROOT, {})).toBe(2);
    expect(a.err.join("")).toBe(
      'error: no client "nobody"; the stack has producer, reader, and a client ID matches one only with --outputs <the deploy\'s outputs file>; to ask about any other principal, use --principal\n',
    );
    const b = io();
    expect(main(["--stack", stackFile, "--client", "reader", "--operation", "consume", "--topic", "t"], b.io, ROOT, {})).toBe(2);
    expect(b.err.join("")).toMatch(/^error: unknown operation "consume": one of all, alter/);
    // A line separator in the input stays escaped on the one line.
    const c = io();
    expect(main(["--stack", stackFile, "--client", "reader", "--operation", "con\u2028sume", "--topic", "t"], c.io, ROOT, {})).toBe(2);
    expect(c.err.join("")).toMatch(/^error: unknown operation "con\\u2028sume": one of all, alter/);
    expect(c.err.join("").trimEnd()).not.toMatch(/[\n\u2028\u2029]/);
    // A broken outputs file: named, but none of its text (the JSON parser's message would quote a client secret).
    const broken = path.join(path.dirname(stackFile), "outputs.json");
    fs.writeFileSync(broken, '{"event-gateway": {"producer_client_secret": s3cr3t-sentinel-value}}');
    const d = io();
    expect(main(["--stack", stackFile, "--outputs", broken, "--client", "reader", "--operation", "read", "--topic", "t"], d.io, ROOT, {})).toBe(2);
    expect(d.err.join("")).toBe(`error: the outputs file ${broken} is not valid JSON\n`);
  });

  test("--help: the usage on stdout, exit 0; a bad option: one line on stderr that points to --help, exit 2, no usage", () => {
    for (const flag of ["--help", "-h"]) {
      const a = io();
      expect(main(["--stack", stackFile, flag, "--bogus"], a.io, ROOT, {})).toBe(0);
      expect(a.err).toEqual([]);
      const usage = a.out.join("");
      expect(usage).toMatch(/^usage: npm run explain -- \[options\]\n\n {2}--client <name\|id> {10}a client of the stack/);
      expect(usage.split("\n").slice(-5)).toEqual([
        "",
        "One question a run: --matrix, --decrypt, --record or --header, else an ACL decision (--operation or --request).",
        "An option that question does not use is refused, as are --client with --principal and --operation with --request.",
        "Exit code 0 when the command ran, whatever the decision; 2 on a usage or input error.",
        "",
      ]);
    }
    const cases: Array<[string[], string]> = [
      [["--bogus"], 'error: unknown option "--bogus"; npm run explain -- --help lists the options\n'],
      [["--bogus", "--help"], 'error: unknown option "--bogus"; npm run explain -- --help lists the options\n'],
      [["--topics", "t"], 'error: unknown option "--topics"; did you mean --topic? npm run explain -- --help lists the options\n'],
      [["--client-id", "x"], 'error: unknown option "--client-id"; did you mean --client? npm run explain -- --help lists the options\n'],
      [["--client", "reader", "orders"], 'error: unexpected argument "orders": every value follows its option; npm run explain -- --help lists the options\n'],
      [["--client"], "error: --client needs a value\n"],
      [["--client", "--topic", "t"], "error: --client needs a value\n"],
      [["--claims", "team"], 'error: --claims takes key=value, not "team"\n'],
    ];
    for (const [argv, line] of cases) {
      const a = io();
      expect([argv, main(argv, a.io, ROOT, {})]).toEqual([argv, 2]);
      expect(a.err.join("")).toBe(line);
      expect(a.out).toEqual([]);
    }
  });

  test("one question a run: an option the question does not use is refused in one line naming both, never ignored", () => {
    const t = ["--stack", stackFile];
    const cases: Array<[string[], string]> = [
      [["--client", "reader", "--operation", "read", "--topic", "topic", "--header", "internal=true"], "--operation does not apply with --header, which asks whether a skip-record policy hides a record (for a record's walk with headers: --record)"],
      [["--matrix", "--header", "internal=true"], "--header does not apply with --matrix, which asks about every client x topic and group x operation"],
      [["--matrix", "--client", "reader", "--topic", "topic"], "--topic does not apply with --matrix, which asks about every client x topic and group x operation"],
      [["--claims", "team=ops", "--matrix"], "--claims does not apply with --matrix, which asks about every client x topic and group x operation"],
      [["--matrix", "--decrypt", "--topic", "topic"], "--decrypt does not apply with --matrix, which asks about every client x topic and group x operation"],
      [["--decrypt", "--topic", "topic", "--operation", "read"], "--operation does not apply with --decrypt, which asks how a topic's records reach a client"],
      [["--decrypt", "--topic", "topic", "--record", "consume"], "--record does not apply with --decrypt, which asks how a topic's records reach a client"],
      [["--client", "reader", "--record", "consume", "--topic", "topic", "--request", "Fetch"], "--request does not apply with --record, which asks what the produce or consume policies do with one record"],
      [["--client", "reader", "--topic", "topic", "--header", "internal=true", "--value", "{}"], "--value does not apply with --header, which asks whether a skip-record policy hides a record (for a record's walk with headers: --record)"],
      [["--client", "reader", "--operation", "read", "--topic", "topic", "--valid"], "--valid applies only with --record"],
      [["--client", "reader", "--principal", "p", "--operation", "read", "--topic", "topic"], "--principal cannot be combined with --client: --principal asks about any principal instead of a client"],
      [["--client", "reader", "--request", "Fetch", "--operation", "read", "--topic", "topic"], "--operation cannot be combined with --request, which checks every operation the Kafka request needs"],
      [["--client", "reader", "--record", "consume", "--topic", "topic", "--valid", "--invalid"], "--valid cannot be combined with --invalid"],
      [["--client", "reader", "--operation", "read", "--topic", "a", "--topic", "b"], "--topic is given twice: one value per run"],
      [["--decrypt", "--topic", "topic", "--client", "producer", "--client", "reader"], "one --client per run (several only with --matrix)"],
      [["--client", "producer", "--client", "reader", "--operation", "read", "--topic", "topic"], "one --client per run (several only with --matrix)"],
    ];
    for (const [argv, line] of cases) {
      const a = io();
      expect([argv, main([...t, ...argv], a.io, ROOT, {})]).toEqual([argv, 2]);
      expect(a.err.join("")).toBe(`error: ${line}\n`);
      expect(a.out).toEqual([]);
    }
    // what does combine: --header alone (skip-record), --header and --value with --record, several --header, --claims
    const skip = io();
    expect(main([...t, "--client", "reader", "--topic", "topic", "--header", "internal=true", "--header", "x=1"], skip.io, ROOT, {})).toBe(0);
    expect(skip.out.join("")).toBe(
      ['SKIP  reader topic "topic"', "  policy:  skip_internal_records", "  why:     skip-record policy skip_internal_records selects the record", ""].join("\n"),
    );
    const walk = io();
    expect(main([...t, "--client", "reader", "--record", "consume", "--topic", "topic", "--header", "internal=true", "--valid"], walk.io, ROOT, {})).toBe(0);
    expect(walk.out.join("")).toBe(
      [
        'CONSUME  reader topic "topic"',
        "  SKIP  (as given) skip-record policy skip_internal_records selects the record",
        "    skip_record skip_internal_records: skips the record",
        "    headers: internal=true",
        "",
      ].join("\n"),
    );
    const claims = io();
    expect(main([...t, "--client", "reader", "--claims", "team=ops", "--operation", "read", "--topic", "topic"], claims.io, ROOT, {})).toBe(0);
    expect(claims.out.join("")).toMatch(/^ALLOW  reader read topic "topic"\n/);
  });

  test("a client the stack lacks: the error says how a client ID is matched (--outputs) and where any principal goes (--principal)", () => {
    const ask = ["--stack", stackFile, "--client", "readid456", "--operation", "read", "--topic", "topic"];
    const a = io();
    expect(main(ask, a.io, ROOT, {})).toBe(2);
    expect(a.err.join("")).toBe(
      'error: no client "readid456"; the stack has producer, reader, and a client ID matches one only with --outputs <the deploy\'s outputs file>; to ask about any other principal, use --principal\n',
    );
    expect(a.out).toEqual([]);
    const dir = path.dirname(stackFile);
    const both = path.join(dir, "outputs-both.json");
    fs.writeFileSync(both, JSON.stringify({ "event-gateway": { producer_client_id: "p-123", reader_client_id: "readid456" } }));
    const b = io();
    expect(main([...ask, "--outputs", both], b.io, ROOT, {})).toBe(0);
    expect(b.out.join("")).toMatch(/^ALLOW  reader \(readid456\) read topic "topic"\n/);
    const c = io();
    expect(main([...ask.slice(0, 3), "nobody", ...ask.slice(4), "--outputs", both], c.io, ROOT, {})).toBe(2);
    expect(c.err.join("")).toBe('error: no client "nobody"; the stack has producer, reader (by name or ID); to ask about any other principal, use --principal\n');
    const partly = path.join(dir, "outputs-producer.json");
    fs.writeFileSync(partly, JSON.stringify({ "event-gateway": { producer_client_id: "p-123" } }));
    const d = io();
    expect(main([...ask, "--outputs", partly], d.io, ROOT, {})).toBe(2);
    expect(d.err.join("")).toBe(`error: no client "readid456"; the stack has producer, reader, and the outputs in ${partly} give no ID for reader; to ask about any other principal, use --principal\n`);
  });

  test("the compiled command synthesizes main.ts fresh and prints the matrix (--json: an array of decisions)", async () => {
    const t0 = Date.now();
    const { stdout } = await run(process.execPath, [path.join(ROOT, "dist/tools/explain.js"), "--matrix", "--json"], { cwd: ROOT });
    const ms = Date.now() - t0;
    const ds = JSON.parse(stdout);
    expect(ds).toEqual(new Explainer(mainStackJson()).matrix());
    expect(ds.length).toBe(70);
    // eslint-disable-next-line no-console
    console.log(`explain --matrix --json (cold node, fresh synth): ${ms} ms`);
  });

  test("the compiled command: --help on stdout (for a pager), exit 0; an unknown option one line on stderr, exit 2", async () => {
    const explainJs = path.join(ROOT, "dist/tools/explain.js");
    const help = await run(process.execPath, [explainJs, "--help"], { cwd: ROOT });
    expect(help.stderr).toBe("");
    expect(help.stdout).toMatch(/^usage: npm run explain -- \[options\]\n[^]*\nExit code 0 when the command ran, whatever the decision; 2 on a usage or input error\.\n$/);
    // a reader that stops early (| head): no EPIPE trace, exit 0
    const piped = await run("bash", ["-c", 'node "$0" --help | true; echo "exit ${PIPESTATUS[0]}"', explainJs], { cwd: ROOT });
    expect(piped).toMatchObject({ stdout: "exit 0\n", stderr: "" });
    await expect(run(process.execPath, [explainJs, "--bogus"], { cwd: ROOT })).rejects.toMatchObject({
      code: 2,
      stdout: "",
      stderr: 'error: unknown option "--bogus"; npm run explain -- --help lists the options\n',
    });
  });
});
