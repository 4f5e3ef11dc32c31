// Schema registries, schema validation policies and what nests in them (skip-record, modify-headers), and
// modify-headers policies on their own: exact JSON, parents, conditions checked with or without record.value, and
// every validation error.
import * as fs from "node:fs";
import * as path from "node:path";
import { TerraformVariable } from "cdktf";
import {
  ClientAuthentication,
  Condition,
  Duration,
  EventGateway,
  HeaderAction,
  RECORD_POLICY_TYPES,
  RecordPolicy,
  SchemaRegistry,
  SchemaValidation,
  Secret,
  VirtualCluster,
} from "../../constructs";
import { Explainer } from "../../constructs/explain";
import { explainRecord, readRecordPolicies } from "../../constructs/explain/records";
import { gatewayWithVirtualCluster } from "../support/fixtures";
import { only, resources, synth, warnings } from "../support/synth";

function setup() {
  const { stack, gw, vc } = gatewayWithVirtualCluster();
  return { stack, gw, vc };
}

const SV_PRODUCE = "konnect_event_gateway_produce_policy_schema_validation";
const SV_CONSUME = "konnect_event_gateway_consume_policy_schema_validation";
const MH_PRODUCE = "konnect_event_gateway_produce_policy_modify_headers";
const MH_CONSUME = "konnect_event_gateway_consume_policy_modify_headers";
const SKIP = "konnect_event_gateway_consume_policy_skip_record";

describe("SchemaRegistry", () => {
  test("defaults and every option: exact JSON; the password a sensitive variable", () => {
    const { stack, gw } = setup();
    gw.addSchemaRegistry("plain", { endpoint: "http://registry:8081", schemaType: "avro" });
    const pw = new TerraformVariable(stack, "registry_password", { type: "string", sensitive: true });
    gw.addSchemaRegistry("full", {
      name: "confluent-cloud",
      description: "schemas",
      labels: { team: "orders" },
      endpoint: "https://psrc-123.eu-west-1.aws.confluent.cloud",
      schemaType: "json",
      timeout: Duration.seconds(5),
      basicAuth: { username: "svc", password: Secret.fromVariable(pw) },
    });
    const all = Object.values(resources(synth(stack), "konnect_event_gateway_schema_registry")) as any[];
    expect(all.sort((a, b) => (a.confluent.name === "plain" ? -1 : b.confluent.name === "plain" ? 1 : 0))).toEqual([
      {
        provider: "konnect-beta",
        gateway_id: "${konnect_event_gateway.gw.id}",
        confluent: { name: "plain", description: "", config: { endpoint: "http://registry:8081", schema_type: "avro" } },
      },
      {
        provider: "konnect-beta",
        gateway_id: "${konnect_event_gateway.gw.id}",
        confluent: {
          name: "confluent-cloud",
          description: "schemas",
          labels: { team: "orders" },
          config: {
            endpoint: "https://psrc-123.eu-west-1.aws.confluent.cloud",
            schema_type: "json",
            timeout_seconds: 5,
            authentication: { basic: { username: "svc", password: "${var.registry_password}" } },
          },
        },
      },
    ]);
  });

  test.each([
    ["endpoint", { endpoint: "registry:8081" }, 'test/gw/r: endpoint "registry:8081" is invalid: an http:// or https:// URL without spaces, e.g. https://registry.example.com:8081'],
    ["endpoint with a space", { endpoint: "http://a b" }, 'test/gw/r: endpoint "http://a b" is invalid: an http:// or https:// URL'],
    ["schemaType", { schemaType: "protobuf" }, 'test/gw/r: schemaType "protobuf" is invalid: one of avro, json'],
    ["timeout below 1 s", { timeout: Duration.millis(500) }, 'test/gw/r: timeout "500 ms" is invalid: whole seconds, at least 1 second'],
    ["timeout not whole", { timeout: Duration.millis(1500) }, 'test/gw/r: timeout "1500 ms" is invalid: whole seconds, at least 1 second'],
    ["timeout of 0 seconds", { timeout: Duration.seconds(0) }, 'test/gw/r: timeout "0 s" is invalid: whole seconds, at least 1 second'],
    ["name", { name: "" }, 'test/gw/r: name "" is invalid: 1-255 characters'],
  ])("refuses a bad %s", (_what, bad, message) => {
    const { gw } = setup();
    expect(() => gw.addSchemaRegistry("r", { endpoint: "http://registry:8081", schemaType: "avro", ...(bad as object) })).toThrow(message);
  });

  test("refuses an empty user name; names are unique per gateway; an endpoint Terraform resolves later is checked at plan", () => {
    const { stack, gw } = setup();
    const pw = new TerraformVariable(stack, "pw", { type: "string", sensitive: true });
    expect(() =>
      gw.addSchemaRegistry("r", { endpoint: "http://r", schemaType: "avro", basicAuth: { username: "", password: Secret.fromVariable(pw) } }),
    ).toThrow('test/gw/r: basicAuth.username "" is invalid: non-empty');
    gw.addSchemaRegistry("a", { name: "same", endpoint: "http://r", schemaType: "avro" });
    expect(() => gw.addSchemaRegistry("b2", { name: "same", endpoint: "http://r", schemaType: "avro" })).toThrow(
      'test/gw/b2: name "same" is invalid: unique among the schema registries of this gateway; test/gw/a already uses it',
    );
    const url = new TerraformVariable(stack, "url", { type: "string" });
    gw.addSchemaRegistry("late", { endpoint: url.stringValue, schemaType: "json" });
    const late = (Object.values(resources(synth(stack), "konnect_event_gateway_schema_registry")) as any[]).find((r) => r.lifecycle);
    expect(late.lifecycle.precondition[0].error_message).toContain("test/gw/late: endpoint");
  });

  test("the shortest timeout, 1 second, is sent as it is", () => {
    const { stack, gw } = setup();
    gw.addSchemaRegistry("r", { endpoint: "http://registry:8081", schemaType: "avro", timeout: Duration.seconds(1) });
    expect(only(synth(stack), "konnect_event_gateway_schema_registry").confluent.config).toEqual({
      endpoint: "http://registry:8081",
      schema_type: "avro",
      timeout_seconds: 1,
    });
  });

  test("a registry as the first object of a gateway: the duplicate name's error names the gateway", () => {
    const { stack } = setup();
    const solo = new EventGateway(stack, "solo");
    solo.addSchemaRegistry("a", { name: "same", endpoint: "http://r", schemaType: "avro" });
    expect(() => solo.addSchemaRegistry("b", { name: "same", endpoint: "http://r", schemaType: "json" })).toThrow(
      'test/solo/b: name "same" is invalid: unique among the schema registries of this gateway; test/solo/a already uses it',
    );
  });

  test("an imported registry serves policies of its gateway", () => {
    const { stack, vc } = setup();
    const registry = SchemaRegistry.fromSchemaRegistryAttributes(stack, "reg", { schemaRegistryId: "sr-1", gateway: vc.gateway });
    vc.addSchemaValidationPolicy("v", { phase: "consume", validation: SchemaValidation.registry(registry) });
    expect(only(synth(stack), SV_CONSUME).config).toEqual({ type: "confluent_schema_registry", schema_registry: { id: "sr-1" } });
    expect(() => SchemaRegistry.fromSchemaRegistryAttributes(stack, "bad", { schemaRegistryId: "", gatewayId: "gw-1" })).toThrow(
      'test/bad: schemaRegistryId "" is invalid: non-empty',
    );
  });
});

describe("SchemaValidationPolicy", () => {
  test("produce against a registry, every option: exact JSON (the config union's confluent_schema_registry member)", () => {
    const { stack, gw, vc } = setup();
    const registry = gw.addSchemaRegistry("reg", { endpoint: "http://registry:8081", schemaType: "json" });
    vc.addSchemaValidationPolicy("validate", {
      phase: "produce",
      validation: SchemaValidation.registry(registry),
      condition: Condition.raw("context.topic.name.startsWith('orders')"),
      failureMode: "reject",
      validateKey: false,
      validateValue: true,
      keyValidationAction: "mark",
      valueValidationAction: "reject",
      description: "orders must match",
      enabled: true,
      labels: { team: "orders" },
    });
    expect(only(synth(stack), SV_PRODUCE)).toEqual({
      provider: "konnect-beta",
      gateway_id: "${konnect_event_gateway.gw.id}",
      virtual_cluster_id: "${konnect_event_gateway_virtual_cluster.gw_vc_8D6541D1.id}",
      name: "validate",
      description: "orders must match",
      enabled: true,
      labels: { team: "orders" },
      condition: "context.topic.name.startsWith('orders')",
      config: {
        confluent_schema_registry: {
          schema_registry: { id: "${konnect_event_gateway_schema_registry.gw_reg_4EBF6566.id}" },
          failure_mode: "reject",
          validate_key: false,
          validate_value: true,
          key_validation_action: "mark",
          value_validation_action: "reject",
        },
      },
    });
  });

  test("produce as JSON and consume as JSON: the union's json member, and the consume config's type", () => {
    const { stack, vc } = setup();
    vc.addSchemaValidationPolicy("p", { phase: "produce", validation: SchemaValidation.json() });
    vc.addSchemaValidationPolicy("c", { phase: "consume", validation: SchemaValidation.json(), failureMode: "passthrough" });
    const json = synth(stack);
    expect(only(json, SV_PRODUCE).config).toEqual({ json: {} });
    expect(only(json, SV_CONSUME)).toEqual({
      provider: "konnect-beta",
      gateway_id: "${konnect_event_gateway.gw.id}",
      virtual_cluster_id: "${konnect_event_gateway_virtual_cluster.gw_vc_8D6541D1.id}",
      name: "c",
      config: { type: "json", failure_mode: "passthrough" },
    });
  });

  test("produce as JSON with options: they go in the union's json member; consume as JSON without options: the type alone", () => {
    const { stack, vc } = setup();
    vc.addSchemaValidationPolicy("p", { phase: "produce", validation: SchemaValidation.json(), failureMode: "mark", validateKey: true });
    vc.addSchemaValidationPolicy("c", { phase: "consume", validation: SchemaValidation.json() });
    const json = synth(stack);
    expect(only(json, SV_PRODUCE).config).toEqual({ json: { failure_mode: "mark", validate_key: true } });
    expect(only(json, SV_CONSUME).config).toEqual({ type: "json" });
  });

  test("validates the key or the value alone: only both false is refused", () => {
    const { stack, vc } = setup();
    vc.addSchemaValidationPolicy("value-only", { phase: "produce", validation: SchemaValidation.json(), validateKey: false });
    vc.addSchemaValidationPolicy("key-only", { phase: "consume", validation: SchemaValidation.json(), validateKey: true, validateValue: false });
    const json = synth(stack);
    expect(only(json, SV_PRODUCE).config).toEqual({ json: { validate_key: false } });
    expect(only(json, SV_CONSUME).config).toEqual({ type: "json", validate_key: true, validate_value: false });
  });

  test("enabled: true when not given, as given, not known when Terraform resolves it later", () => {
    const { stack, vc } = setup();
    const on = new TerraformVariable(stack, "on", { type: "bool" });
    expect(vc.addSchemaValidationPolicy("default", { phase: "produce", validation: SchemaValidation.json() }).enabled).toBe(true);
    expect(vc.addSchemaValidationPolicy("off", { phase: "produce", validation: SchemaValidation.json(), enabled: false }).enabled).toBe(false);
    // A boolean variable is a token (IResolvable in cdktf's types), as a user passing one casts it.
    const later = vc.addSchemaValidationPolicy("later", { phase: "produce", validation: SchemaValidation.json(), enabled: on.booleanValue as unknown as boolean });
    expect(later.enabled).toBeUndefined();
    const sent = Object.fromEntries(Object.values(resources(synth(stack), SV_PRODUCE)).map((r: any) => [r.name, r.enabled]));
    expect(sent).toStrictEqual({ default: undefined, off: false, later: "${var.on}" });
  });

  test("no deprecation warning for validation actions on produce, nor for a consume policy without them", () => {
    const { stack, vc } = setup();
    const produce = vc.addSchemaValidationPolicy("p", { phase: "produce", validation: SchemaValidation.json(), keyValidationAction: "mark", valueValidationAction: "reject" });
    const consume = vc.addSchemaValidationPolicy("c", { phase: "consume", validation: SchemaValidation.json(), failureMode: "skip" });
    const keyOnly = vc.addSchemaValidationPolicy("k", { phase: "consume", validation: SchemaValidation.json(), keyValidationAction: "mark" });
    synth(stack);
    expect(warnings(produce)).toEqual([]);
    expect(warnings(consume)).toEqual([]);
    expect(warnings(keyOnly)).toEqual(["test/gw/vc/k: keyValidationAction and valueValidationAction are deprecated for consume policies; use failureMode"]);
  });

  test.each([
    ["a produce failure mode on consume", { phase: "consume", failureMode: "reject" }, 'test/gw/vc/v: failureMode "reject" is invalid: one of error, skip, passthrough, mark'],
    ["a consume failure mode on produce", { phase: "produce", failureMode: "skip" }, 'test/gw/vc/v: failureMode "skip" is invalid: one of reject, passthrough, mark'],
    ["skip on produce", { phase: "produce", valueValidationAction: "skip" }, 'test/gw/vc/v: valueValidationAction "skip" is invalid: one of reject, mark'],
    ["reject on consume", { phase: "consume", keyValidationAction: "reject" }, 'test/gw/vc/v: keyValidationAction "reject" is invalid: one of mark, skip'],
    ["a phase", { phase: "cluster" }, 'test/gw/vc/v: phase "cluster" is invalid: one of produce, consume'],
    ["nothing to validate", { phase: "produce", validateKey: false, validateValue: false }, "test/gw/vc/v: validateValue false is invalid: true, or validateKey true"],
    ["a validation", { phase: "produce", validation: "json" }, 'test/gw/vc/v: validation "json" is invalid: SchemaValidation.registry(registry) or SchemaValidation.json()'],
    [
      "record.value in its own condition",
      { phase: "consume", condition: Condition.recordInvalid() },
      'test/gw/vc/v: condition "!record.value.validated" is invalid: record.value.validated at column 2 exists only in policies that run under schema validation (consume phase)',
    ],
  ])("refuses %s", (_what, bad, message) => {
    const { vc } = setup();
    expect(() => vc.addSchemaValidationPolicy("v", { validation: SchemaValidation.json(), ...(bad as any) })).toThrow(message);
  });

  test("refuses a registry of another gateway; warns about the deprecated consume validation actions", () => {
    const { stack, vc } = setup();
    const other = new EventGateway(stack, "other").addSchemaRegistry("reg", { endpoint: "http://r", schemaType: "avro" });
    expect(() => vc.addSchemaValidationPolicy("v", { phase: "produce", validation: SchemaValidation.registry(other) })).toThrow(
      'test/gw/vc/v: validation "test/other/reg" is invalid: a schema registry of the virtual cluster\'s gateway',
    );
    vc.addSchemaValidationPolicy("old", { phase: "consume", validation: SchemaValidation.json(), valueValidationAction: "skip" });
    synth(stack);
    expect(warnings(stack)).toContain("test/gw/vc/old: keyValidationAction and valueValidationAction are deprecated for consume policies; use failureMode");
  });
});

describe("children of a schema validation policy", () => {
  test("skip the invalid ones: a nested skip-record policy sees record.value and names its parent", () => {
    const { stack, vc } = setup();
    const validate = vc.addSchemaValidationPolicy("validate", { phase: "consume", validation: SchemaValidation.json(), failureMode: "passthrough" });
    validate.addSkipRecordPolicy("skip-invalid", { condition: Condition.and(Condition.recordInvalid(), Condition.principalIs("analytics")) });
    vc.addSkipRecordPolicy("gold", { parent: validate, condition: Condition.recordFieldEquals("customer.tier", "gold") });
    validate.addModifyHeadersPolicy("tag", { condition: Condition.recordFieldEquals("amount", 100), actions: [HeaderAction.set("big", "true")] });
    const json = synth(stack);
    const skips = Object.values(resources(json, SKIP)) as any[];
    expect(skips.find((s) => s.name === "skip-invalid")).toEqual({
      provider: "konnect-beta",
      gateway_id: "${konnect_event_gateway.gw.id}",
      virtual_cluster_id: "${konnect_event_gateway_virtual_cluster.gw_vc_8D6541D1.id}",
      name: "skip-invalid",
      condition: "(!record.value.validated) && (context.auth.principal.name == 'analytics')",
      parent_policy_id: "${konnect_event_gateway_consume_policy_schema_validation.gw_vc_validate_DC316650.id}",
    });
    expect(skips.find((s) => s.name === "gold")).toEqual(
      expect.objectContaining({ condition: "record.value.content['customer.tier'] == 'gold'", parent_policy_id: skips[0].parent_policy_id }),
    );
    expect(only(json, MH_CONSUME)).toEqual({
      provider: "konnect-beta",
      gateway_id: "${konnect_event_gateway.gw.id}",
      virtual_cluster_id: "${konnect_event_gateway_virtual_cluster.gw_vc_8D6541D1.id}",
      name: "tag",
      condition: "record.value.content['amount'] == 100",
      parent_policy_id: skips[0].parent_policy_id,
      config: { actions: [{ set: { key: "big", value: "true" } }] },
    });
  });

  test("a top-level skip-record policy cannot read record.value; Condition values stay quoted safely", () => {
    const { vc } = setup();
    expect(() => vc.addSkipRecordPolicy("s", { condition: Condition.recordInvalid() })).toThrow(
      'test/gw/vc/s: condition "!record.value.validated" is invalid: record.value.validated at column 2 exists only in policies that run under schema validation (consume phase)',
    );
    const validate = vc.addSchemaValidationPolicy("v", { phase: "consume", validation: SchemaValidation.json() });
    expect(() => validate.addSkipRecordPolicy("q", { condition: Condition.recordFieldEquals("a'b", "x") })).toThrow(
      'test/gw/vc/q: condition record field "a\'b" is invalid: a value without quotes',
    );
    expect(() => Condition.recordFieldEquals("a", Number.NaN)).toThrow("Condition.recordFieldEquals needs a finite number, not NaN");
  });

  test("parents: a schema validation policy of the child's phase and virtual cluster", () => {
    const { stack, gw, vc } = setup();
    const produce = vc.addSchemaValidationPolicy("p", { phase: "produce", validation: SchemaValidation.json() });
    expect(() => vc.addSkipRecordPolicy("s", { parent: produce, condition: Condition.recordInvalid() })).toThrow(
      'test/gw/vc/s: parent "test/gw/vc/p (produce)" is invalid: a policy of the consume phase, as the child runs in its parent\'s phase',
    );
    const skip = vc.addSkipRecordPolicy("plain", { condition: Condition.recordHeaderEquals("x", "y") });
    expect(() => vc.addModifyHeadersPolicy("m", { parent: skip, actions: [HeaderAction.remove("x")] })).toThrow(
      'test/gw/vc/m: parent "test/gw/vc/plain (skip_record)" is invalid: a schema_validation policy (Kong nests child policies only there)',
    );
    const vc2 = gw.addVirtualCluster("vc2", { destination: gw.addBackendCluster("b2", { bootstrapServers: ["k:9092"] }), dnsLabel: "vc2", authentication: [ClientAuthentication.anonymous()] });
    expect(() => vc2.addModifyHeadersPolicy("m", { parent: produce, actions: [HeaderAction.remove("x")] })).toThrow(
      'test/gw/vc2/m: parent "test/gw/vc/p" is invalid: a policy of the same virtual cluster',
    );
    // an imported parent, by attributes
    const shared = VirtualCluster.fromVirtualClusterAttributes(stack, "shared", { gatewayId: "gw-1", virtualClusterId: "vc-1" });
    const parent = RecordPolicy.fromRecordPolicyAttributes(stack, "parent", { policyId: "pol-1", virtualCluster: shared, phase: "produce", policyType: "schema_validation" });
    shared.addModifyHeadersPolicy("tag", { parent, condition: Condition.recordValid(), actions: [HeaderAction.set("valid", "yes")] });
    expect(only(synth(stack), MH_PRODUCE)).toEqual(
      expect.objectContaining({ gateway_id: "gw-1", virtual_cluster_id: "vc-1", parent_policy_id: "pol-1", condition: "record.value.validated" }),
    );
    expect(() => RecordPolicy.fromRecordPolicyAttributes(stack, "bad", { policyId: "", virtualCluster: shared, phase: "produce", policyType: "x" })).toThrow(
      'test/bad: policyId "" is invalid: non-empty',
    );
    expect(() => RecordPolicy.fromRecordPolicyAttributes(stack, "bad2", { policyId: "p", virtualCluster: shared, phase: "both" as any, policyType: "x" })).toThrow(
      'test/bad2: phase "both" is invalid: one of produce, consume',
    );
    expect(() => RecordPolicy.fromRecordPolicyAttributes(stack, "bad3", { policyId: "p", virtualCluster: shared, phase: "produce", policyType: "skip_record" })).toThrow(
      'test/bad3: policyType "skip_record" is invalid: a produce policy type: one of schema_validation, modify_headers, encrypt, encrypt_fields',
    );
    expect(() => RecordPolicy.fromRecordPolicyAttributes(stack, "bad4", { policyId: "p", virtualCluster: shared, phase: "consume", policyType: "acls" })).toThrow(
      'test/bad4: policyType "acls" is invalid: a consume policy type: one of schema_validation, modify_headers, skip_record, decrypt, decrypt_fields',
    );
    expect(() => RecordPolicy.fromRecordPolicyAttributes(stack, "bad5", { policyId: "p", virtualCluster: shared, phase: undefined as any, policyType: "x" })).toThrow(
      "test/bad5: phase undefined is invalid: one of produce, consume",
    );
  });

  test("RECORD_POLICY_TYPES are the provider's produce and consume policy resources", () => {
    const schema = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "schema", "konnect-beta.json"), "utf8"));
    const types = Object.keys(Object.values<any>(schema.provider_schemas)[0].resource_schemas);
    for (const phase of ["produce", "consume"] as const) {
      const prefix = `konnect_event_gateway_${phase}_policy_`;
      expect([...RECORD_POLICY_TYPES[phase]].sort()).toEqual(types.filter((t) => t.startsWith(prefix)).map((t) => t.slice(prefix.length)).sort());
    }
  });

  test("parents across imports: virtual clusters compared as gateways are (a literal ID and a reference cannot be told apart at synth)", () => {
    const { stack, gw, vc } = setup();
    const json = () => synth(stack);
    // A parent imported with a literal virtual cluster ID, a child on the owned one (a Terraform reference): accepted.
    const literal = VirtualCluster.fromVirtualClusterAttributes(stack, "literal", { gatewayId: "gw-1", virtualClusterId: "vc-1" });
    const literalParent = RecordPolicy.fromRecordPolicyAttributes(stack, "lp", { policyId: "pol-1", virtualCluster: literal, phase: "consume", policyType: "schema_validation" });
    vc.addSkipRecordPolicy("skip", { parent: literalParent, condition: Condition.recordInvalid() });
    expect(only(json(), SKIP)).toEqual(expect.objectContaining({ parent_policy_id: "pol-1", virtual_cluster_id: "${konnect_event_gateway_virtual_cluster.gw_vc_8D6541D1.id}" }));
    // The owned virtual cluster imported again by its reference: the same one.
    const again = VirtualCluster.fromVirtualClusterAttributes(stack, "again", { gatewayId: gw.gatewayId, virtualClusterId: vc.virtualClusterId });
    const owned = vc.addSchemaValidationPolicy("sv", { phase: "produce", validation: SchemaValidation.json() });
    again.addModifyHeadersPolicy("m", { parent: owned, actions: [HeaderAction.remove("x")] });
    // Two different literals are two virtual clusters.
    const other = VirtualCluster.fromVirtualClusterAttributes(stack, "other", { gatewayId: "gw-1", virtualClusterId: "vc-2" });
    expect(() => other.addSkipRecordPolicy("s2", { parent: literalParent, condition: Condition.recordInvalid() })).toThrow(
      'test/other/s2: parent "test/lp" is invalid: a policy of the same virtual cluster',
    );
  });
});

describe("record policy names", () => {
  type Vc = ReturnType<typeof setup>["vc"];
  const validation = (vc: Vc, id: string) => vc.addSchemaValidationPolicy(id, { name: "same", phase: "consume", validation: SchemaValidation.json() });
  const headers = (vc: Vc, id: string) => vc.addModifyHeadersPolicy(id, { name: "same", phase: "consume", actions: [HeaderAction.remove("x")] });
  const skip = (vc: Vc, id: string) => vc.addSkipRecordPolicy(id, { name: "same", condition: Condition.recordHeaderEquals("x", "y") });
  test.each([
    ["a schema validation policy, then a skip-record policy", validation, skip],
    ["a modify-headers policy, then a schema validation policy", headers, validation],
    ["a skip-record policy, then a modify-headers policy", skip, headers],
  ])("unique among a virtual cluster's policies of every kind: %s", (_what, first, second) => {
    const { vc } = setup();
    first(vc, "a");
    expect(() => second(vc, "b")).toThrow('test/gw/vc/b: name "same" is invalid: unique among the policies of this virtual cluster; test/gw/vc/a already uses it');
  });
});

describe("ModifyHeadersPolicy", () => {
  test("top level on produce, remove then set, in order: exact JSON", () => {
    const { stack, vc } = setup();
    vc.addModifyHeadersPolicy("headers", {
      phase: "produce",
      actions: [HeaderAction.remove("debug"), HeaderAction.set("origin", "gateway")],
      condition: Condition.principalIs("producer"),
    });
    expect(only(synth(stack), MH_PRODUCE)).toEqual({
      provider: "konnect-beta",
      gateway_id: "${konnect_event_gateway.gw.id}",
      virtual_cluster_id: "${konnect_event_gateway_virtual_cluster.gw_vc_8D6541D1.id}",
      name: "headers",
      condition: "context.auth.principal.name == 'producer'",
      config: { actions: [{ remove: { key: "debug" } }, { set: { key: "origin", value: "gateway" } }] },
    });
  });

  test("literal header keys and values reach Kong as written: Terraform's ${ and %{ escaped; a reference stays one", () => {
    const { stack, vc } = setup();
    const other = vc.addSchemaValidationPolicy("sv", { phase: "produce", validation: SchemaValidation.json() });
    vc.addModifyHeadersPolicy("m", {
      phase: "produce",
      actions: [HeaderAction.set("x", "${var.nope}"), HeaderAction.set("tpl-%{if}", "a%{b}c"), HeaderAction.remove("${y}"), HeaderAction.set("from", other.policyId)],
    });
    const json = synth(stack);
    expect(only(json, MH_PRODUCE).config.actions).toEqual([
      { set: { key: "x", value: "$${var.nope}" } },
      { set: { key: "tpl-%%{if}", value: "a%%{b}c" } },
      { remove: { key: "$${y}" } },
      { set: { key: "from", value: expect.stringMatching(/^\$\{konnect_event_gateway_produce_policy_schema_validation\.[^}]+\.id\}$/) } },
    ]);
    // The explainer reads them back as Kong gets them.
    const ex = new Explainer(json);
    const walked = explainRecord(ex, readRecordPolicies(ex, json), { principal: "p", phase: "produce", topic: "t", headers: { "${y}": "1" }, validated: true });
    expect(walked.outcomes[0].steps.find((s) => s.policy === "m")!.effect).toMatch(/^set x=\$\{var\.nope\}, set tpl-%\{if\}=a%\{b\}c, remove \$\{y\}, set from=\$\{konnect/);
    expect(walked.outcomes[0].headers).toMatchObject({ x: "${var.nope}", "tpl-%{if}": "a%{b}c" });
    expect(walked.outcomes[0].headers).not.toHaveProperty("${y}");
  });

  test.each([
    ["no phase", { phase: undefined }, 'test/gw/vc/m: phase undefined is invalid: produce or consume (or a parent to take it from)'],
    ["a phase", { phase: "cluster" }, 'test/gw/vc/m: phase "cluster" is invalid: one of produce, consume'],
    ["no action", { actions: [] }, "test/gw/vc/m: actions [] is invalid: at least one HeaderAction.set() or HeaderAction.remove()"],
    ["an empty key", { actions: [HeaderAction.set("", "v")] }, 'test/gw/vc/m: actions[0].key "" is invalid: non-empty'],
    [
      "an action object",
      { actions: [{ op: "set", key: "k", value: "v" }] },
      'test/gw/vc/m: actions[0] {"op":"set","key":"k","value":"v"} is invalid: HeaderAction.set(key, value) or HeaderAction.remove(key)',
    ],
    ["record.value at top level", { condition: Condition.recordValid() }, "exists only in policies that run under schema validation (produce phase)"],
  ])("refuses %s", (_what, bad, message) => {
    const { vc } = setup();
    expect(() => vc.addModifyHeadersPolicy("m", { phase: "produce", actions: [HeaderAction.remove("x")], ...(bad as any) })).toThrow(message);
  });

  test("refuses a list of actions Terraform resolves later, and a modify-headers policy as a parent", () => {
    const { stack, vc } = setup();
    const list = new TerraformVariable(stack, "actions", { type: "list(any)" });
    expect(() => vc.addModifyHeadersPolicy("m", { phase: "produce", actions: list.listValue as any })).toThrow(
      'test/gw/vc/m: actions "${var.actions}" is invalid: a list of HeaderAction.set() and HeaderAction.remove() written here',
    );
    const headers = vc.addModifyHeadersPolicy("h", { phase: "consume", actions: [HeaderAction.remove("x")] });
    expect(() => vc.addSkipRecordPolicy("s", { parent: headers, condition: Condition.recordHeaderEquals("x", "y") })).toThrow(
      'test/gw/vc/s: parent "test/gw/vc/h (modify_headers)" is invalid: a schema_validation policy (Kong nests child policies only there)',
    );
  });

  test("no warning for ordinary headers, nor for a header Terraform resolves later", () => {
    const { stack, vc } = setup();
    const key = new TerraformVariable(stack, "key", { type: "string" });
    const m = vc.addModifyHeadersPolicy("m", { phase: "produce", actions: [HeaderAction.set("origin", "gateway"), HeaderAction.remove(key.stringValue)] });
    expect(only(synth(stack), MH_PRODUCE).config.actions).toEqual([{ set: { key: "origin", value: "gateway" } }, { remove: { key: "${var.key}" } }]);
    expect(warnings(m)).toEqual([]);
  });

  test("warns about headers Kong reserves (kong/...)", () => {
    const { stack, vc } = setup();
    vc.addModifyHeadersPolicy("m", { phase: "consume", actions: [HeaderAction.remove("kong/sverr-value")] });
    synth(stack);
    expect(warnings(stack)).toContain(
      'test/gw/vc/m: actions[0] removes header "kong/sverr-value": headers starting with kong/ are reserved for the gateway\'s own use',
    );
  });
});
