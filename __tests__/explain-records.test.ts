// The record explainer (constructs/explain/records.ts, `npm run explain -- --record produce|consume`) on stacks
// synthesized from the record-policy constructs: what readRecordPolicies reads from the stack, and what explainRecord
// answers for a record (accepted, delivered, rejected, skipped, unknown), with the steps and headers the command shows.
// The stacks are synthesized once per describe (the constructs are judged by their own tests); the explainer is built
// and asked inside each test, so mutation testing sees the record explainer run there.
import * as fs from "node:fs";
import * as path from "node:path";
import { DataNullDataSource } from "@cdktf/provider-null/lib/data-null-data-source";
import { ClientAuthentication, Condition, EventGateway, HeaderAction, SchemaValidation, VirtualCluster } from "../constructs";
import { ExplainError, Explainer } from "../constructs/explain";
import { explainRecord, readRecordPolicies, recordPhase, type RecordRequest } from "../constructs/explain/records";
import { scratchDir } from "./support/scratch";
import { newStack, synth } from "./support/synth";
import { main } from "../tools/explain";

/** A gateway `gw` with a schema registry and a virtual cluster `vc` (anonymous clients: tests name the principal). */
function gatewayStack() {
  const stack = newStack();
  const gw = new EventGateway(stack, "gw");
  const registry = gw.addSchemaRegistry("registry", { endpoint: "http://registry:8081", schemaType: "json" });
  const backend = gw.addBackendCluster("b", { bootstrapServers: ["k:9092"] });
  const vc = gw.addVirtualCluster("vc", { destination: backend, dnsLabel: "vc", authentication: [ClientAuthentication.anonymous()] });
  return { stack, gw, registry, backend, vc };
}

/** What `--record` answers for the synthesized stack: the explainer and the policies read as the command reads them. */
function explain(json: unknown, req: RecordRequest) {
  const ex = new Explainer(json);
  return explainRecord(ex, readRecordPolicies(ex, json), req);
}

/** One step of a record's walk, as --record shows it. */
const step = (policy: string, type: string, parent: string | null, applies: string, effect: string) => ({ policy, type, parent, applies, effect });
const VC_REF = "${konnect_event_gateway_virtual_cluster.gw_vc_8D6541D1.id}";
const id = (type: string, name: string) => expect.stringMatching(new RegExp(`^konnect_event_gateway_${type}\\.gw_vc_${name}_[0-9A-F]{8}$`));

describe("readRecordPolicies: the record policies as Kong gets them", () => {
  let json: any;
  beforeAll(() => {
    const { stack, registry, vc } = gatewayStack();
    vc.addSchemaValidationPolicy("strict", { phase: "produce", validation: SchemaValidation.json(), condition: Condition.topicIs("orders"), failureMode: "reject" });
    const check = vc.addSchemaValidationPolicy("check", { phase: "produce", validation: SchemaValidation.registry(registry), valueValidationAction: "mark" });
    check.addModifyHeadersPolicy("flag", { condition: Condition.recordInvalid(), actions: [HeaderAction.set("x-schema", "invalid"), HeaderAction.remove("x-trace")] });
    const validate = vc.addSchemaValidationPolicy("validate", { phase: "consume", validation: SchemaValidation.registry(registry), failureMode: "skip" });
    validate.addSkipRecordPolicy("skip-gold", { condition: Condition.recordFieldEquals("tier", "gold") });
    vc.addSchemaValidationPolicy("parse", { phase: "consume", validation: SchemaValidation.json(), failureMode: "error" });
    vc.addModifyHeadersPolicy("stamp", { phase: "consume", actions: [HeaderAction.set("x-via", "gateway")] });
    vc.addSkipRecordPolicy("hide-internal", { condition: Condition.recordHeaderEquals("internal", "true"), enabled: false });
    json = synth(stack);
  });

  test("top-level policies of both phases with their validation (failure_mode, else value_validation_action), actions and enabled flag; nested ones as children", () => {
    const ex = new Explainer(json);
    const policies = readRecordPolicies(ex, json);
    const noValidation = { validation: undefined };
    expect(policies).toMatchObject([
      {
        type: "schema_validation",
        phase: "produce",
        name: "check",
        logicalId: id("produce_policy_schema_validation", "check"),
        enabled: true,
        condition: undefined,
        validation: { type: "confluent_schema_registry", onInvalid: "mark", from: "value_validation_action" },
        actions: [],
        children: [
          {
            type: "modify_headers",
            phase: "produce",
            name: "flag",
            logicalId: id("produce_policy_modify_headers", "flag"),
            virtualClusterRef: VC_REF,
            enabled: true,
            // compiled where Kong runs it: under schema validation, where record.value exists
            condition: { source: "!record.value.validated", program: expect.any(Function) },
            parent: "check",
            children: [],
            ...noValidation,
            actions: [
              { op: "set", key: "x-schema", value: "invalid" },
              { op: "remove", key: "x-trace" },
            ],
          },
        ],
      },
      {
        type: "schema_validation",
        phase: "produce",
        name: "strict",
        logicalId: id("produce_policy_schema_validation", "strict"),
        virtualClusterRef: VC_REF,
        enabled: true,
        condition: { source: "context.topic.name == 'orders'" },
        children: [],
        validation: { type: "json", onInvalid: "reject", from: "failure_mode" },
        actions: [],
      },
      { type: "schema_validation", phase: "consume", name: "parse", validation: { type: "json", onInvalid: "error", from: "failure_mode" }, children: [] },
      {
        type: "schema_validation",
        phase: "consume",
        name: "validate",
        validation: { type: "confluent_schema_registry", onInvalid: "skip", from: "failure_mode" },
        actions: [],
        children: [{ type: "skip_record", phase: "consume", name: "skip-gold", parent: "validate", enabled: true, condition: { source: "record.value.content['tier'] == 'gold'", program: expect.any(Function) }, ...noValidation, actions: [] }],
      },
      { type: "modify_headers", phase: "consume", name: "stamp", ...noValidation, actions: [{ op: "set", key: "x-via", value: "gateway" }] },
      { type: "skip_record", phase: "consume", name: "hide-internal", enabled: false, ...noValidation, actions: [], children: [] },
    ]);
    expect(policies.map((p) => p.validation)).toEqual([
      { type: "confluent_schema_registry", onInvalid: "mark", from: "value_validation_action" },
      { type: "json", onInvalid: "reject", from: "failure_mode" },
      { type: "json", onInvalid: "error", from: "failure_mode" },
      { type: "confluent_schema_registry", onInvalid: "skip", from: "failure_mode" },
      undefined,
      undefined,
    ]);
    // top-level policies have no parent
    expect(policies.filter((p) => "parent" in p)).toEqual([]);
  });

  test("a stack without resources (only data sources) has no record policies; --record then says it has no virtual cluster", () => {
    const stack = newStack();
    new DataNullDataSource(stack, "lookup", { inputs: { client_reader_id: "c-1" } });
    const only = synth(stack);
    const ex = new Explainer(only);
    expect(readRecordPolicies(ex, only)).toEqual([]);
    expect(() => explain(only, { principal: "p", phase: "produce", topic: "t" })).toThrow(new ExplainError("the stack has no virtual cluster"));
  });
});

describe("explainRecord: a consumed record through schema validation, what nests in it, and the top-level policies", () => {
  let json: any;
  beforeAll(() => {
    const { stack, registry, vc } = gatewayStack();
    // as in examples/schema-stack.ts: invalid orders marked; analytics never gets them, others get them flagged
    const validate = vc.addSchemaValidationPolicy("validate-orders", {
      phase: "consume",
      validation: SchemaValidation.registry(registry),
      condition: Condition.topicIs("orders"),
      failureMode: "mark",
    });
    validate.addSkipRecordPolicy("skip-invalid-for-analytics", { condition: Condition.and(Condition.recordInvalid(), Condition.principalIs("analytics")) });
    validate.addModifyHeadersPolicy("flag-invalid", { condition: Condition.recordInvalid(), actions: [HeaderAction.set("x-schema", "invalid")] });
    vc.addModifyHeadersPolicy("strip-debug", { phase: "consume", actions: [HeaderAction.remove("x-debug")] });
    vc.addSkipRecordPolicy("hide-internal", { condition: Condition.recordHeaderEquals("internal", "true") });
    json = synth(stack);
  });

  const MARKED = "the value is invalid (confluent_schema_registry): mark (header kong/policy-failure-<id of validate-orders>); nested policies see record.value.validated false";

  test("analytics: a valid order delivered; an invalid one marked, flagged, then skipped by the nested skip-record policy", () => {
    const r = explain(json, { principal: "analytics", phase: "consume", topic: "orders", headers: { internal: "false", "x-debug": "1" } });
    expect(r).toEqual({
      orderMatters: [],
      phase: "consume",
      client: null,
      principal: "analytics",
      topic: "orders",
      outcomes: [
        {
          assuming: "valid value",
          outcome: "deliver",
          policy: null,
          reason: "no policy refuses or skips the record (applied: validate-orders, strip-debug)",
          headers: { internal: "false" },
          steps: [
            step("validate-orders", "schema_validation", null, "yes", "the value is valid"),
            step("flag-invalid", "modify_headers", "validate-orders", "no", "its condition does not hold"),
            step("skip-invalid-for-analytics", "skip_record", "validate-orders", "no", "its condition does not hold"),
            step("strip-debug", "modify_headers", null, "yes", "remove x-debug"),
            step("hide-internal", "skip_record", null, "no", "its condition does not hold"),
          ],
        },
        {
          assuming: "invalid value",
          outcome: "skip",
          policy: "skip-invalid-for-analytics",
          reason: "skip-record policy skip-invalid-for-analytics (nested in validate-orders) selects the record",
          // the walk stops at the skip: strip-debug never runs
          headers: { internal: "false", "x-debug": "1", "kong/policy-failure-<id of validate-orders>": "<failure reason>", "x-schema": "invalid" },
          steps: [
            step("validate-orders", "schema_validation", null, "yes", MARKED),
            step("flag-invalid", "modify_headers", "validate-orders", "yes", "set x-schema=invalid"),
            step("skip-invalid-for-analytics", "skip_record", "validate-orders", "yes", "skips the record"),
          ],
        },
      ],
    });
  });

  test("audit: an invalid order delivered, marked with kong/policy-failure-<id> and flagged by the nested modify-headers policy", () => {
    const [valid, invalid] = explain(json, { principal: "audit", phase: "consume", topic: "orders", headers: { internal: "false" } }).outcomes;
    expect(valid).toMatchObject({ assuming: "valid value", outcome: "deliver", headers: { internal: "false" } });
    expect(invalid).toEqual({
      assuming: "invalid value",
      outcome: "deliver",
      policy: null,
      reason: "no policy refuses or skips the record (applied: validate-orders, flag-invalid, strip-debug)",
      headers: { internal: "false", "kong/policy-failure-<id of validate-orders>": "<failure reason>", "x-schema": "invalid" },
      steps: [
        step("validate-orders", "schema_validation", null, "yes", MARKED),
        step("flag-invalid", "modify_headers", "validate-orders", "yes", "set x-schema=invalid"),
        step("skip-invalid-for-analytics", "skip_record", "validate-orders", "no", "its condition does not hold"),
        step("strip-debug", "modify_headers", null, "yes", "remove x-debug"),
        step("hide-internal", "skip_record", null, "no", "its condition does not hold"),
      ],
    });
  });

  test("another topic: validation does not apply and runs no children; a header the condition reads that the record lacks fails to evaluate", () => {
    const walked = [
      step("validate-orders", "schema_validation", null, "no", "its condition does not hold"),
      step("strip-debug", "modify_headers", null, "yes", "remove x-debug"),
      step("hide-internal", "skip_record", null, "no", "its condition does not hold (it failed to evaluate: No such key: internal)"),
    ];
    expect(explain(json, { principal: "audit", phase: "consume", topic: "payments" }).outcomes).toEqual(
      ["valid value", "invalid value"].map((assuming) => ({
        assuming,
        outcome: "deliver",
        policy: null,
        reason: "no policy refuses or skips the record (applied: strip-debug)",
        headers: {},
        steps: walked,
      })),
    );
  });

  test("a record with the header the top-level skip-record policy selects is skipped, whatever its value", () => {
    const r = explain(json, { principal: "audit", phase: "consume", topic: "payments", headers: { internal: "true" } });
    expect(r.outcomes.map((o) => [o.assuming, o.outcome, o.policy, o.reason, o.steps.at(-1)])).toEqual(
      ["valid value", "invalid value"].map((assuming) => [
        assuming,
        "skip",
        "hide-internal",
        "skip-record policy hide-internal selects the record",
        step("hide-internal", "skip_record", null, "yes", "skips the record"),
      ]),
    );
  });

  test("produce: no record policy in that phase, so one outcome as given: accepted, the headers as sent", () => {
    expect(explain(json, { principal: "analytics", phase: "produce", topic: "orders", headers: { a: "1" } }).outcomes).toEqual([
      { assuming: "as given", outcome: "accept", policy: null, reason: "no policy applies to the record", headers: { a: "1" }, steps: [] },
    ]);
  });
});

describe("explainRecord: what an invalid value gets (failure_mode, else the deprecated value_validation_action)", () => {
  let json: any;
  beforeAll(() => {
    const { stack, registry, vc } = gatewayStack();
    // one policy per topic, named after it
    const add = (name: string, phase: "produce" | "consume", options: object) =>
      vc.addSchemaValidationPolicy(name, { phase, validation: name.includes("registry") ? SchemaValidation.registry(registry) : SchemaValidation.json(), condition: Condition.topicIs(name), ...options });
    add("consume-skip", "consume", { failureMode: "skip" });
    add("consume-error", "consume", { failureMode: "error" });
    add("consume-passthrough", "consume", { failureMode: "passthrough" });
    add("consume-mark", "consume", { failureMode: "mark" });
    add("consume-none", "consume", {});
    add("consume-legacy-skip", "consume", { valueValidationAction: "skip" });
    add("consume-legacy-mark", "consume", { valueValidationAction: "mark" });
    add("produce-reject", "produce", { failureMode: "reject" });
    add("produce-registry-reject", "produce", { failureMode: "reject" });
    add("produce-passthrough", "produce", { failureMode: "passthrough" });
    add("produce-none", "produce", {});
    add("produce-legacy-mark", "produce", { valueValidationAction: "mark" });
    add("produce-both", "produce", { failureMode: "reject", valueValidationAction: "mark" });
    add("produce-mark-over-legacy", "produce", { failureMode: "mark", valueValidationAction: "reject" });
    json = synth(stack);
  });

  const NESTED = "nested policies see record.value.validated false";
  const DELIVERED = (name: string) => `no policy refuses or skips the record (applied: ${name})`;
  test.each([
    ["consume", "consume-skip", "skip", "schema validation consume-skip: the value is invalid (json), failure action skip", "the value is invalid (json): skip", {}],
    ["consume", "consume-error", "error", "schema validation consume-error: the value is invalid (json), failure action error", "the value is invalid (json): error", {}],
    ["consume", "consume-passthrough", "deliver", DELIVERED("consume-passthrough"), `the value is invalid (json): passthrough; ${NESTED}`, {}],
    ["consume", "consume-mark", "deliver", DELIVERED("consume-mark"), `the value is invalid (json): mark (header kong/policy-failure-<id of consume-mark>); ${NESTED}`, { "kong/policy-failure-<id of consume-mark>": "<failure reason>" }],
    [
      "consume",
      "consume-none",
      "unknown",
      "the value is invalid (json) and consume-none sets no failure_mode: Kong documents no default (stance: unknown)",
      "the value is invalid (json); Kong documents no default without failure_mode",
      {},
    ],
    ["consume", "consume-legacy-skip", "skip", "schema validation consume-legacy-skip: the value is invalid (json), failure action skip", "the value is invalid (json): skip", {}],
    // the deprecated field alone marks with Kong's older header, whose value is the client's ID
    ["consume", "consume-legacy-mark", "deliver", DELIVERED("consume-legacy-mark"), `the value is invalid (json): mark (header kong/sverr-value); ${NESTED}`, { "kong/sverr-value": "p" }],
    ["produce", "produce-reject", "reject", "schema validation produce-reject: the value is invalid (json), failure action reject", "the value is invalid (json): reject", {}],
    [
      "produce",
      "produce-registry-reject",
      "reject",
      "schema validation produce-registry-reject: the value is invalid (confluent_schema_registry), failure action reject",
      "the value is invalid (confluent_schema_registry): reject",
      {},
    ],
    ["produce", "produce-passthrough", "accept", DELIVERED("produce-passthrough"), `the value is invalid (json): passthrough; ${NESTED}`, {}],
    [
      "produce",
      "produce-none",
      "unknown",
      "the value is invalid (json) and produce-none sets no failure_mode: Kong documents no default (stance: unknown)",
      "the value is invalid (json); Kong documents no default without failure_mode",
      {},
    ],
    ["produce", "produce-legacy-mark", "accept", DELIVERED("produce-legacy-mark"), `the value is invalid (json): mark (header kong/sverr-value); ${NESTED}`, { "kong/sverr-value": "p" }],
    // failure_mode decides; value_validation_action only without it
    ["produce", "produce-both", "reject", "schema validation produce-both: the value is invalid (json), failure action reject", "the value is invalid (json): reject", {}],
    [
      "produce",
      "produce-mark-over-legacy",
      "accept",
      DELIVERED("produce-mark-over-legacy"),
      `the value is invalid (json): mark (header kong/policy-failure-<id of produce-mark-over-legacy>); ${NESTED}`,
      { "kong/policy-failure-<id of produce-mark-over-legacy>": "<failure reason>" },
    ],
  ] as const)("%s, policy %s: an invalid value gets %s", (phase, topic, outcome, reason, effect, headers) => {
    const r = explain(json, { principal: "p", phase, topic, validated: false });
    expect(r.outcomes).toHaveLength(1);
    const [o] = r.outcomes;
    expect(o).toMatchObject({ assuming: "invalid value (given)", outcome, policy: outcome === "deliver" || outcome === "accept" ? null : topic, reason });
    expect(o.headers).toEqual(headers);
    expect(o.steps.find((s) => s.policy === topic)).toEqual({ policy: topic, type: "schema_validation", parent: null, applies: "yes", effect });
    // the phase's other policies before it (and after it, when the record goes on) are for other topics
    const others = o.steps.filter((s) => s.policy !== topic);
    expect(others).toEqual(others.map((s) => ({ ...s, applies: "no", effect: "its condition does not hold" })));
    if (o.policy === null) expect(o.steps).toHaveLength(7);
  });

  test("a value given as valid goes through: one outcome, assumed as given", () => {
    for (const [phase, topic, pass] of [
      ["consume", "consume-skip", "deliver"],
      ["produce", "produce-reject", "accept"],
    ] as const) {
      const r = explain(json, { principal: "p", phase, topic, validated: true });
      expect(r.outcomes.map((o) => [o.assuming, o.outcome, o.policy, o.reason, o.headers])).toEqual([["valid value (given)", pass, null, DELIVERED(topic), {}]]);
      expect(r.outcomes[0].steps.find((s) => s.policy === topic)).toEqual({ policy: topic, type: "schema_validation", parent: null, applies: "yes", effect: "the value is valid" });
    }
  });
});

describe("explainRecord: the record's value, given or not", () => {
  let json: any;
  beforeAll(() => {
    const { stack, registry, vc } = gatewayStack();
    const parse = vc.addSchemaValidationPolicy("parse", { phase: "consume", validation: SchemaValidation.json(), condition: Condition.topicIs("json"), failureMode: "passthrough" });
    parse.addSkipRecordPolicy("gold-only", { condition: Condition.not(Condition.recordFieldEquals("tier", "gold")) });
    parse.addModifyHeadersPolicy("tag-valid", { condition: Condition.recordValid(), actions: [HeaderAction.set("x-valid", "yes")] });
    const check = vc.addSchemaValidationPolicy("check", { phase: "consume", validation: SchemaValidation.registry(registry), condition: Condition.topicIs("registry"), failureMode: "passthrough" });
    check.addModifyHeadersPolicy("by-content", { condition: Condition.raw("record.value.content.tier == 'gold'"), actions: [HeaderAction.set("x-gold", "yes")] });
    check.addModifyHeadersPolicy("by-schema", { condition: Condition.raw("record.value.schema.name == 'order'"), actions: [HeaderAction.set("x-order", "yes")] });
    check.addModifyHeadersPolicy("by-key", { condition: Condition.raw("record.key.schema.name == 'id'"), actions: [HeaderAction.set("x-id", "yes")] });
    json = synth(stack);
  });

  const UNKNOWN = "its condition reads the record's content, not known offline (give the value)";
  const consume = (topic: string, value?: string) => explain(json, { principal: "p", phase: "consume", topic, value });

  test("without the value, a nested skip-record policy that reads the content makes the outcome unknown; one reading record.value.validated is decided", () => {
    const [valid, invalid] = consume("json").outcomes;
    const reason = "skip-record policy gold-only may skip the record: its condition reads the record's content";
    expect(valid).toEqual({
      assuming: "valid value",
      outcome: "unknown",
      policy: "gold-only",
      reason,
      headers: { "x-valid": "yes" },
      steps: [
        step("check", "schema_validation", null, "no", "its condition does not hold"),
        step("parse", "schema_validation", null, "yes", "the value is valid"),
        step("tag-valid", "modify_headers", "parse", "yes", "set x-valid=yes"),
        step("gold-only", "skip_record", "parse", "unknown", UNKNOWN),
      ],
    });
    expect(invalid).toMatchObject({ assuming: "invalid value", outcome: "unknown", policy: "gold-only", reason, headers: {} });
    expect(invalid.steps.slice(1).map((s) => [s.policy, s.applies])).toEqual([
      ["parse", "yes"],
      ["tag-valid", "no"],
      ["gold-only", "unknown"],
    ]);
  });

  test("with the value, JSON validation decides by parsing it (in both scenarios), and nested conditions read its content", () => {
    for (const value of ['{"tier":"gold"}', '{"tier":"silver"}']) {
      const skipped = value.includes("silver");
      const outcomes = consume("json", value).outcomes;
      expect(outcomes.map((o) => o.assuming)).toEqual(["valid value", "invalid value"]);
      for (const o of outcomes) {
        expect(o.steps.slice(1)).toEqual([
          step("parse", "schema_validation", null, "yes", "the value is valid"),
          step("tag-valid", "modify_headers", "parse", "yes", "set x-valid=yes"),
          step("gold-only", "skip_record", "parse", skipped ? "yes" : "no", skipped ? "skips the record" : "its condition does not hold"),
        ]);
        expect([o.outcome, o.policy, o.headers]).toEqual(skipped ? ["skip", "gold-only", { "x-valid": "yes" }] : ["deliver", null, { "x-valid": "yes" }]);
      }
    }
  });

  test("a value that is not JSON is invalid for JSON validation in both scenarios; a condition on its content fails to evaluate", () => {
    for (const o of consume("json", "not json").outcomes) {
      expect(o).toMatchObject({ outcome: "deliver", policy: null, reason: "no policy refuses or skips the record (applied: parse)", headers: {} });
      expect(o.steps.slice(1)).toEqual([
        step("parse", "schema_validation", null, "yes", "the value is invalid (json): passthrough; nested policies see record.value.validated false"),
        step("tag-valid", "modify_headers", "parse", "no", "its condition does not hold"),
        step("gold-only", "skip_record", "parse", "no", "its condition does not hold (it failed to evaluate: No such key: content)"),
      ]);
    }
  });

  test("record.value.content, record.value.schema and record.key are each the record's content: unknown without the value; a modify-headers policy that may apply does not make the outcome unknown", () => {
    const [valid, invalid] = consume("registry").outcomes;
    for (const [o, effect] of [
      [valid, "the value is valid"],
      [invalid, "the value is invalid (confluent_schema_registry): passthrough; nested policies see record.value.validated false"],
    ] as const) {
      expect(o).toMatchObject({ outcome: "deliver", policy: null, reason: "no policy refuses or skips the record (applied: check)", headers: {} });
      expect(o.steps).toEqual([
        step("check", "schema_validation", null, "yes", effect),
        step("by-content", "modify_headers", "check", "unknown", UNKNOWN),
        step("by-key", "modify_headers", "check", "unknown", UNKNOWN),
        step("by-schema", "modify_headers", "check", "unknown", UNKNOWN),
        step("parse", "schema_validation", null, "no", "its condition does not hold"),
      ]);
    }
  });

  test("with the value, registry validation still shows both scenarios (not knowable offline); the conditions are evaluated on the value given", () => {
    const outcomes = consume("registry", '{"tier":"gold"}').outcomes;
    expect(outcomes.map((o) => [o.assuming, o.outcome, o.reason, o.headers, o.steps[0].effect])).toEqual([
      ["valid value", "deliver", "no policy refuses or skips the record (applied: check, by-content)", { "x-gold": "yes" }, "the value is valid"],
      [
        "invalid value",
        "deliver",
        "no policy refuses or skips the record (applied: check, by-content)",
        { "x-gold": "yes" },
        "the value is invalid (confluent_schema_registry): passthrough; nested policies see record.value.validated false",
      ],
    ]);
    expect(outcomes[0].steps.slice(1, 4)).toEqual([
      step("by-content", "modify_headers", "check", "yes", "set x-gold=yes"),
      // the value given is the record's value, not its key or schema
      step("by-key", "modify_headers", "check", "no", "its condition does not hold (it failed to evaluate: No such key: key)"),
      step("by-schema", "modify_headers", "check", "no", "its condition does not hold (it failed to evaluate: No such key: schema)"),
    ]);
  });
});

describe("explainRecord: which policies a record meets, and their conditions", () => {
  let json: any;
  beforeAll(() => {
    const { stack, gw, backend, vc } = gatewayStack();
    vc.addModifyHeadersPolicy("tag", { phase: "consume", condition: Condition.topicIs("gold-orders"), actions: [HeaderAction.set("x-tier", "gold")] });
    vc.addSkipRecordPolicy("off", { condition: Condition.topicIs("gold-orders"), enabled: false });
    vc.addSkipRecordPolicy("skip-gold", { condition: Condition.recordHeaderEquals("x-tier", "gold") });
    vc.addModifyHeadersPolicy("stamp", { phase: "produce", actions: [HeaderAction.set("x-produced", "yes")] });
    // A condition Kong would refuse at the top level (record.value exists only under schema validation), written past the construct's check.
    vc.addModifyHeadersPolicy("flag", { phase: "produce", actions: [HeaderAction.set("x-flag", "yes")] }).resource.addOverride("condition", "!record.value.validated");
    const other = gw.addVirtualCluster("other", { destination: backend, dnsLabel: "other", authentication: [ClientAuthentication.anonymous()] });
    other.addModifyHeadersPolicy("other-tag", { phase: "consume", actions: [HeaderAction.set("x-other", "yes")] });
    other.addSkipRecordPolicy("other-skip", { condition: Condition.topicIs("gold-orders") });
    json = synth(stack);
  });

  test("only the virtual cluster's policies of the phase, in order; a later policy sees the headers an earlier one set; a disabled one is shown and skipped", () => {
    expect(explain(json, { principal: "p", virtualCluster: "vc", phase: "consume", topic: "gold-orders" }).outcomes).toEqual([
      {
        assuming: "as given",
        outcome: "skip",
        policy: "skip-gold",
        reason: "skip-record policy skip-gold selects the record",
        headers: { "x-tier": "gold" },
        steps: [step("tag", "modify_headers", null, "yes", "set x-tier=gold"), step("off", "skip_record", null, "disabled", "disabled"), step("skip-gold", "skip_record", null, "yes", "skips the record")],
      },
    ]);
    // skip-gold reads the header tag sets: run the other way round, the record is delivered (the disabled one is no pair)
    expect(explain(json, { principal: "p", virtualCluster: "vc", phase: "consume", topic: "gold-orders" }).orderMatters).toEqual([
      { first: "tag", second: "skip-gold", parent: null, assuming: "as given", outcome: "deliver", headers: { "x-tier": "gold" } },
    ]);
    // other-skip reads no header: skipped either way
    expect(explain(json, { principal: "p", virtualCluster: "other", phase: "consume", topic: "gold-orders" }).orderMatters).toEqual([]);
    expect(explain(json, { principal: "p", virtualCluster: "other", phase: "consume", topic: "gold-orders" }).outcomes.map((o) => [o.outcome, o.policy, o.steps.map((s) => s.policy)])).toEqual([
      ["skip", "other-skip", ["other-tag", "other-skip"]],
    ]);
  });

  test("a record no policy refuses is delivered, naming the policies that applied; the headers it was sent with are kept", () => {
    expect(explain(json, { principal: "p", virtualCluster: "vc", phase: "consume", topic: "orders", headers: { "x-tier": "silver" } }).outcomes).toEqual([
      {
        assuming: "as given",
        outcome: "deliver",
        policy: null,
        reason: "no policy applies to the record",
        headers: { "x-tier": "silver" },
        steps: [step("tag", "modify_headers", null, "no", "its condition does not hold"), step("off", "skip_record", null, "disabled", "disabled"), step("skip-gold", "skip_record", null, "no", "its condition does not hold")],
      },
    ]);
    // tag does not apply to this topic, so the order of tag and skip-gold changes nothing here
    expect(explain(json, { principal: "p", virtualCluster: "vc", phase: "consume", topic: "orders", headers: { "x-tier": "silver" } }).orderMatters).toEqual([]);
  });

  test("a condition that does not type-check where the policy runs never holds, and says why", () => {
    const [o] = explain(json, { principal: "p", virtualCluster: "vc", phase: "produce", topic: "orders" }).outcomes;
    expect(o).toMatchObject({ assuming: "as given", outcome: "accept", policy: null, reason: "no policy refuses or skips the record (applied: stamp)", headers: { "x-produced": "yes" } });
    expect(o.steps).toEqual([
      step("flag", "modify_headers", null, "no", "its condition does not hold (its condition is invalid: record.value.validated at column 2 exists only in policies that run under schema validation)"),
      step("stamp", "modify_headers", null, "yes", "set x-produced=yes"),
    ]);
  });
});

describe("explainRecord: where the answer depends on the order Konnect keeps", () => {
  // Konnect appends a new policy and /move reorders policies; Terraform creates independent ones in parallel. The
  // answer takes the stack's order and names each pair whose exchange changes it, with what it would be.
  test("two policies setting one header: the record's headers depend on their order; a disabled one is no pair", () => {
    const { stack, vc } = gatewayStack();
    vc.addModifyHeadersPolicy("a-gold", { phase: "produce", actions: [HeaderAction.set("x-tier", "gold")] });
    vc.addModifyHeadersPolicy("b-silver", { phase: "produce", actions: [HeaderAction.set("x-tier", "silver"), HeaderAction.set("x-b", "1")] });
    vc.addModifyHeadersPolicy("c-off", { phase: "produce", enabled: false, actions: [HeaderAction.set("x-tier", "bronze")] });
    vc.addModifyHeadersPolicy("d-other", { phase: "produce", actions: [HeaderAction.set("x-d", "1")] });
    const r = explain(synth(stack), { principal: "p", phase: "produce", topic: "orders" });
    expect(r.outcomes.map((o) => [o.outcome, o.headers, o.steps.map((s) => s.policy)])).toEqual([["accept", { "x-tier": "silver", "x-b": "1", "x-d": "1" }, ["a-gold", "b-silver", "c-off", "d-other"]]]);
    expect(r.orderMatters).toEqual([{ first: "a-gold", second: "b-silver", parent: null, assuming: "as given", outcome: "accept", headers: { "x-tier": "gold", "x-b": "1", "x-d": "1" } }]);
  });

  test("a delivered record: a header one policy sets and another removes is there in one order only", () => {
    const { stack, vc } = gatewayStack();
    vc.addModifyHeadersPolicy("a-set", { phase: "consume", actions: [HeaderAction.set("x-h", "1")] });
    vc.addModifyHeadersPolicy("b-remove", { phase: "consume", actions: [HeaderAction.remove("x-h")] });
    const r = explain(synth(stack), { principal: "p", phase: "consume", topic: "orders" });
    expect(r.outcomes.map((o) => [o.outcome, o.headers])).toEqual([["deliver", {}]]);
    expect(r.orderMatters).toEqual([{ first: "a-set", second: "b-remove", parent: null, assuming: "as given", outcome: "deliver", headers: { "x-h": "1" } }]);
    // and the mirror: there in the stack's order, gone the other way round
    const mirror = gatewayStack();
    mirror.vc.addModifyHeadersPolicy("a-remove", { phase: "consume", actions: [HeaderAction.remove("x-h")] });
    mirror.vc.addModifyHeadersPolicy("b-set", { phase: "consume", actions: [HeaderAction.set("x-h", "1")] });
    const m = explain(synth(mirror.stack), { principal: "p", phase: "consume", topic: "orders" });
    expect(m.outcomes.map((o) => [o.outcome, o.headers])).toEqual([["deliver", { "x-h": "1" }]]);
    expect(m.orderMatters).toEqual([{ first: "a-remove", second: "b-set", parent: null, assuming: "as given", outcome: "deliver", headers: {} }]);
  });

  test("the children of one schema validation policy: a nested skip that reads a header a nested modify sets, for the invalid value only", () => {
    const { stack, vc } = gatewayStack();
    const parent = vc.addSchemaValidationPolicy("parse", { phase: "consume", validation: SchemaValidation.json(), failureMode: "mark" });
    parent.addModifyHeadersPolicy("flag", { condition: Condition.recordInvalid(), actions: [HeaderAction.set("x-schema", "invalid")] });
    parent.addSkipRecordPolicy("skip-flagged", { condition: Condition.recordHeaderEquals("x-schema", "invalid") });
    const r = explain(synth(stack), { principal: "p", phase: "consume", topic: "orders" });
    expect(r.outcomes.map((o) => [o.assuming, o.outcome])).toEqual([
      ["valid value", "deliver"],
      ["invalid value", "skip"],
    ]);
    expect(r.orderMatters).toEqual([
      {
        first: "flag",
        second: "skip-flagged",
        parent: "parse",
        assuming: "invalid value",
        outcome: "deliver",
        headers: { "kong/policy-failure-<id of parse>": "<failure reason>", "x-schema": "invalid" },
      },
    ]);
  });

  test("policies before or between two that interact keep their place: only the pair that writes and reads one header is named", () => {
    const { stack, vc } = gatewayStack();
    vc.addModifyHeadersPolicy("a-stamp", { phase: "consume", actions: [HeaderAction.set("x-a", "1")] });
    vc.addModifyHeadersPolicy("b-tag", { phase: "consume", actions: [HeaderAction.set("x-tier", "gold")] });
    vc.addModifyHeadersPolicy("c-stamp", { phase: "consume", actions: [HeaderAction.set("x-c", "1")] });
    vc.addSkipRecordPolicy("skip-gold", { condition: Condition.recordHeaderEquals("x-tier", "gold") });
    const r = explain(synth(stack), { principal: "p", phase: "consume", topic: "orders" });
    expect(r.outcomes.map((o) => [o.outcome, o.steps.map((s) => s.policy)])).toEqual([["skip", ["a-stamp", "b-tag", "c-stamp", "skip-gold"]]]);
    // a-stamp and skip-gold: skip-gold moved first would also run before b-tag, but a-stamp moved last changes nothing
    expect(r.orderMatters).toEqual([
      { first: "b-tag", second: "skip-gold", parent: null, assuming: "as given", outcome: "deliver", headers: { "x-a": "1", "x-tier": "gold", "x-c": "1" } },
    ]);
  });

  test("a chain of policies, each reading the header the one before sets: every pair is named; the time is printed", () => {
    const { stack, vc } = gatewayStack();
    const n = 30;
    const h = (i: number) => `h${String(i).padStart(2, "0")}`;
    // names in the stack's order (logical IDs sort as text): p00 sets h01 when h00 is x, p01 sets h02 when h01 is x, ...
    for (let i = 0; i < n; i++) vc.addModifyHeadersPolicy(`p${String(i).padStart(2, "0")}`, { phase: "consume", condition: Condition.recordHeaderEquals(h(i), "x"), actions: [HeaderAction.set(h(i + 1), "x")] });
    const json = synth(stack);
    const t0 = process.hrtime.bigint();
    const r = explain(json, { principal: "p", phase: "consume", topic: "t", headers: { [h(0)]: "x" } });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    expect(r.outcomes[0].headers[h(n)]).toBe("x");
    expect(r.orderMatters).toHaveLength((n * (n - 1)) / 2);
    console.log(`--record with ${n} chained consume policies (${r.orderMatters.length} pairs named): ${ms.toFixed(0)} ms`);
  });

  test("a refused or skipped record's headers do not count: two policies skipping alike are no pair", () => {
    const { stack, vc } = gatewayStack();
    vc.addModifyHeadersPolicy("tag", { phase: "consume", actions: [HeaderAction.set("x-seen", "yes")] });
    vc.addSkipRecordPolicy("skip-for-p", { condition: Condition.principalIs("p") });
    vc.addSkipRecordPolicy("skip-orders", { condition: Condition.topicIs("orders") });
    const r = explain(synth(stack), { principal: "p", phase: "consume", topic: "orders" });
    expect(r.outcomes.map((o) => [o.outcome, o.policy])).toEqual([["skip", "skip-for-p"]]);
    expect(r.orderMatters).toEqual([]);
  });

  test("the command prints each pair after the outcomes, as the README shows", () => {
    const { stack, vc } = gatewayStack();
    vc.addModifyHeadersPolicy("tag", { phase: "consume", actions: [HeaderAction.set("x-tier", "gold")] });
    vc.addSkipRecordPolicy("skip-gold", { condition: Condition.recordHeaderEquals("x-tier", "gold") });
    const file = path.join(scratchDir("explain-records"), "cdk.tf.json");
    fs.writeFileSync(file, JSON.stringify(synth(stack)));
    let out = "";
    const code = main(["--stack", file, "--principal", "p", "--record", "consume", "--topic", "orders"], { out: (t) => (out += t), err: (t) => (out += t) }, path.join(__dirname, ".."), {});
    expect(out).toBe(
      [
        'CONSUME  p topic "orders"',
        "  SKIP  (as given) skip-record policy skip-gold selects the record",
        "    modify_headers tag: set x-tier=gold",
        "    skip_record skip-gold: skips the record",
        "    headers: x-tier=gold",
        "  ORDER  tag runs before skip-gold in the stack; Konnect keeps its own order (it appends new policies, /move reorders them), and the other way round: DELIVER (as given), headers: x-tier=gold",
        "",
      ].join("\n"),
    );
    expect(code).toBe(0);
    // the README shows this answer
    expect(fs.readFileSync(path.join(__dirname, "..", "README.md"), "utf8")).toContain("$ npm run explain -- --stack <its cdk.tf.json> --principal p --record consume --topic orders\n" + out);
  });
});

describe("record policies on a virtual cluster made elsewhere (fromVirtualClusterAttributes)", () => {
  test("a stack with only record policies on it answers --record; the virtual cluster is known by its ID", () => {
    const stack = newStack();
    const vc = VirtualCluster.fromVirtualClusterAttributes(stack, "shared", { gatewayId: "gw-1", virtualClusterId: "vc-1" });
    vc.addSchemaValidationPolicy("json-only", { phase: "produce", validation: SchemaValidation.json(), failureMode: "reject" });
    vc.addModifyHeadersPolicy("stamp", { phase: "consume", actions: [HeaderAction.set("x-via", "gateway")] });
    const json = synth(stack);
    expect(new Explainer(json).virtualClusters.map((v) => [v.name, v.external])).toEqual([["vc-1", true]]);
    // JSON validation parses the value given, so both scenarios reject it
    expect(explain(json, { principal: "p", phase: "produce", topic: "orders", value: "not json" }).outcomes.map((o) => [o.assuming, o.outcome, o.policy])).toEqual([
      ["valid value", "reject", "json-only"],
      ["invalid value", "reject", "json-only"],
    ]);
    expect(explain(json, { principal: "p", virtualCluster: "vc-1", phase: "consume", topic: "orders" }).outcomes).toMatchObject([
      { outcome: "deliver", headers: { "x-via": "gateway" } },
    ]);
  });
});

describe("recordPhase: what --record takes", () => {
  test("produce or consume; anything else is refused in one line", () => {
    expect(recordPhase("produce")).toBe("produce");
    expect(recordPhase("consume")).toBe("consume");
    expect(() => recordPhase("cluster")).toThrow(new ExplainError('--record takes produce or consume, not "cluster"'));
  });
});
