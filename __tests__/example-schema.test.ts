// The schema example (examples/schema-stack.ts): validate JSON records against the registry and skip the invalid ones
// for one client. Synthesized, explained offline, `terraform validate`d and deployed on the stand-in (no-change plan,
// destroy), and the README shows the file and the explainer's view of it.
import * as fs from "node:fs";
import * as path from "node:path";
import { SchemaStack } from "../examples/schema-stack";
import { Explainer } from "../constructs/explain";
import { explainRecord, readRecordPolicies } from "../constructs/explain/records";
import { startStandin, type Standin } from "../standin";
import { main } from "../tools/explain";
import { exampleOutdir, synthExample } from "../examples/synth";
import { scratchDir } from "./support/scratch";
import { newApp, only, resources, synth } from "./support/synth";
import { describeWithTerraform, initAndValidate, synthStackDir, standinSession, type TerraformSession } from "./support/terraform";

const ROOT = path.join(__dirname, "..");

describe("schema example (examples/schema-stack.ts)", () => {
  const json = synth(new SchemaStack(newApp(), "schema"));

  test("synthesizes: the registry's password a variable, validation on consume, the skip nested in it for one client", () => {
    expect(only(json, "konnect_event_gateway_schema_registry").confluent.config.authentication.basic.password).toBe("${var.registry_password}");
    const validate = only(json, "konnect_event_gateway_consume_policy_schema_validation");
    expect(validate.config).toEqual({ type: "confluent_schema_registry", schema_registry: { id: expect.stringMatching(/^\$\{konnect_event_gateway_schema_registry\./) }, failure_mode: "mark" });
    const skip = only(json, "konnect_event_gateway_consume_policy_skip_record");
    expect(skip.parent_policy_id).toMatch(/^\$\{konnect_event_gateway_consume_policy_schema_validation\.gateway_orders_validate-orders_[0-9A-F]{8}\.id\}$/);
    expect(skip.condition).toMatch(/^\(!record\.value\.validated\) && \(context\.auth\.principal\.name == '\$\{konnect_identity_auth_server_client\.idp_analytics_[0-9A-F]{8}\.id\}'\)$/);
    expect(Object.keys(resources(json, "konnect_event_gateway_consume_policy_modify_headers"))).toHaveLength(1);
  });

  test("the explainer: analytics never gets an invalid order, audit gets it marked; valid ones reach both", () => {
    const ex = new Explainer(json);
    const policies = readRecordPolicies(ex, json);
    const analytics = explainRecord(ex, policies, { client: "analytics", phase: "consume", topic: "orders" });
    expect(analytics.outcomes.map((o) => [o.assuming, o.outcome, o.policy])).toEqual([
      ["valid value", "deliver", null],
      ["invalid value", "skip", "skip-invalid-for-analytics"],
    ]);
    const audit = explainRecord(ex, policies, { client: "audit", phase: "consume", topic: "orders" });
    expect(audit.outcomes.map((o) => [o.assuming, o.outcome, o.headers])).toEqual([
      ["valid value", "deliver", {}],
      // failure_mode mark: Kong's kong/policy-failure-<the policy's Konnect ID> header, its value the failure's reason
      ["invalid value", "deliver", { "kong/policy-failure-<id of validate-orders>": "<failure reason>", "x-schema": "invalid" }],
    ]);
    // Another topic is not validated; produce has no record policy.
    expect(explainRecord(ex, policies, { client: "analytics", phase: "consume", topic: "payments", validated: false }).outcomes[0]).toEqual(
      expect.objectContaining({ outcome: "deliver", reason: "no policy applies to the record" }),
    );
    expect(explainRecord(ex, policies, { client: "analytics", phase: "produce", topic: "orders" }).outcomes.map((o) => o.outcome)).toEqual(["accept"]);
  });

  test("the README shows the example and the explainer's output for it, as the CLI prints it", () => {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    expect(readme).toContain("```ts\n" + fs.readFileSync(path.join(ROOT, "examples/schema-stack.ts"), "utf8") + "```");
    // npm run example -- schema-stack, into a scratch directory: the stack's path under it is the one the README shows
    const dir = scratchDir("example-schema-synth");
    const [file] = synthExample("schema-stack", dir);
    const shownFile = path.join(exampleOutdir("schema-stack"), path.relative(dir, file));
    let out = "";
    const code = main(["--stack", file, "--client", "analytics", "--record", "consume", "--topic", "orders"], { out: (s) => (out += s), err: (s) => (out += s) }, ROOT, {});
    expect(code).toBe(0);
    const shown = out.replace(/\$\{konnect_identity_auth_server_client\.[^}]+\}/g, "<analytics>");
    expect(readme).toContain(`$ npm run example -- schema-stack\n${shownFile}\n$ npm run explain -- --stack ${shownFile} --client analytics --record consume --topic orders\n` + shown);
  });
});

describe("record explainer: stances", () => {
  test("a condition on the content is unknown without the value, and decided with it; JSON validation decides by parsing", () => {
    const { Condition, EventGateway, ClientAuthentication, SchemaValidation } = require("../constructs");
    const { newStack } = require("./support/synth");
    const stack = newStack();
    const gw = new EventGateway(stack, "gw");
    const vc = gw.addVirtualCluster("vc", { destination: gw.addBackendCluster("b", { bootstrapServers: ["k:9092"] }), dnsLabel: "vc", authentication: [ClientAuthentication.anonymous()] });
    const parse = vc.addSchemaValidationPolicy("parse", { phase: "consume", validation: SchemaValidation.json(), failureMode: "passthrough" });
    parse.addSkipRecordPolicy("gold-only", { condition: Condition.not(Condition.recordFieldEquals("tier", "gold")) });
    vc.addSchemaValidationPolicy("strict", { phase: "produce", validation: SchemaValidation.json() });
    const j = synth(stack);
    const ex = new Explainer(j);
    const policies = readRecordPolicies(ex, j);
    const consume = (value?: string) => explainRecord(ex, policies, { principal: "p", phase: "consume", topic: "t", value }).outcomes.map((o) => [o.outcome, o.policy]);
    expect(consume()).toEqual([
      ["unknown", "gold-only"],
      ["unknown", "gold-only"],
    ]);
    expect(consume('{"tier":"gold"}')).toEqual([
      ["deliver", null],
      ["deliver", null],
    ]);
    expect(consume('{"tier":"silver"}')).toEqual([
      ["skip", "gold-only"],
      ["skip", "gold-only"],
    ]);
    // produce, invalid, no failure mode: Kong documents no default
    const produce = explainRecord(ex, policies, { principal: "p", phase: "produce", topic: "t", value: "not json" }).outcomes;
    expect(produce.map((o) => [o.outcome, o.reason])).toEqual([
      ["unknown", "the value is invalid (json) and strict sets no failure_mode: Kong documents no default (stance: unknown)"],
      ["unknown", "the value is invalid (json) and strict sets no failure_mode: Kong documents no default (stance: unknown)"],
    ]);
  });

  test("failure_mode decides before the deprecated value_validation_action; that one alone marks with kong/sverr-value and the client's ID", () => {
    const { Condition, EventGateway, ClientAuthentication, SchemaValidation } = require("../constructs");
    const { newStack } = require("./support/synth");
    const stack = newStack();
    const gw = new EventGateway(stack, "gw");
    const vc = gw.addVirtualCluster("vc", { destination: gw.addBackendCluster("b", { bootstrapServers: ["k:9092"] }), dnsLabel: "vc", authentication: [ClientAuthentication.anonymous()] });
    vc.addSchemaValidationPolicy("both", { phase: "produce", validation: SchemaValidation.json(), condition: Condition.raw("context.topic.name == 'both'"), failureMode: "reject", valueValidationAction: "mark" });
    vc.addSchemaValidationPolicy("legacy", { phase: "produce", validation: SchemaValidation.json(), condition: Condition.raw("context.topic.name == 'legacy'"), valueValidationAction: "mark" });
    vc.addSchemaValidationPolicy("marks", { phase: "produce", validation: SchemaValidation.json(), condition: Condition.raw("context.topic.name == 'marks'"), failureMode: "mark", valueValidationAction: "reject" });
    const j = synth(stack);
    const ex = new Explainer(j);
    const policies = readRecordPolicies(ex, j);
    const produce = (topic: string) => explainRecord(ex, policies, { principal: "p", phase: "produce", topic, value: "not json" }).outcomes[0];
    expect(produce("both")).toMatchObject({ outcome: "reject", policy: "both", reason: "schema validation both: the value is invalid (json), failure action reject", headers: {} });
    expect(produce("legacy")).toMatchObject({ outcome: "accept", headers: { "kong/sverr-value": "p" } });
    expect(produce("legacy").steps[1].effect).toBe("the value is invalid (json): mark (header kong/sverr-value); nested policies see record.value.validated false");
    expect(produce("marks")).toMatchObject({ outcome: "accept", headers: { "kong/policy-failure-<id of marks>": "<failure reason>" } });
  });
});

describeWithTerraform("schema example with the real provider", () => {
  let standin: Standin;
  let session: TerraformSession;
  beforeAll(async () => {
    standin = await startStandin();
    session = standinSession(standin.token);
  });
  afterAll(() => (session?.stop(), standin.stop()));

  test("terraform validate, then deploy on the stand-in: no change to plan afterwards, the password never returned; destroy", async () => {
    const v = await initAndValidate(synthStackDir(new SchemaStack(newApp(), "schema", { serverUrl: standin.url })));
    expect(v.diagnostics).toEqual([]);
    expect(v.valid).toBe(true);
    const run = (args: string[]) => session.run(v.dir, [...args, "-input=false", "-no-color"], { TF_VAR_registry_password: "registry-secret" });
    const apply = await run(["apply", "-auto-approve"]);
    expect([apply.code, apply.stderr]).toEqual([0, ""]);
    expect(standin.objects("consume-policy").map((p) => [p.body.type, p.body.name, p.body.parent_policy_id !== undefined]).sort()).toEqual([
      ["modify_headers", "flag-invalid", true],
      ["schema_validation", "validate-orders", false],
      ["skip_record", "skip-invalid-for-analytics", true],
    ]);
    const [registry] = standin.objects("schema-registry");
    expect((registry!.body.config as any).authentication.password).toBe("registry-secret");
    const got = await fetch(`${standin.url}/v1/event-gateways/${registry!.parents.gatewayId}/schema-registries/${registry!.id}`, { headers: { authorization: `Bearer ${standin.token}` } });
    expect(await got.text()).not.toContain("registry-secret");
    const plan = await run(["plan", "-detailed-exitcode"]);
    expect([plan.code, plan.stdout]).toEqual([0, expect.stringMatching(/No changes\./)]);
    const destroy = await run(["destroy", "-auto-approve"]);
    expect([destroy.code, destroy.stderr]).toEqual([0, ""]);
    expect(standin.objects()).toEqual([]);
  });
});
