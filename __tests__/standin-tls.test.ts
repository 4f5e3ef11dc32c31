// HTTP contract of the stand-in's TLS group: trust bundles, data plane certificates (with the metadata Konnect reads
// from them) and tls_server listener policies (keys kept, never returned unless references).
import { DEFAULT_STANDIN_TOKEN, startStandin, type Standin } from "../standin";
import { TEST_CA_PEM, TEST_DATA_PLANE_PEM, TEST_SERVER_PEM } from "./support/certificates";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let s: Standin;
beforeAll(async () => {
  s = await startStandin();
});
afterAll(() => s.stop());

async function call(method: string, p: string, body?: unknown): Promise<{ status: number; body: Json }> {
  const headers: Record<string, string> = { authorization: `Bearer ${DEFAULT_STANDIN_TOKEN}` };
  if (body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(s.url + p, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

async function created(method: string, p: string, body: unknown): Promise<Json> {
  const a = await call(method, p, body);
  expect(a.status).toBe(201);
  return a.body;
}

async function setup(): Promise<{ gw: string; listener: string; bundle: string }> {
  const gw = (await created("POST", "/v1/event-gateways", { name: `gw-${Math.random().toString(36).slice(2, 8)}` })).id;
  const listener = (await created("POST", `/v1/event-gateways/${gw}/listeners`, { name: "l", addresses: ["0.0.0.0"], ports: ["9092"] })).id;
  const bundle = (await created("POST", `/v1/event-gateways/${gw}/tls-trust-bundles`, { name: "ca", description: "", config: { trusted_ca: TEST_CA_PEM } })).id;
  return { gw, listener, bundle };
}

describe("stand-in: TLS trust bundles", () => {
  test("created, read, updated by PUT (name, config and labels kept when left out, description back to its default), unique names, deleted", async () => {
    const { gw, bundle } = await setup();
    const path = `/v1/event-gateways/${gw}/tls-trust-bundles`;
    const got = await call("GET", `${path}/${bundle}`);
    expect(got.body).toEqual({
      id: bundle,
      name: "ca",
      description: "",
      config: { trusted_ca: TEST_CA_PEM },
      labels: {},
      created_at: expect.any(String),
      updated_at: expect.any(String),
    });
    // A PUT follows UpdateTLSTrustBundleRequest: name, config and labels (no default) are kept when left out or
    // null; description (default "") is "" when left out or null; what is given replaces.
    const put = async (body: Json) => {
      const a = await call("PUT", `${path}/${bundle}`, body);
      expect(a.status).toBe(200);
      const { name, description, config, labels } = a.body;
      expect((await call("GET", `${path}/${bundle}`)).body).toEqual(a.body);
      return { name, description, config, labels };
    };
    expect(await put({ description: "revised", labels: { team: "a" } })).toEqual({ name: "ca", description: "revised", config: { trusted_ca: TEST_CA_PEM }, labels: { team: "a" } });
    expect(await put({ name: "ca-2", config: { trusted_ca: "${vault.env['CA']}" } })).toEqual({ name: "ca-2", description: "", config: { trusted_ca: "${vault.env['CA']}" }, labels: { team: "a" } });
    expect(await put({ description: "again" })).toMatchObject({ description: "again" });
    expect(await put({ name: null, description: null, config: null, labels: null })).toEqual({ name: "ca-2", description: "", config: { trusted_ca: "${vault.env['CA']}" }, labels: { team: "a" } });
    expect(await put({ name: "ca", config: { trusted_ca: TEST_CA_PEM }, labels: {} })).toEqual({ name: "ca", description: "", config: { trusted_ca: TEST_CA_PEM }, labels: {} });
    expect((await call("PUT", `${path}/${bundle}`, { config: {} })).body.invalid_parameters).toEqual([{ field: "config.trusted_ca", reason: "is required" }]);
    expect((await call("POST", path, { name: "ca", config: { trusted_ca: TEST_CA_PEM } })).status).toBe(409);
    expect((await call("POST", path, { name: "x", config: {} })).body.invalid_parameters).toEqual([{ field: "config.trusted_ca", reason: "is required" }]);
    expect((await call("DELETE", `${path}/${bundle}`)).status).toBe(204);
    expect((await call("GET", `${path}/${bundle}`)).status).toBe(404);
  });
});

describe("stand-in: tls_server listener policies", () => {
  test("a plaintext key is kept and never returned; a reference is returned; versions are filled when given", async () => {
    const { gw, listener, bundle } = await setup();
    const path = `/v1/event-gateways/${gw}/listeners/${listener}/policies`;
    const p = await created("POST", path, {
      type: "tls_server",
      name: "tls",
      config: {
        certificates: [{ certificate: TEST_SERVER_PEM, key: "plaintext-key-sentinel" }],
        versions: { min: "TLSv1.3" },
        client_authentication: { mode: "required", tls_trust_bundles: [{ id: bundle }], principal_mapping: "context.certificate.subject['CN']" },
      },
    });
    expect(p.config).toEqual({
      certificates: [{ certificate: TEST_SERVER_PEM }],
      versions: { min: "TLSv1.3", max: "TLSv1.3" },
      allow_plaintext: false,
      client_authentication: { mode: "required", tls_trust_bundles: [{ id: bundle }], principal_mapping: "context.certificate.subject['CN']" },
    });
    expect(JSON.stringify((await call("GET", `${path}/${p.id}`)).body)).not.toContain("sentinel");
    expect(JSON.stringify((await call("GET", path)).body)).not.toContain("sentinel");
    expect(s.objects("listener-policy")[0]!.body.config).toEqual(expect.objectContaining({ certificates: [{ certificate: TEST_SERVER_PEM, key: "plaintext-key-sentinel" }] }));

    const ref = await created("POST", path, { type: "tls_server", enabled: false, config: { certificates: [{ certificate: TEST_SERVER_PEM, key: "${vault.env['K']}" }] } });
    expect(ref.config).toEqual({ certificates: [{ certificate: TEST_SERVER_PEM, key: "${vault.env['K']}" }], allow_plaintext: false });

    // A bundle a policy trusts cannot be deleted (the stand-in's choice); once the policy is gone, it can.
    const bundlePath = `/v1/event-gateways/${gw}/tls-trust-bundles/${bundle}`;
    expect((await call("DELETE", bundlePath)).body.detail).toMatch(/TLS trust bundle is used by TLS server policies tls/);
    expect((await call("DELETE", `${path}/${p.id}`)).status).toBe(204);
    expect((await call("DELETE", bundlePath)).status).toBe(204);
  });

  test.each<[string, Json, string, string]>([
    ["no certificate", { certificates: [] }, "config.certificates", "must have at least 1 item(s)"],
    ["two certificates", { certificates: [{ certificate: "c", key: "k" }, { certificate: "c", key: "k" }] }, "config.certificates", "must have at most 1 item(s)"],
    ["no key", { certificates: [{ certificate: "c" }] }, "config.certificates.0.key", "is required"],
    ["a TLS version", { certificates: [{ certificate: "c", key: "k" }], versions: { max: "TLSv1.1" } }, "config.versions.max", "must be one of: TLSv1.2, TLSv1.3"],
    ["a mode", { certificates: [{ certificate: "c", key: "k" }], client_authentication: { mode: "optional", tls_trust_bundles: [{ id: "x" }] } }, "config.client_authentication.mode", "must be one of: required, requested"],
    ["no trust bundle", { certificates: [{ certificate: "c", key: "k" }], client_authentication: { mode: "required", tls_trust_bundles: [] } }, "config.client_authentication.tls_trust_bundles", "must have at least 1 item(s)"],
    ["an unknown trust bundle", { certificates: [{ certificate: "c", key: "k" }], client_authentication: { mode: "required", tls_trust_bundles: [{ id: "nope" }] } }, "config.client_authentication.tls_trust_bundles.0.id", "TLS trust bundle nope does not exist in this gateway"],
    ["an unknown field", { certificates: [{ certificate: "c", key: "k" }], ciphers: [] }, "config.ciphers", "is not a known field"],
  ])("400: %s", async (_, config, field, reason) => {
    const { gw, listener } = await setup();
    const a = await call("POST", `/v1/event-gateways/${gw}/listeners/${listener}/policies`, { type: "tls_server", config });
    expect([a.status, a.body.invalid_parameters]).toEqual([400, [{ field, reason }]]);
  });
});

describe("stand-in: data plane certificates", () => {
  test("metadata read from the certificate; name and description null unless given; PUT replaces", async () => {
    const { gw } = await setup();
    const path = `/v1/event-gateways/${gw}/data-plane-certificates`;
    const c = await created("POST", path, { certificate: TEST_DATA_PLANE_PEM, name: null });
    expect(c).toEqual({
      id: expect.any(String),
      certificate: TEST_DATA_PLANE_PEM,
      metadata: {
        issuer: "O=konnect-event-gateway-cdktf,CN=Example Test CA",
        subject: "O=konnect-event-gateway-cdktf,CN=data-plane-1",
        key_usages: [],
        expiry: 4949501372,
        san_names: ["dp1.example.com", "10.0.0.1", "spiffe://example/dp1", "ops@example.com"],
        dns_names: ["dp1.example.com"],
        email_addresses: ["ops@example.com"],
        ip_addresses: ["10.0.0.1"],
        uris: ["spiffe://example/dp1"],
        sha256_fingerprint: "6accf93cdd389eca68e37e7229ab30f7eb77d0ce098244379b9f3ada640543de",
      },
      created_at: expect.any(String),
      updated_at: expect.any(String),
    });
    const put = await call("PUT", `${path}/${c.id}`, { certificate: TEST_CA_PEM, name: "fleet", description: "d" });
    expect([put.status, put.body.name, put.body.description, put.body.metadata.subject]).toEqual([200, "fleet", "d", "O=konnect-event-gateway-cdktf,CN=Example Test CA"]);
    // Names are not unique.
    expect((await call("POST", path, { certificate: TEST_DATA_PLANE_PEM, name: "fleet" })).status).toBe(201);
    const bad = await call("POST", path, { certificate: "not a certificate" });
    expect([bad.status, bad.body.invalid_parameters]).toEqual([400, [{ field: "certificate", reason: "must be a PEM-encoded X.509 certificate" }]]);
  });
});
