// The stand-in's schema registries and its schema validation and modify-headers policies over HTTP: what the
// provider's SDK sends and reads (SchemaRegistryCreate / Update, the policies' create and update models), passwords
// kept and never returned, registries referenced by ID or name, and which parents a child policy may name.
import { DEFAULT_STANDIN_TOKEN, startStandin, type Standin } from "../standin";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let s: Standin;
let gw: string;
let vc: string;
beforeAll(async () => {
  s = await startStandin();
  gw = (await call("POST", "/v1/event-gateways", { name: "gw" })).body.id;
  const backend = await call("POST", `/v1/event-gateways/${gw}/backend-clusters`, {
    name: "b",
    bootstrap_servers: ["k:9092"],
    authentication: { type: "anonymous" },
    tls: { enabled: false },
  });
  vc = (
    await call("POST", `/v1/event-gateways/${gw}/virtual-clusters`, {
      name: "vc",
      destination: { id: backend.body.id },
      authentication: [{ type: "anonymous" }],
      acl_mode: "passthrough",
      dns_label: "vc",
    })
  ).body.id;
});
afterAll(() => s.stop());

async function call(method: string, p: string, body?: unknown): Promise<{ status: number; body: Json }> {
  const res = await fetch(s.url + p, {
    method,
    headers: { authorization: `Bearer ${DEFAULT_STANDIN_TOKEN}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

const registries = () => `/v1/event-gateways/${gw}/schema-registries`;
const policies = (phase: "produce" | "consume") => `/v1/event-gateways/${gw}/virtual-clusters/${vc}/${phase}-policies`;

function registryBody(name: string, config: Json = {}): Json {
  return { type: "confluent", name, config: { schema_type: "avro", endpoint: "http://registry:8081", ...config } };
}

describe("schema registries", () => {
  test("create fills the default timeout; a plaintext password is kept and never returned; a PUT without it keeps it", async () => {
    const created = await call("POST", registries(), registryBody("plain", { authentication: { type: "basic", username: "svc", password: "plaintext" } }));
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      type: "confluent",
      name: "plain",
      description: "",
      config: { schema_type: "avro", endpoint: "http://registry:8081", timeout_seconds: 10, authentication: { type: "basic", username: "svc" } },
      labels: {},
      created_at: expect.any(String),
      updated_at: expect.any(String),
    });
    const id = created.body.id;
    const put = await call("PUT", `${registries()}/${id}`, registryBody("plain", { endpoint: "https://r2", authentication: { type: "basic", username: "svc2" } }));
    expect(put.status).toBe(200);
    expect(put.body.config).toEqual({ schema_type: "avro", endpoint: "https://r2", timeout_seconds: 10, authentication: { type: "basic", username: "svc2" } });
    const stored = s.objects("schema-registry").find((o) => o.id === id)!;
    expect((stored.body.config as Json).authentication).toEqual({ type: "basic", username: "svc2", password: "plaintext" });
    expect(JSON.stringify((await call("GET", `${registries()}/${id}`)).body)).not.toContain("plaintext");
  });

  test("a vault reference is returned as given", async () => {
    const created = await call("POST", registries(), registryBody("vaulted", { authentication: { type: "basic", username: "svc", password: "${vault.env['P']}" } }));
    expect(created.body.config.authentication).toEqual({ type: "basic", username: "svc", password: "${vault.env['P']}" });
  });

  test.each([
    ["no type", { name: "x", config: { schema_type: "avro", endpoint: "http://r" } }, "type"],
    ["a schema type", registryBody("x", { schema_type: "protobuf" }), "config.schema_type"],
    ["no endpoint", { type: "confluent", name: "x", config: { schema_type: "avro" } }, "config.endpoint"],
    ["an endpoint that is no URI", registryBody("x", { endpoint: "not a uri" }), "config.endpoint"],
    ["a timeout of 0", registryBody("x", { timeout_seconds: 0 }), "config.timeout_seconds"],
    ["a create without password", registryBody("x", { authentication: { type: "basic", username: "u" } }), "config.authentication.password"],
    ["an unknown field", registryBody("x", { extra: 1 }), "config.extra"],
  ])("refuses %s (400 naming the field)", async (_what, body, field) => {
    const r = await call("POST", registries(), body);
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body)).toContain(field);
  });
});

describe("schema validation and modify-headers policies", () => {
  let registryId: string;
  beforeAll(async () => {
    registryId = (await call("POST", registries(), registryBody("for-policies"))).body.id;
  });

  test("produce and consume schema validation: config as given, a registry named by ID or by name stored by ID", async () => {
    const produce = await call("POST", policies("produce"), {
      type: "schema_validation",
      name: "validate",
      config: { type: "confluent_schema_registry", schema_registry: { id: registryId }, failure_mode: "reject", validate_value: true, value_validation_action: "mark" },
    });
    expect(produce.status).toBe(201);
    expect(produce.body).toEqual(
      expect.objectContaining({
        type: "schema_validation",
        enabled: true,
        description: "",
        condition: "",
        parent_policy_id: null,
        config: { type: "confluent_schema_registry", schema_registry: { id: registryId }, failure_mode: "reject", validate_value: true, value_validation_action: "mark" },
      }),
    );
    const consume = await call("POST", policies("consume"), { type: "schema_validation", name: "parse", config: { type: "json", schema_registry: { name: "for-policies" }, failure_mode: "skip" } });
    expect(consume.status).toBe(201);
    expect(consume.body.config).toEqual({ type: "json", schema_registry: { id: registryId }, failure_mode: "skip" });
  });

  test.each([
    ["produce", { type: "avro" }, "config.type"],
    ["produce", { type: "json", failure_mode: "skip" }, "config.failure_mode"],
    ["consume", { type: "json", failure_mode: "reject" }, "config.failure_mode"],
    ["consume", { type: "json", value_validation_action: "reject" }, "config.value_validation_action"],
    ["produce", { type: "json", schema_registry: { id: "00000000-0000-0000-0000-000000000000" } }, "config.schema_registry"],
  ])("%s schema validation refuses %j", async (phase, config, field) => {
    const r = await call("POST", policies(phase as "produce" | "consume"), { type: "schema_validation", name: "bad", config });
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body)).toContain(field);
  });

  test("Konnect's shared limits: a description up to 512 characters, a condition up to 1000 (registries, schema validation, modify headers, ACLs)", async () => {
    const desc = (n: number) => call("POST", registries(), { ...registryBody(`d${n}`), description: "d".repeat(n) });
    expect((await desc(512)).status).toBe(201);
    const tooLong = await desc(513);
    expect([tooLong.status, JSON.stringify(tooLong.body)]).toEqual([400, expect.stringContaining("description")]);
    const cases: Array<[string, "produce" | "consume" | "cluster", Json]> = [
      ["schema_validation", "produce", { type: "schema_validation", config: { type: "json" } }],
      ["modify_headers", "consume", { type: "modify_headers", config: { actions: [{ op: "remove", key: "x" }] } }],
      ["acls", "cluster", { type: "acls", config: { rules: [{ resource_type: "topic", action: "allow", operations: [{ name: "read" }], resource_names: [{ match: "*" }] }] } }],
    ];
    for (const [type, phase, body] of cases) {
      const at = `/v1/event-gateways/${gw}/virtual-clusters/${vc}/${phase}-policies`;
      const ok = await call("POST", at, { ...body, name: `${type}-1000`, condition: "a".repeat(1000) });
      expect([type, ok.status, ok.body.condition?.length]).toEqual([type, 201, 1000]);
      const bad = await call("POST", at, { ...body, name: `${type}-1001`, condition: "a".repeat(1001) });
      expect([type, bad.status, JSON.stringify(bad.body)]).toEqual([type, 400, expect.stringContaining("condition")]);
    }
  });

  test("children: modify-headers and skip-record nest only in a schema validation policy of their collection; a parent takes them with it", async () => {
    const parent = (await call("POST", policies("consume"), { type: "schema_validation", name: "parent", config: { type: "json" } })).body.id;
    const skip = await call("POST", policies("consume"), { type: "skip_record", name: "skip-invalid", parent_policy_id: parent, condition: "!record.value.validated" });
    expect([skip.status, skip.body.parent_policy_id]).toEqual([201, parent]);
    const headers = await call("POST", policies("consume"), {
      type: "modify_headers",
      name: "tag",
      parent_policy_id: parent,
      config: { actions: [{ op: "remove", key: "a" }, { op: "set", key: "b", value: "c" }] },
    });
    expect([headers.status, headers.body.config]).toEqual([201, { actions: [{ op: "remove", key: "a" }, { op: "set", key: "b", value: "c" }] }]);

    const underSkip = await call("POST", policies("consume"), { type: "modify_headers", name: "x", parent_policy_id: skip.body.id, config: { actions: [{ op: "remove", key: "a" }] } });
    expect(underSkip.status).toBe(400);
    expect(underSkip.body.detail).toContain("a modify_headers policy's parent is one of: schema_validation");
    const skipUnderSkip = await call("POST", policies("consume"), { type: "skip_record", name: "y", parent_policy_id: skip.body.id });
    expect(skipUnderSkip.status).toBe(400);
    const crossPhase = await call("POST", policies("produce"), { type: "modify_headers", name: "z", parent_policy_id: parent, config: { actions: [{ op: "remove", key: "a" }] } });
    expect(crossPhase.status).toBe(400);
    const svWithParent = await call("POST", policies("consume"), { type: "schema_validation", name: "w", parent_policy_id: parent, config: { type: "json" } });
    expect([svWithParent.status, JSON.stringify(svWithParent.body)]).toEqual([400, expect.stringContaining("parent_policy_id")]);

    expect((await call("DELETE", `${policies("consume")}/${parent}`)).status).toBe(204);
    expect((await call("GET", `${policies("consume")}/${skip.body.id}`)).status).toBe(404);
    expect((await call("GET", `${policies("consume")}/${headers.body.id}`)).status).toBe(404);
  });

  test.each([
    [{ actions: [] }, "config.actions"],
    [{ actions: [{ op: "rename", key: "a" }] }, "config.actions.0.op"],
    [{ actions: [{ op: "set", key: "a" }] }, "config.actions.0.value"],
    [{ actions: [{ op: "remove", key: "a", value: "b" }] }, "config.actions.0.value"],
  ])("modify headers refuses %j", async (config, field) => {
    const r = await call("POST", policies("produce"), { type: "modify_headers", name: "bad", config });
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body)).toContain(field);
  });

  test("modify headers without actions is taken (the spec does not require the list)", async () => {
    const r = await call("POST", policies("produce"), { type: "modify_headers", name: "empty", config: {} });
    expect([r.status, r.body.config]).toEqual([201, {}]);
  });
});
