// The explainer's model of a stack: who connects (clients, principals, IDs, token claims), which policies apply and
// in what order, what a condition's failure says, how it reads clients, outputs, namespaces and rules from the
// synthesized JSON, and the one-line errors of a request it cannot answer. Each test synthesizes its own small stack
// (in-process) and builds the Explainer in the test, so mutation testing sees the explainer's code run there.
import * as path from "node:path";
import { TerraformOutput, TerraformStack } from "cdktf";
import { DataNullDataSource } from "@cdktf/provider-null/lib/data-null-data-source";
import { konnectEventGatewayConsumePolicySkipRecord as genSkip } from "../.gen/providers/konnect-beta";
import { ClientAuthentication, Condition, EventGateway, KongIdentity, KongIdentityLookup, NamespaceSelector, SchemaValidation } from "../constructs";
import type { AclRule, NamespaceOptions } from "../constructs";
import { explainRecord, Explainer, ExplainError, readRecordPolicies, UnknownClientError } from "../constructs/explain";
import type { KongIdentityLookupRequest } from "../constructs/kong-identity/lookup";
import { lookupAnswer, writeLookupContext } from "./support/fixtures";
import { scratchDir } from "./support/scratch";
import { newApp, synth } from "./support/synth";

/** A gateway with one virtual cluster (with the namespace given, if any) whose clients authenticate with Kong Identity tokens. */
function gateway(options: { namespace?: NamespaceOptions } = {}) {
  const stack = new TerraformStack(newApp(), "model");
  const idp = new KongIdentity(stack, "idp", { audience: "a" });
  const gw = new EventGateway(stack, "gw", { name: "gw" });
  const be = gw.addBackendCluster("b", { bootstrapServers: ["k:9092"] });
  const vc = gw.addVirtualCluster("vc", {
    destination: be,
    dnsLabel: "vc",
    namespace: options.namespace,
    authentication: [ClientAuthentication.oauthBearer({ authServer: idp })],
  });
  return { stack, idp, gw, vc };
}

/** What a function throws (it must throw). */
function caught(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error("it did not throw");
}

const everything: AclRule[] = [
  { resourceType: "topic", operations: ["all"], resourceNames: ["*"] },
  { resourceType: "group", operations: ["all"], resourceNames: ["*"] },
  { resourceType: "transactional_id", operations: ["all"], resourceNames: ["*"] },
  { resourceType: "cluster", operations: ["all"], resourceNames: ["*"] },
];

describe("who connects", () => {
  test("a client name the stack lacks is an error, unless it looks like an ID (not a plain name, or 16+ characters) or a principal is given", () => {
    const { stack, idp, vc } = gateway();
    idp.addClient("producer");
    idp.addClient("reader");
    vc.addAclPolicy("all", { rules: everything });
    const ex = new Explainer(synth(stack));
    const read = { operation: "read", topic: "t" } as const;
    for (const id of ["0c5b7bd1", "client.1", "averylongname-16"]) {
      expect(ex.decide({ client: id, ...read })).toMatchObject({ client: null, principal: id, decision: "allow" });
    }
    // before deploy the clients' IDs are unknown, so a client ID that looks like a name cannot be matched: the error says how
    const unknownIds =
      'no client "a-fifteen-chars"; the stack has producer, reader, and a client ID matches one only with the deploy\'s outputs (the outputs option); ' +
      "to ask about any other principal, set principal instead of client";
    expect(() => ex.decide({ client: "a-fifteen-chars", ...read })).toThrow(new ExplainError(unknownIds));
    expect(() => ex.decide({ client: "a-fifteen-chars", ...read })).toThrow(UnknownClientError);
    expect(caught(() => ex.decide({ client: "a-fifteen-chars", ...read }))).toMatchObject({ name: "ExplainError", client: "a-fifteen-chars", clientNames: ["producer", "reader"], clientsWithoutId: ["producer", "reader"] });
    expect(ex.decide({ client: "nobody", principal: "p-9", ...read })).toMatchObject({ client: null, principal: "p-9", decision: "allow" });
    expect(() => ex.decide(read)).toThrow(new ExplainError("a client or principal is needed"));
  });

  test("a client name the stack lacks, with outputs: by name or ID when they give every client's ID, else the clients without one named", () => {
    const { stack, idp, vc } = gateway();
    const producer = idp.addClient("producer");
    const reader = idp.addClient("reader");
    new TerraformOutput(stack, "producer_client_id", { value: producer.clientId });
    new TerraformOutput(stack, "reader_client_id", { value: reader.clientId });
    vc.addAclPolicy("all", { rules: everything });
    const read = { operation: "read", topic: "t" } as const;
    const known = new Explainer(synth(stack), { outputs: { producer_client_id: "p-1", reader_client_id: "r-1" } });
    const message = 'no client "readid456"; the stack has producer, reader (by name or ID); to ask about any other principal, set principal instead of client';
    expect(() => known.decide({ client: "readid456", ...read })).toThrow(new ExplainError(message));
    expect(caught(() => known.decide({ client: "readid456", ...read }))).toMatchObject({ clientsWithoutId: [] });
    expect(known.decide({ client: "r-1", ...read })).toMatchObject({ client: "reader", principal: "r-1" });
    // one client's ID missing from the outputs: an ID may still be that client's, and the error names it
    const partly = new Explainer(synth(stack), { outputs: { producer_client_id: "p-1" } });
    expect(() => partly.decide({ client: "readid456", ...read })).toThrow(
      new ExplainError('no client "readid456"; the stack has producer, reader, and the outputs give no ID for reader; to ask about any other principal, set principal instead of client'),
    );
    expect(caught(() => partly.decide({ client: "readid456", ...read }))).toMatchObject({ clientsWithoutId: ["reader"] });
    // outputs that give neither client's ID: both named
    const neither = new Explainer(synth(stack), { outputs: { other: "x" } });
    expect(() => neither.decide({ client: "readid456", ...read })).toThrow(
      new ExplainError('no client "readid456"; the stack has producer, reader, and the outputs give no ID for producer, reader; to ask about any other principal, set principal instead of client'),
    );
  });

  test("other authentication types carry no token claims but those given; OAuth tokens have sub and client_id", () => {
    const { stack, vc } = gateway();
    vc.addAclPolicy("by-sub", { condition: Condition.raw("context.auth.token.claims['sub'] == 'x'"), rules: [{ resourceType: "topic", operations: ["read"], resourceNames: ["t"] }] });
    vc.addAclPolicy("by-team", { condition: Condition.claimEquals("team", "ops"), rules: [{ resourceType: "topic", operations: ["write"], resourceNames: ["t"] }] });
    const ex = new Explainer(synth(stack));
    expect(ex.decide({ principal: "x", operation: "read", topic: "t" })).toMatchObject({ decision: "allow", policy: "by-sub" });
    expect(ex.decide({ principal: "x", authType: "sasl_plain", operation: "read", topic: "t" })).toMatchObject({ decision: "deny", policy: null });
    expect(ex.decide({ principal: "x", authType: "sasl_plain", claims: { team: "ops" }, operation: "write", topic: "t" })).toMatchObject({ decision: "allow", policy: "by-team" });
    expect(ex.decide({ principal: "x", authType: "sasl_plain", operation: "write", topic: "t" }).decision).toBe("deny");
  });

  test("two lookup keys for one Kong Identity client: each decision names the key asked about", () => {
    const stack = new TerraformStack(newApp(), "twice");
    const request: KongIdentityLookupRequest = { region: "us", authServer: { name: "Kafka Dev" }, clients: { producer: { name: "producer" }, orders: { name: "producer" } } };
    const cacheFile = writeLookupContext(path.join(scratchDir("explain-model"), "ctx.json"), request, lookupAnswer({ producer: { id: "p-1", name: "producer" }, orders: { id: "p-1", name: "producer" } }));
    const idp = new KongIdentityLookup(stack, "idp", { ...request, cacheFile });
    const gw = new EventGateway(stack, "gw", { name: "gw" });
    const vc = gw.addVirtualCluster("vc", { destination: gw.addBackendCluster("b", { bootstrapServers: ["k:9092"] }), dnsLabel: "vc", authentication: [ClientAuthentication.oauthBearer({ authServer: idp })] });
    vc.addAclPolicy("p", { condition: Condition.principalIs(idp.client("producer")), rules: [{ resourceType: "topic", operations: ["write"], resourceNames: ["*"] }] });
    const ex = new Explainer(synth(stack));
    expect(ex.decide({ client: "producer", operation: "write", topic: "t" })).toMatchObject({ client: "producer", principal: "p-1", decision: "allow" });
    expect(ex.decide({ client: "orders", operation: "write", topic: "t" })).toMatchObject({ client: "orders", principal: "p-1", decision: "allow" });
  });
});

describe("which policies apply, and what a condition's failure says", () => {
  test("policies gated on one principal keep their place in the stack's order (first-policy and the reasons follow it)", () => {
    const { stack, vc } = gateway();
    vc.addAclPolicy("a-x-writes", { condition: Condition.principalIs("x"), rules: [{ resourceType: "topic", operations: ["write"], resourceNames: ["*"] }] });
    vc.addAclPolicy("b-no-orders", { rules: [{ resourceType: "topic", action: "deny", operations: ["write"], resourceNames: ["orders"] }] });
    const json = synth(stack);
    const first = new Explainer(json, { stances: { combine: "first-policy" } });
    expect(first.decide({ principal: "x", operation: "write", topic: "orders" })).toMatchObject({ decision: "allow", policy: "a-x-writes" });
    expect(new Explainer(json).decide({ principal: "x", operation: "read", topic: "orders" }).reason).toBe(
      'no rule of the policies that apply (a-x-writes, b-no-orders) allows read on topic "orders"; default deny',
    );
  });

  test("a condition with a literal on the left is no principal gate: it holds for whoever has the claim", () => {
    const { stack, vc } = gateway();
    vc.addAclPolicy("ops", { condition: Condition.raw("'ops' == context.auth.token.claims['team']"), rules: [{ resourceType: "topic", operations: ["read"], resourceNames: ["*"] }] });
    const ex = new Explainer(synth(stack));
    expect(ex.decide({ principal: "y", claims: { team: "ops" }, operation: "read", topic: "t" })).toMatchObject({ decision: "allow", policy: "ops" });
    expect(ex.decide({ principal: "ops", operation: "read", topic: "t" }).decision).toBe("deny");
  });

  test("a condition unset through the escape hatch (null or empty) is no condition: the policy applies to everyone", () => {
    const { stack, vc } = gateway();
    vc.addAclPolicy("reads", { condition: Condition.principalIs("nobody"), rules: [{ resourceType: "topic", operations: ["read"], resourceNames: ["*"] }] }).resource.addOverride("condition", null);
    vc.addAclPolicy("writes", { condition: Condition.principalIs("nobody"), rules: [{ resourceType: "topic", operations: ["write"], resourceNames: ["*"] }] }).resource.addOverride("condition", "");
    vc.addSkipRecordPolicy("every-record", { condition: Condition.recordHeaderEquals("internal", "true") }).resource.addOverride("condition", null);
    const ex = new Explainer(synth(stack));
    expect(ex.decide({ principal: "x", operation: "read", topic: "t" })).toMatchObject({ decision: "allow", policy: "reads" });
    expect(ex.decide({ principal: "x", operation: "write", topic: "t" })).toMatchObject({ decision: "allow", policy: "writes" });
    expect(ex.skipRecord({ principal: "x", topic: "t" })).toMatchObject({ skipped: true, reason: "skip-record policy every-record selects the record" });
  });

  test("skip-record reasons: selected, invalid (its condition outside schema validation), failed to evaluate; disabled ones are not counted", () => {
    const { stack, gw, vc } = gateway();
    const validate = vc.addSchemaValidationPolicy("validate", { phase: "consume", validation: SchemaValidation.json(), failureMode: "passthrough" });
    validate.addSkipRecordPolicy("skip-invalid", { condition: Condition.recordInvalid(), enabled: true });
    vc.addSkipRecordPolicy("internal", { condition: Condition.recordHeaderEquals("internal", "true") });
    vc.addSkipRecordPolicy("off", { condition: Condition.recordHeaderEquals("debug", "true"), enabled: false });
    // the provider's resource used directly: a top-level policy reading record.value, which the construct refuses
    new genSkip.KonnectEventGatewayConsumePolicySkipRecord(stack, "raw", { gatewayId: gw.gatewayId, virtualClusterId: vc.virtualClusterId, name: "raw", condition: "!record.value.validated" });
    const json = synth(stack);
    const ex = new Explainer(json);
    expect(ex.skipRecord({ principal: "x", topic: "t", headers: { internal: "true" } })).toEqual({
      skipped: true,
      client: null,
      principal: "x",
      topic: "t",
      policy: "internal",
      reason: "skip-record policy internal selects the record",
    });
    expect(ex.skipRecord({ principal: "x", topic: "t", headers: { internal: "false", debug: "true" } })).toMatchObject({
      skipped: false,
      policy: null,
      reason: "no skip-record policy selects the record (internal, skip-invalid, raw)",
    });
    const applies = new Explainer(json, { stances: { evaluationError: "applies" } });
    expect(applies.skipRecord({ principal: "x", topic: "t", headers: { internal: "false" } })).toMatchObject({
      skipped: true,
      policy: "skip-invalid",
      reason: "skip-record policy skip-invalid selects the record (its condition failed to evaluate: No such key: value)",
    });
    json.resource.konnect_event_gateway_consume_policy_skip_record = { raw: json.resource.konnect_event_gateway_consume_policy_skip_record.raw };
    expect(new Explainer(json, { stances: { evaluationError: "applies" } }).skipRecord({ principal: "x", topic: "t" })).toMatchObject({
      skipped: true,
      policy: "raw",
      reason:
        "skip-record policy raw selects the record (its condition is invalid: record.value.validated at column 2 exists only in policies that run under schema validation)",
    });
  });

  test("the empty missing-header stance fills in the headers read with a literal key, not names read elsewhere", () => {
    const { stack, vc } = gateway();
    vc.addSkipRecordPolicy("other-teams", { condition: Condition.raw("has(record.headers.team) && record.headers.team != context.auth.token.claims['team']") });
    const ex = new Explainer(synth(stack), { stances: { missingHeader: "empty" } });
    expect(ex.skipRecord({ principal: "x", claims: { team: "ops" }, topic: "t" })).toMatchObject({ skipped: false, reason: "no skip-record policy selects the record (other-teams)" });
    expect(ex.skipRecord({ principal: "x", claims: { team: "ops" }, topic: "t", headers: { team: "billing" } })).toMatchObject({ skipped: true, policy: "other-teams" });
  });
});

describe("reading the stack", () => {
  test("a client's claims: from its own auth server, in a scope it may request or all its scopes; Terraform's escaping undone; templates left out", () => {
    const { stack, idp, vc } = gateway();
    const kafka = idp.addScope("kafka");
    const other = idp.addScope("other");
    const third = idp.addScope("third");
    idp.addClient("app", { scopes: [kafka] });
    idp.addClient("admin", { allowAllScopes: true });
    idp.addClaim("team", { value: "billing", scopes: [other, kafka] });
    idp.addClaim("tier", { value: "gold", scopes: [third] });
    idp.addClaim("note", { value: "100%{done}", includeInAllScopes: true });
    idp.addClaim("rid", { value: "${ uuidv4 }", includeInAllScopes: true });
    const elsewhere = new KongIdentity(stack, "elsewhere", { audience: "b" });
    elsewhere.addClaim("foreign", { value: "x", includeInAllScopes: true });
    vc.addAclPolicy("gold", { condition: Condition.claimEquals("tier", "gold"), rules: [{ resourceType: "topic", operations: ["read"], resourceNames: ["*"] }] });
    const json = synth(stack);
    const ex = new Explainer(json);
    expect(Object.fromEntries(ex.clients.map((c) => [c.name, c.claims]))).toStrictEqual({
      app: { team: "billing", note: "100%{done}" },
      admin: { team: "billing", tier: "gold", note: "100%{done}" },
    });
    expect(ex.decide({ client: "admin", operation: "read", topic: "t" }).decision).toBe("allow");
    expect(ex.decide({ client: "app", operation: "read", topic: "t" }).decision).toBe("deny");
  });

  test("an outputs file without the stack level ({ name: value }) gives the clients their IDs too", () => {
    const { stack, idp, vc } = gateway();
    const app = idp.addClient("app");
    new TerraformOutput(stack, "app_client_id", { value: app.clientId });
    vc.addAclPolicy("app", { condition: Condition.principalIs(app), rules: [{ resourceType: "topic", operations: ["read"], resourceNames: ["*"] }] });
    const ex = new Explainer(synth(stack), { outputs: { app_client_id: "a-1" } });
    expect(ex.clients.map((c) => [c.name, c.id, c.principal])).toEqual([["app", "a-1", "a-1"]]);
    expect(ex.decide({ client: "a-1", operation: "read", topic: "t" })).toMatchObject({ client: "app", decision: "allow", policy: "app" });
  });

  test("a stack with only a Kong Identity lookup (no resources): its clients, from the inputs named client_<key>_id only; no virtual cluster", () => {
    const stack = new TerraformStack(newApp(), "identity");
    const request: KongIdentityLookupRequest = { region: "us", authServer: { name: "Kafka Dev" }, clients: { producer: { name: "producer" } } };
    const cacheFile = writeLookupContext(path.join(scratchDir("explain-model"), "ctx.json"), request, lookupAnswer({ producer: { id: "p-1", name: "producer" } }));
    const lookup = new KongIdentityLookup(stack, "idp", { ...request, cacheFile });
    // another null_data_source of the stack, whose inputs only look a little like a client's
    new DataNullDataSource(stack, "other", { provider: lookup.dataSource.provider, inputs: { partner_client_x_id: "x-1", client_y_id_hash: "h" } });
    const json = synth(stack);
    expect(json.resource).toBeUndefined();
    const ex = new Explainer(json);
    expect(ex.clients.map((c) => [c.name, c.principal])).toEqual([["producer", "p-1"]]);
    expect(() => ex.decide({ client: "producer", operation: "read", topic: "t" })).toThrow(new ExplainError("the stack has no virtual cluster"));
  });

  test("a namespace's additional topics and groups (exact names or globs) are exposed under their own names; transactional IDs and the cluster are not namespaced", () => {
    const { stack, vc } = gateway({
      namespace: {
        prefix: "my-",
        additionalTopics: [NamespaceSelector.glob("legacy-*"), NamespaceSelector.exact(["audit"])],
        additionalConsumerGroups: [NamespaceSelector.glob("ops-*"), NamespaceSelector.exact(["auditors"])],
      },
    });
    vc.addAclPolicy("all", { rules: everything });
    const ex = new Explainer(synth(stack));
    const backend = (r: object) => ex.decide({ principal: "x", operation: "describe", ...r }).backendName;
    expect([backend({ topic: "legacy-orders" }), backend({ topic: "audit" }), backend({ topic: "orders" })]).toEqual(["legacy-orders", "audit", "my-orders"]);
    expect([backend({ group: "ops-1" }), backend({ group: "auditors" }), backend({ group: "g" })]).toEqual(["ops-1", "auditors", "my-g"]);
    expect([backend({ transactionalId: "tx-1" }), backend({ cluster: true })]).toEqual(["tx-1", "kafka-cluster"]);
  });

  test("rules: several globs in one rule, * across a line break, a [set] is a pattern and not a name; the rule's text lists its operations and names", () => {
    const { stack, vc } = gateway();
    vc.addAclPolicy("p", {
      rules: [
        { resourceType: "topic", operations: ["describe", "read"], resourceNames: ["a*", "b*", "c"] },
        { resourceType: "group", operations: ["read"], resourceNames: ["g[12]", "ops-*"] },
      ],
    });
    const ex = new Explainer(synth(stack));
    expect(ex.decide({ principal: "x", operation: "read", topic: "b1" })).toMatchObject({ decision: "allow", rule: 'rules[0]: allow topic describe, read on "a*", "b*", "c"' });
    expect(ex.decide({ principal: "x", operation: "read", topic: "c" }).decision).toBe("allow");
    expect(ex.decide({ principal: "x", operation: "read", topic: "d" }).decision).toBe("deny");
    expect(ex.decide({ principal: "x", operation: "read", group: "g2" })).toMatchObject({ decision: "allow", rule: 'rules[1]: allow group read on "g[12]", "ops-*"' });
    expect(ex.decide({ principal: "x", operation: "read", group: "g[12]" }).decision).toBe("deny");
    // a * matches any run of characters, a line break too (a group ID is any string)
    expect(ex.decide({ principal: "x", operation: "read", group: "ops-\nbatch" }).decision).toBe("allow");
  });
});

describe("requests the explainer cannot answer, and Kafka requests", () => {
  test("one resource exactly: none or two is an error", () => {
    const { stack, vc } = gateway();
    vc.addAclPolicy("all", { rules: everything });
    const ex = new Explainer(synth(stack));
    const message = "name exactly one resource: a topic, a group, a transactional ID or the cluster";
    expect(() => ex.decide({ principal: "x", operation: "read", topic: "t", group: "g" })).toThrow(new ExplainError(message));
    expect(() => ex.decide({ principal: "x", operation: "read" })).toThrow(new ExplainError(message));
  });

  test("a Kafka request: every check it needs, with the resources given; a missing one named by its flag", () => {
    const { stack, vc } = gateway();
    vc.addAclPolicy("all", { rules: everything.slice(0, 3) });
    const ex = new Explainer(synth(stack));
    const d = ex.decide({ principal: "x", request: "TxnOffsetCommit", transactionalId: "tx-1", group: "g", topic: "t" });
    expect(d).toMatchObject({ decision: "allow", reason: "TxnOffsetCommit needs transactional_id write and group read and topic read; each requirement is met" });
    expect(d.checks!.map((c) => `${c.resourceType}:${c.resourceName}:${c.operation}`)).toEqual(["transactional_id:tx-1:write", "group:g:read", "topic:t:read"]);
    expect(ex.decide({ principal: "x", request: "CreateTopics", cluster: true, topic: "new" }).reason).toBe("CreateTopics needs cluster create or topic create; each requirement is met");
    expect(() => ex.decide({ principal: "x", request: "EndTxn", topic: "t" })).toThrow(new ExplainError("EndTxn needs a --transactional-id"));
    expect(() => ex.decide({ principal: "x", request: "Produce", group: "g" })).toThrow(new ExplainError("Produce needs a --topic"));
    expect(() => ex.decide({ principal: "x", request: "JoinGroup", topic: "t" })).toThrow(new ExplainError("JoinGroup needs a --group"));
  });

  test("a literal that spells a field path is no read of it: the record walk evaluates the condition", () => {
    const { stack, vc } = gateway();
    vc.addSkipRecordPolicy("exports", { condition: Condition.recordHeaderEquals("origin", "record.key-export") });
    const json = synth(stack);
    const ex = new Explainer(json);
    const r = explainRecord(ex, readRecordPolicies(ex, json), { principal: "x", phase: "consume", topic: "t", headers: { origin: "record.key-export" } });
    expect(r.outcomes.map((o) => [o.outcome, o.policy])).toEqual([["skip", "exports"]]);
  });
});
