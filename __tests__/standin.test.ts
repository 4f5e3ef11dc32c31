// HTTP contract of the Konnect stand-in: what the konnect-beta provider's SDK requires of each answer (codes, content
// types, fields, defaults), 401/404/409/400, lists, issuers, faults, persistence and the CLI.
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createRemoteJWKSet, jwtVerify } from "jose";
import { DEFAULT_STANDIN_TOKEN, startStandin, type Standin } from "../standin";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

let s: Standin;
beforeAll(async () => {
  s = await startStandin();
});
afterAll(() => s.stop());

interface Answer {
  status: number;
  type: string;
  body: Json;
  headers: Headers;
}

async function call(method: string, p: string, body?: unknown, token: string | null = DEFAULT_STANDIN_TOKEN): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (token !== null) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(s.url + p, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, type: res.headers.get("content-type") ?? "", body: text ? JSON.parse(text) : undefined, headers: res.headers };
}

function expectProblem(a: Answer, status: number, detail?: RegExp): void {
  expect({ status: a.status, type: a.type }).toEqual({ status, type: "application/problem+json" });
  expect(a.body).toEqual(expect.objectContaining({ status, title: expect.any(String), detail: expect.any(String) }));
  if (detail) expect(a.body.detail).toMatch(detail);
}

function expectCreated(a: Answer): Json {
  expect({ status: a.status, type: a.type }).toEqual({ status: 201, type: "application/json" });
  expect(a.body.created_at).toMatch(RFC3339);
  expect(a.body.updated_at).toMatch(RFC3339);
  return a.body;
}

async function gateway(name = `gw-${Math.random().toString(36).slice(2, 8)}`): Promise<Json> {
  return expectCreated(await call("POST", "/v1/event-gateways", { name }));
}

async function backend(gwId: string, extra: Json = {}): Promise<Json> {
  return expectCreated(
    await call("POST", `/v1/event-gateways/${gwId}/backend-clusters`, {
      name: "backend",
      bootstrap_servers: ["kafka1:9092"],
      authentication: { type: "anonymous" },
      tls: { enabled: false },
      ...extra,
    }),
  );
}

async function virtualCluster(gwId: string, backendId: string, extra: Json = {}): Promise<Json> {
  return expectCreated(
    await call("POST", `/v1/event-gateways/${gwId}/virtual-clusters`, {
      name: "vc",
      destination: { id: backendId },
      dns_label: "vc",
      acl_mode: "enforce_on_gateway",
      authentication: [{ type: "oauth_bearer", mediation: "terminate", jwks: { endpoint: "http://127.0.0.1:1/jwks" } }],
      ...extra,
    }),
  );
}

describe("authentication", () => {
  test.each([
    ["no Authorization header", null],
    ["a wrong token", "kpat_wrong"],
  ])("%s: 401 problem+json, nothing done", async (_, token) => {
    const a = await call("POST", "/v1/event-gateways", { name: "unauthorized" }, token);
    expectProblem(a, 401, /Invalid credentials/);
    expect(s.objects("event-gateway").find((g) => g.body.name === "unauthorized")).toBeUndefined();
    // The answer never echoes the token it got.
    expect(JSON.stringify(a.body)).not.toContain("kpat_wrong");
  });

  test("a custom token replaces the default", async () => {
    const other = await startStandin({ token: "kpat_custom_test_token" });
    try {
      const ok = await fetch(`${other.url}/v1/auth-servers`, { headers: { authorization: "Bearer kpat_custom_test_token" } });
      expect(ok.status).toBe(200);
      const no = await fetch(`${other.url}/v1/auth-servers`, { headers: { authorization: `Bearer ${DEFAULT_STANDIN_TOKEN}` } });
      expect(no.status).toBe(401);
    } finally {
      await other.stop();
    }
  });
});

describe("event gateways", () => {
  test("create 201 with every field EventGatewayInfo requires; GET 200; PUT 200 keeps unset fields; DELETE 204 then 404", async () => {
    const g = await gateway("gw-crud");
    expect(g).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: "gw-crud",
      description: "",
      min_runtime_version: "1.1",
      labels: {},
      version: expect.stringMatching(/^v\d+\.\d+$/),
      nodes_total: 0,
      virtual_clusters_total: 0,
      created_at: expect.stringMatching(RFC3339),
      updated_at: expect.stringMatching(RFC3339),
    });
    const got = await call("GET", `/v1/event-gateways/${g.id}`);
    expect({ status: got.status, type: got.type, body: got.body }).toEqual({ status: 200, type: "application/json", body: g });

    const put = await call("PUT", `/v1/event-gateways/${g.id}`, { description: "now described", labels: { env: "test" } });
    expect(put.status).toBe(200);
    expect(put.body).toEqual(expect.objectContaining({ name: "gw-crud", description: "now described", labels: { env: "test" }, created_at: g.created_at }));

    const del = await call("DELETE", `/v1/event-gateways/${g.id}`);
    expect(del.status).toBe(204);
    expect(del.body).toBeUndefined();
    expectProblem(await call("GET", `/v1/event-gateways/${g.id}`), 404);
    expectProblem(await call("DELETE", `/v1/event-gateways/${g.id}`), 404);
    expectProblem(await call("PUT", `/v1/event-gateways/${g.id}`, { name: "x" }), 404);
  });

  test("a second gateway with the same name is 409; bad fields are 400 with invalid_parameters", async () => {
    await gateway("gw-dup");
    expectProblem(await call("POST", "/v1/event-gateways", { name: "gw-dup" }), 409, /gw-dup/);
    const bad = await call("POST", "/v1/event-gateways", { name: "ok", min_runtime_version: "latest" });
    expectProblem(bad, 400);
    expect(bad.body.invalid_parameters).toEqual([{ field: "min_runtime_version", reason: expect.stringMatching(/must match/) }]);
    expectProblem(await call("POST", "/v1/event-gateways", { name: "ok", colour: "red" }), 400, /colour is not a known field/);
    expectProblem(await call("POST", "/v1/event-gateways", {}), 400, /name is required/);
  });

  test("children of a gateway that does not exist are 404", async () => {
    const missing = "00000000-0000-4000-8000-000000000000";
    expectProblem(
      await call("POST", `/v1/event-gateways/${missing}/listeners`, { name: "l", addresses: ["0.0.0.0"], ports: ["9092"] }),
      404,
      /Event gateway/,
    );
    expectProblem(await call("GET", `/v1/event-gateways/${missing}/backend-clusters/${missing}`), 404);
    const g = await gateway();
    expectProblem(await call("GET", `/v1/event-gateways/${g.id}/virtual-clusters/${missing}/cluster-policies/${missing}`), 404, /Virtual cluster/);
    expectProblem(await call("POST", `/v1/event-gateways/${g.id}/listeners/${missing}/policies`, {}), 404, /Listener/);
  });

  test("backend cluster: defaults filled, authentication has its type, plaintext passwords never returned, vault references are", async () => {
    const g = await gateway();
    const b = await backend(g.id, {
      name: "sasl",
      authentication: { type: "sasl_plain", username: "svc", password: "plaintext-secret" },
      tls: { enabled: true, client_identity: { certificate: "CERT", key: "${vault.env['TLS_KEY']}" } },
    });
    expect(b).toEqual(
      expect.objectContaining({
        description: "",
        insecure_allow_anonymous_virtual_cluster_auth: false,
        metadata_update_interval_seconds: 60,
        bootstrap_servers: ["kafka1:9092"],
        authentication: { type: "sasl_plain", username: "svc" },
        tls: { enabled: true, insecure_skip_verify: false, tls_versions: ["tls12", "tls13"], client_identity: { certificate: "CERT", key: "${vault.env['TLS_KEY']}" } },
        labels: {},
      }),
    );
    expect(JSON.stringify((await call("GET", `/v1/event-gateways/${g.id}/backend-clusters/${b.id}`)).body)).not.toContain("plaintext-secret");
    const vaulted = await call("PUT", `/v1/event-gateways/${g.id}/backend-clusters/${b.id}`, {
      name: "sasl",
      bootstrap_servers: ["kafka1:9092"],
      authentication: { type: "sasl_plain", username: "svc", password: "${vault.env['KAFKA_PASSWORD']}" },
      tls: { enabled: true },
    });
    expect(vaulted.status).toBe(200);
    expect(vaulted.body.authentication).toEqual({ type: "sasl_plain", username: "svc", password: "${vault.env['KAFKA_PASSWORD']}" });
    expectProblem(await call("POST", `/v1/event-gateways/${g.id}/backend-clusters`, { name: "sasl", bootstrap_servers: ["k:1"], authentication: { type: "anonymous" }, tls: { enabled: false } }), 409);
    expectProblem(
      await call("POST", `/v1/event-gateways/${g.id}/backend-clusters`, { name: "x", bootstrap_servers: ["k:1"], authentication: { type: "kerberos" }, tls: { enabled: false } }),
      400,
      /authentication\.type must be one of/,
    );
  });

  test("virtual cluster: destination as {id, name}, JWKS defaults 10s/1h, anonymous whatever the backend's flag (as Konnect); counts on the gateway", async () => {
    const g = await gateway();
    const b = await backend(g.id);
    const vc = await virtualCluster(g.id, b.id, {
      namespace: { mode: "hide_prefix", prefix: "my-", additional: { topics: [{ type: "glob", glob: "extra_*" }] } },
    });
    expect(vc.destination).toEqual({ id: b.id, name: "backend" });
    expect(vc.authentication).toEqual([{ type: "oauth_bearer", mediation: "terminate", jwks: { endpoint: "http://127.0.0.1:1/jwks", timeout: "10s", cache_expiration: "1h" } }]);
    expect(vc.namespace).toEqual({ mode: "hide_prefix", prefix: "my-", additional: { topics: [{ type: "glob", glob: "extra_*", conflict: "warn" }] } });
    expect(vc).not.toHaveProperty("topic_aliases");
    // Konnect accepts anonymous client authentication on a backend without insecure_allow_anonymous_virtual_cluster_auth.
    expect((await call("GET", `/v1/event-gateways/${g.id}/backend-clusters/${b.id}`)).body.insecure_allow_anonymous_virtual_cluster_auth).toBe(false);
    const anon = expectCreated(await virtualClusterRaw(g.id, b.id, { name: "anon", dns_label: "anon", authentication: [{ type: "anonymous" }] }));
    expect(anon.authentication).toEqual([{ type: "anonymous" }]);
    expect((await call("GET", `/v1/event-gateways/${g.id}`)).body.virtual_clusters_total).toBe(2);
    expectProblem(await virtualClusterRaw(g.id, "nope", { name: "x" }), 400, /backend cluster nope does not exist/);
    expectProblem(await call("DELETE", `/v1/event-gateways/${g.id}/backend-clusters/${b.id}`), 400, /destination of virtual cluster/);
  });

  async function virtualClusterRaw(gwId: string, backendId: string, extra: Json): Promise<Answer> {
    return call("POST", `/v1/event-gateways/${gwId}/virtual-clusters`, {
      name: "vc2",
      destination: { id: backendId },
      dns_label: "vc2",
      acl_mode: "passthrough",
      authentication: [{ type: "sasl_scram", algorithm: "sha256" }],
      ...extra,
    });
  }

  test("listener ports are strings (numbers are accepted and returned as strings); bad ports are 400", async () => {
    const g = await gateway();
    const l = expectCreated(await call("POST", `/v1/event-gateways/${g.id}/listeners`, { name: "l", addresses: ["0.0.0.0"], ports: [9092, "19092-19192"] }));
    expect(l.ports).toEqual(["9092", "19092-19192"]);
    expect(l.description).toBe("");
    expectProblem(await call("POST", `/v1/event-gateways/${g.id}/listeners`, { name: "m", addresses: ["0.0.0.0"], ports: ["9095-9093"] }), 400, /ports\.0/);
  });

  test("policies: type, enabled true, description, condition and parent_policy_id defaults; config defaults; one port mapping per listener", async () => {
    const g = await gateway();
    const b = await backend(g.id);
    const vc = await virtualCluster(g.id, b.id);
    const l = expectCreated(await call("POST", `/v1/event-gateways/${g.id}/listeners`, { name: "l", addresses: ["0.0.0.0"], ports: ["9092-9095"] }));
    const fwdBody = { type: "forward_to_virtual_cluster", config: { type: "port_mapping", advertised_host: "localhost", destination: { id: vc.id } } };
    const fwd = expectCreated(await call("POST", `/v1/event-gateways/${g.id}/listeners/${l.id}/policies`, fwdBody));
    expect(fwd).toEqual(
      expect.objectContaining({
        type: "forward_to_virtual_cluster",
        enabled: true,
        description: "",
        parent_policy_id: null,
        config: { type: "port_mapping", advertised_host: "localhost", destination: { id: vc.id }, bootstrap_port: "at_start", min_broker_id: 0 },
      }),
    );
    expectProblem(await call("POST", `/v1/event-gateways/${g.id}/listeners/${l.id}/policies`, fwdBody), 400, /only one port_mapping/);

    const vcPath = `/v1/event-gateways/${g.id}/virtual-clusters/${vc.id}`;
    const rule = { action: "allow", resource_type: "topic", operations: [{ name: "read" }], resource_names: [{ match: "*" }] };
    const acl = expectCreated(await call("POST", `${vcPath}/cluster-policies`, { type: "acls", name: "acl", config: { rules: [rule] } }));
    expect(acl).toEqual(expect.objectContaining({ type: "acls", name: "acl", condition: "", enabled: true, config: { rules: [rule] } }));
    expectProblem(await call("POST", `${vcPath}/cluster-policies`, { type: "acls", name: "acl", config: { rules: [rule] } }), 409);
    expectProblem(await call("POST", `${vcPath}/cluster-policies`, { type: "acls", config: { rules: [] } }), 400, /config\.rules/);
    expectProblem(
      await call("POST", `${vcPath}/cluster-policies`, { type: "acls", config: { rules: [{ ...rule, operations: [{ name: "fly" }] }] } }),
      400,
      /operations\.0\.name must be one of/,
    );
    expectProblem(await call("POST", `${vcPath}/cluster-policies`, { type: "skip_record" }), 400, /type must be acls/);

    const skip = expectCreated(await call("POST", `${vcPath}/consume-policies`, { type: "skip_record", condition: "record.headers['internal'] == 'true'" }));
    expect(skip).toEqual(expect.objectContaining({ type: "skip_record", enabled: true, description: "", parent_policy_id: null }));
    const got = await call("GET", `${vcPath}/consume-policies/${skip.id}`);
    expect(got.body).toEqual(skip);
  });

  test("deleting a gateway deletes everything under it (Konnect does not document this; the stand-in cascades)", async () => {
    const g = await gateway();
    const b = await backend(g.id);
    const vc = await virtualCluster(g.id, b.id);
    await call("POST", `/v1/event-gateways/${g.id}/virtual-clusters/${vc.id}/consume-policies`, { type: "skip_record" });
    expect((await call("DELETE", `/v1/event-gateways/${g.id}`)).status).toBe(204);
    for (const kind of ["backend-cluster", "virtual-cluster", "consume-policy"] as const) {
      expect(s.objects(kind).filter((o) => o.parents.gatewayId === g.id)).toEqual([]);
    }
    expectProblem(await call("GET", `/v1/event-gateways/${g.id}/virtual-clusters/${vc.id}`), 404);
  });
});

describe("Kong Identity", () => {
  async function authServer(name: string): Promise<Json> {
    return expectCreated(await call("POST", "/v1/auth-servers", { name, audience: "http://kafka.dev" }));
  }

  test("auth server: issuer and metadata_uri under the stand-in, defaults filled; PATCH merges; duplicate names 409", async () => {
    const a = await authServer("as-crud");
    expect(a).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: "as-crud",
      description: "",
      audience: "http://kafka.dev",
      signing_algorithm: "RS256",
      labels: {},
      trusted_origins: [],
      dcr_default_access_token_duration: 300,
      issuer: `${s.url}/identity/${a.id}/auth`,
      metadata_uri: `${s.url}/identity/${a.id}/auth/.well-known/openid-configuration`,
      created_at: expect.stringMatching(RFC3339),
      updated_at: expect.stringMatching(RFC3339),
    });
    const p = await call("PATCH", `/v1/auth-servers/${a.id}`, { description: "patched" });
    expect({ status: p.status, name: p.body.name, description: p.body.description, audience: p.body.audience }).toEqual({
      status: 200,
      name: "as-crud",
      description: "patched",
      audience: "http://kafka.dev",
    });
    expectProblem(await call("POST", "/v1/auth-servers", { name: "as-crud", audience: "x" }), 409);
    expectProblem(await call("PUT", `/v1/auth-servers/${a.id}`, { name: "x" }), 405);
    expectProblem(await call("POST", "/v1/auth-servers", { name: "no-audience" }), 400, /audience is required/);
  });

  test("scopes and clients: defaults; the secret only in the create answer; PUT to a new ID creates (201), to an existing one replaces (200)", async () => {
    const a = await authServer("as-clients");
    const base = `/v1/auth-servers/${a.id}`;
    const scope = expectCreated(await call("POST", `${base}/scopes`, { name: "kafka" }));
    expect(scope).toEqual(expect.objectContaining({ name: "kafka", description: "", default: false, include_in_metadata: false, enabled: true }));
    expectProblem(await call("POST", `${base}/scopes`, { name: "kafka" }), 409);

    const body = { name: "producer", grant_types: ["client_credentials"], response_types: ["id_token", "token"], allow_scopes: [scope.id] };
    const c = expectCreated(await call("POST", `${base}/clients`, body));
    expect(c).toEqual(
      expect.objectContaining({
        id: expect.stringMatching(/^[A-Za-z0-9]{20}$/),
        client_secret: expect.stringMatching(/^[A-Za-z0-9]{32}$/),
        redirect_uris: [],
        labels: {},
        allow_all_scopes: false,
        allow_scopes: [scope.id],
        access_token_duration: 300,
        id_token_duration: 300,
        refresh_token_duration: 2592000,
        token_endpoint_auth_method: "client_secret_post",
      }),
    );
    const got = await call("GET", `${base}/clients/${c.id}`);
    expect(got.status).toBe(200);
    expect(got.body).not.toHaveProperty("client_secret");
    expect(JSON.stringify(s.objects("client"))).not.toContain(c.client_secret);

    const put = await call("PUT", `${base}/clients/reader-app`, { ...body, name: "reader", client_secret: "given-secret-value" });
    expect({ status: put.status, id: put.body.id, secret: put.body.client_secret }).toEqual({ status: 201, id: "reader-app", secret: "given-secret-value" });
    const replace = await call("PUT", `${base}/clients/reader-app`, { ...body, name: "reader2", access_token_duration: 3600 });
    expect({ status: replace.status, name: replace.body.name, duration: replace.body.access_token_duration }).toEqual({ status: 200, name: "reader2", duration: 3600 });
    expect(replace.body).not.toHaveProperty("client_secret");
    expectProblem(await call("POST", `${base}/clients`, { ...body, id: "reader-app" }), 409);
    expectProblem(await call("POST", `${base}/clients`, { ...body, allow_scopes: ["not-a-scope"] }), 400, /unknown scope/);
    expectProblem(await call("PATCH", `${base}/clients/${c.id}`, { name: "x" }), 405);
    expectProblem(await call("POST", `/v1/auth-servers/00000000-0000-4000-8000-000000000000/clients`, body), 404, /Auth server/);
  });

  test("deleting an auth server with children needs force=true (400 otherwise), which deletes them too", async () => {
    const a = await authServer("as-delete");
    await call("POST", `/v1/auth-servers/${a.id}/scopes`, { name: "kafka" });
    expectProblem(await call("DELETE", `/v1/auth-servers/${a.id}?force=false`), 400, /still has 0 client\(s\), 1 scope\(s\), 0 claim\(s\)/);
    expect((await call("DELETE", `/v1/auth-servers/${a.id}?force=true`)).status).toBe(204);
    expect(s.objects("scope").filter((o) => o.parents.authServerId === a.id)).toEqual([]);
    const issuer = await fetch(`${s.url}/identity/${a.id}/auth/.well-known/jwks`);
    expect(issuer.status).toBe(404);
  });

  test("lists: {data, meta.page{number,size,total}}, page[size]/page[number], filter[name][eq]", async () => {
    const a = await authServer("as-list");
    const names = Array.from({ length: 7 }, (_, i) => `client-${i}`);
    for (const name of names) {
      await call("POST", `/v1/auth-servers/${a.id}/clients`, { name, grant_types: ["client_credentials"], response_types: ["token"] });
    }
    const p1 = await call("GET", `/v1/auth-servers/${a.id}/clients?page[size]=3&page[number]=1`);
    expect({ status: p1.status, type: p1.type, meta: p1.body.meta, names: p1.body.data.map((c: Json) => c.name) }).toEqual({
      status: 200,
      type: "application/json",
      meta: { page: { number: 1, size: 3, total: 7 } },
      names: names.slice(0, 3),
    });
    const p3 = await call("GET", `/v1/auth-servers/${a.id}/clients?page%5Bsize%5D=3&page%5Bnumber%5D=3`);
    expect(p3.body.data.map((c: Json) => c.name)).toEqual(["client-6"]);
    expect(p1.body.data.filter((c: Json) => "client_secret" in c)).toEqual([]);
    const one = await call("GET", `/v1/auth-servers?filter[name][eq]=as-list`);
    expect(one.body.data.map((x: Json) => x.id)).toEqual([a.id]);
    expect(one.body.meta.page).toEqual({ number: 1, size: 10, total: 1 });
    expect((await call("GET", `/v1/auth-servers?filter[name][eq]=nobody`)).body).toEqual({ data: [], meta: { page: { number: 1, size: 10, total: 0 } } });
    expectProblem(await call("GET", `/v1/auth-servers?page[size]=1000`), 400, /page\[size\]/);
    expectProblem(await call("GET", `/v1/auth-servers?filter[audience][eq]=x`), 400);
  });

  test("issuer: discovery, JWKS, and a client_credentials token that verifies against the JWKS with sub = client ID, iss, aud, scope", async () => {
    const a = expectCreated(await call("POST", "/v1/auth-servers", { name: "as-issuer", audience: "http://orders.kafka" }));
    const scope = expectCreated(await call("POST", `/v1/auth-servers/${a.id}/scopes`, { name: "kafka" }));
    const c = expectCreated(
      await call("POST", `/v1/auth-servers/${a.id}/clients`, {
        name: "producer",
        grant_types: ["client_credentials"],
        response_types: ["token"],
        allow_scopes: [scope.id],
        access_token_duration: 600,
      }),
    );
    const discovery = await (await fetch(a.metadata_uri)).json();
    expect(discovery).toEqual(expect.objectContaining({ issuer: a.issuer, jwks_uri: `${a.issuer}/.well-known/jwks`, token_endpoint: `${a.issuer}/oauth/token` }));

    const tokenRes = await fetch(`${a.issuer}/oauth/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "client_credentials", client_id: c.id, client_secret: c.client_secret, scope: "kafka" }),
    });
    expect(tokenRes.status).toBe(200);
    const token = (await tokenRes.json()) as Json;
    expect(token).toEqual(expect.objectContaining({ token_type: "Bearer", expires_in: 600, scope: "kafka" }));
    const { payload, protectedHeader } = await jwtVerify(token.access_token, createRemoteJWKSet(new URL(`${a.issuer}/.well-known/jwks`)), {
      issuer: a.issuer,
      audience: "http://orders.kafka",
    });
    expect(protectedHeader.alg).toBe("RS256");
    expect(payload).toEqual(expect.objectContaining({ sub: c.id, iss: a.issuer, aud: "http://orders.kafka", scope: "kafka" }));
    expect(payload.exp! - payload.iat!).toBe(600);

    // A scope the client may not ask for, a wrong secret, and a deleted client are refused.
    const other = expectCreated(await call("POST", `/v1/auth-servers/${a.id}/scopes`, { name: "admin" }));
    const tokenFor = (scopeName: string, secret = c.client_secret) =>
      fetch(`${a.issuer}/oauth/token`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ grant_type: "client_credentials", client_id: c.id, client_secret: secret, scope: scopeName }),
      });
    expect((await tokenFor(other.name)).status).toBe(400);
    expect((await tokenFor("kafka", "wrong")).status).toBe(401);
    // Allowing the scope through the API reaches the issuer.
    const put = await call("PUT", `/v1/auth-servers/${a.id}/clients/${c.id}`, {
      name: "producer",
      grant_types: ["client_credentials"],
      response_types: ["token"],
      allow_scopes: [scope.id, other.id],
    });
    expect(put.status).toBe(200);
    expect((await tokenFor("admin")).status).toBe(200);
    expect((await call("DELETE", `/v1/auth-servers/${a.id}/clients/${c.id}`)).status).toBe(204);
    expect((await tokenFor("kafka")).status).toBe(401);
  });
});

describe("Kong Identity claims", () => {
  test("claims: create 201 with the provider's defaults, GET 200, PATCH merges, list, DELETE 204 then 404; bad bodies 400", async () => {
    const a = expectCreated(await call("POST", "/v1/auth-servers", { name: "claims-crud", audience: "a" }));
    const base = `/v1/auth-servers/${a.id}/claims`;
    const c = expectCreated(await call("POST", base, { name: "team", value: "orders" }));
    expect(c).toEqual({
      id: expect.any(String),
      name: "team",
      value: "orders",
      include_in_token: false,
      include_in_all_scopes: false,
      include_in_scopes: [],
      enabled: true,
      created_at: expect.any(String),
      updated_at: expect.any(String),
    });
    expect((await call("GET", `${base}/${c.id}`)).body).toEqual(c);
    const patched = await call("PATCH", `${base}/${c.id}`, { include_in_token: true, include_in_scopes: ["s1"] });
    expect(patched.status).toBe(200);
    expect(patched.body).toEqual(expect.objectContaining({ name: "team", value: "orders", include_in_token: true, include_in_scopes: ["s1"], enabled: true }));
    const list = await call("GET", base);
    expect(list.body).toEqual({ data: [patched.body], meta: { page: { number: 1, size: 10, total: 1 } } });
    expectProblem(await call("POST", base, { name: "x" }), 400, /value/);
    expectProblem(await call("POST", base, { name: "x", value: "v", colour: "red" }), 400, /colour/);
    expectProblem(await call("POST", `/v1/auth-servers/nope/claims`, { name: "x", value: "v" }), 404);
    expectProblem(await call("DELETE", `/v1/auth-servers/${a.id}`), 400, /1 claim\(s\)/);
    expect((await call("DELETE", `${base}/${c.id}`)).status).toBe(204);
    expectProblem(await call("GET", `${base}/${c.id}`), 404);
  });

  test("the issuer puts enabled, in-token claims of a granted scope (or of all scopes) into tokens; JSON values stay JSON", async () => {
    const a = expectCreated(await call("POST", "/v1/auth-servers", { name: "claims-issuer", audience: "http://orders" }));
    const base = `/v1/auth-servers/${a.id}`;
    const kafka = expectCreated(await call("POST", `${base}/scopes`, { name: "kafka" }));
    const admin = expectCreated(await call("POST", `${base}/scopes`, { name: "admin" }));
    const claim = (body: Json) => call("POST", `${base}/claims`, { include_in_token: true, ...body });
    expectCreated(await claim({ name: "team", value: "orders", include_in_scopes: [kafka.id] }));
    expectCreated(await claim({ name: "profile", value: '{"tier":"gold","seats":3}', include_in_all_scopes: true }));
    expectCreated(await claim({ name: "admin_only", value: "yes", include_in_scopes: [admin.id] }));
    expectCreated(await claim({ name: "disabled", value: "x", include_in_all_scopes: true, enabled: false }));
    expectCreated(await claim({ name: "userinfo_only", value: "x", include_in_all_scopes: true, include_in_token: false }));
    expectCreated(await claim({ name: "sub", value: "someone-else", include_in_all_scopes: true }));
    const c = expectCreated(
      await call("POST", `${base}/clients`, { name: "svc", grant_types: ["client_credentials"], response_types: ["token"], allow_scopes: [kafka.id, admin.id] }),
    );
    const claimsOf = async (scope?: string): Promise<Json> => {
      const params: Record<string, string> = { grant_type: "client_credentials", client_id: c.id, client_secret: c.client_secret };
      if (scope) params.scope = scope;
      const res = await fetch(`${a.issuer}/oauth/token`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(params) });
      const { payload } = await jwtVerify(((await res.json()) as Json).access_token, createRemoteJWKSet(new URL(`${a.issuer}/.well-known/jwks`)), { issuer: a.issuer });
      return payload;
    };
    const withKafka = await claimsOf("kafka");
    expect(withKafka).toEqual(expect.objectContaining({ team: "orders", profile: { tier: "gold", seats: 3 }, sub: c.id }));
    for (const k of ["admin_only", "disabled", "userinfo_only"]) expect(withKafka).not.toHaveProperty(k);
    const noScope = await claimsOf();
    expect(noScope).toEqual(expect.objectContaining({ profile: { tier: "gold", seats: 3 }, sub: c.id }));
    expect(noScope).not.toHaveProperty("team");
    // A change through the API reaches the issuer: disabling the scope drops its claim.
    expect((await call("PATCH", `${base}/scopes/${kafka.id}`, { enabled: false })).status).toBe(200);
    expect((await call("PATCH", `${base}/scopes/${admin.id}`, { enabled: true })).status).toBe(200);
    expect(await claimsOf("admin")).toEqual(expect.objectContaining({ admin_only: "yes" }));
  });
});

describe("vaults and static keys", () => {
  const KEY = "SENTINEL-STATIC-KEY-7c1e2a";

  test("vaults: env (config.prefix) and konnect; GET, PUT replaces (the type may change), list, DELETE 204 then 404; bad bodies 400", async () => {
    const gw = await gateway();
    const base = `/v1/event-gateways/${gw.id}/vaults`;
    const env = expectCreated(await call("POST", base, { type: "env", name: "env", config: { prefix: "KEGW_" } }));
    expect(env).toEqual({ id: expect.any(String), type: "env", name: "env", description: "", labels: {}, config: { prefix: "KEGW_" }, created_at: env.created_at, updated_at: env.updated_at });
    const k = expectCreated(await call("POST", base, { type: "konnect", name: "konnect_secrets", description: "d", labels: { team: "a" } }));
    expect(k).toEqual({ id: expect.any(String), type: "konnect", name: "konnect_secrets", description: "d", labels: { team: "a" }, created_at: k.created_at, updated_at: k.updated_at });
    expect((await call("GET", `${base}/${env.id}`)).body).toEqual(env);
    const put = await call("PUT", `${base}/${env.id}`, { type: "konnect", name: "env" });
    expect([put.status, put.body.type, put.body.config]).toEqual([200, "konnect", undefined]);
    expect((await call("GET", base)).body.meta.page.total).toBe(2);
    expectProblem(await call("POST", base, { type: "env", name: "env2" }), 400, /config/);
    expectProblem(await call("POST", base, { type: "konnect", name: "x", config: { prefix: "" } }), 400, /config/);
    expectProblem(await call("POST", base, { type: "hcv", name: "x" }), 400, /type/);
    expectProblem(await call("POST", base, { type: "konnect", name: "a:b" }), 400, /name/);
    expectProblem(await call("POST", base, { type: "konnect", name: "konnect_secrets" }), 409);
    expect((await call("DELETE", `${base}/${k.id}`)).status).toBe(204);
    expectProblem(await call("GET", `${base}/${k.id}`), 404);
  });

  test("static keys: a plaintext value is kept but never returned (nor echoed in errors), a reference is; no update; DELETE 204", async () => {
    const gw = await gateway();
    const base = `/v1/event-gateways/${gw.id}/static-keys`;
    const plain = expectCreated(await call("POST", base, { name: "plain", value: KEY }));
    expect(plain).toEqual({ id: expect.any(String), name: "plain", description: "", labels: {}, created_at: plain.created_at, updated_at: plain.updated_at });
    const ref = expectCreated(await call("POST", base, { name: "ref", value: "${vault.env['ORDERS_KEY']}" }));
    expect(ref.value).toBe("${vault.env['ORDERS_KEY']}");
    const all = await call("GET", base);
    expect(JSON.stringify(all.body)).not.toContain(KEY);
    expect((await call("GET", `${base}/${plain.id}`)).body).toEqual(plain);
    expect(s.objects("static-key").find((o) => o.id === plain.id)).toBeDefined();
    expectProblem(await call("PUT", `${base}/${plain.id}`, { name: "plain", value: KEY }), 405);
    const bad = await call("POST", base, { name: "x", value: KEY, extra: KEY });
    expectProblem(bad, 400);
    expect(JSON.stringify(bad.body)).not.toContain(KEY);
    expectProblem(await call("POST", base, { name: "plain", value: KEY }), 409);
    expectProblem(await call("POST", base, { name: "novalue" }), 400, /value/);
    expect((await call("DELETE", `${base}/${plain.id}`)).status).toBe(204);
    expectProblem(await call("GET", `${base}/${plain.id}`), 404);
  });

  test("encrypt and decrypt policies: a static key of this gateway or an AWS ARN; key sources; the *_fields types need a schema validation parent; a key in use is replaced (delete, create, update)", async () => {
    const gw = await gateway();
    const b = await backend(gw.id);
    const vc = await virtualCluster(gw.id, b.id);
    const key = expectCreated(await call("POST", `/v1/event-gateways/${gw.id}/static-keys`, { name: "k", value: KEY }));
    const produce = `/v1/event-gateways/${gw.id}/virtual-clusters/${vc.id}/produce-policies`;
    const consume = `/v1/event-gateways/${gw.id}/virtual-clusters/${vc.id}/consume-policies`;
    const enc = expectCreated(
      await call("POST", produce, { type: "encrypt", name: "enc", config: { failure_mode: "error", part_of_record: ["value"], encryption_key: { type: "static", key: { id: key.id } } } }),
    );
    expect(enc).toEqual({
      id: expect.any(String),
      type: "encrypt",
      name: "enc",
      description: "",
      enabled: true,
      labels: {},
      condition: "",
      parent_policy_id: null,
      config: { failure_mode: "error", part_of_record: ["value"], encryption_key: { type: "static", key: { id: key.id } } },
      created_at: enc.created_at,
      updated_at: enc.updated_at,
    });
    const aws = { type: "aws", arn: "arn:aws:kms:eu-west-1:123456789012:alias/x" };
    expect((await call("PUT", `${produce}/${enc.id}`, { type: "encrypt", name: "enc", condition: "context.topic.name == 'a'", config: { failure_mode: "passthrough", part_of_record: ["key"], encryption_key: aws } })).body.config).toEqual({
      failure_mode: "passthrough",
      part_of_record: ["key"],
      encryption_key: aws,
    });
    const dec = expectCreated(await call("POST", consume, { type: "decrypt", name: "dec", config: { failure_mode: "passthrough", key_sources: [{ type: "static" }, { type: "aws" }], part_of_record: ["value"] } }));
    expect(dec.config).toEqual({ failure_mode: "passthrough", key_sources: [{ type: "static" }, { type: "aws" }], part_of_record: ["value"] });
    expectProblem(await call("POST", produce, { type: "encrypt", name: "x", config: { failure_mode: "error", part_of_record: ["value"], encryption_key: { type: "static", key: { id: "nope" } } } }), 400, /static key nope/);
    expectProblem(await call("POST", produce, { type: "encrypt", name: "x", config: { failure_mode: "reject", part_of_record: ["value"], encryption_key: aws } }), 400, /failure_mode/);
    expectProblem(await call("POST", consume, { type: "decrypt", name: "x", config: { failure_mode: "error", key_sources: [], part_of_record: ["value"] } }), 400, /key_sources/);
    expectProblem(await call("POST", consume, { type: "decrypt", name: "x", config: { failure_mode: "error", key_sources: [{ type: "static" }], part_of_record: ["headers"] } }), 400, /part_of_record/);
    const fields = { failure_mode: "reject", encrypt_fields: [{ encryption_key: aws, paths: [{ match: "a.b" }] }] };
    expectProblem(await call("POST", produce, { type: "encrypt_fields", name: "f", config: fields }), 400, /parent_policy_id/);
    expectProblem(await call("POST", produce, { type: "encrypt_fields", name: "f", parent_policy_id: enc.id, config: fields }), 400, /a encrypt policy; a encrypt_fields policy's parent is one of: schema_validation/);
    expectProblem(await call("POST", consume, { type: "decrypt_fields", name: "f", parent_policy_id: dec.id, config: { failure_mode: "skip", key_sources: [{ type: "aws" }], decrypt_fields: { paths: [{ match: "a.b" }] } } }), 400, /schema_validation/);

    // A key an encrypt policy names is replaced as Terraform's `apply -replace` does it (Konnect documents no rule
    // against deleting it, so the stand-in has none): delete the old key, create the new one, point the policy at it.
    const staticKey = (id: string) => ({ type: "encrypt", name: "enc", config: { failure_mode: "error", part_of_record: ["value"], encryption_key: { type: "static", key: { id } } } });
    expect((await call("PUT", `${produce}/${enc.id}`, staticKey(key.id))).status).toBe(200);
    expect((await call("DELETE", `/v1/event-gateways/${gw.id}/static-keys/${key.id}`)).status).toBe(204);
    const replacement = expectCreated(await call("POST", `/v1/event-gateways/${gw.id}/static-keys`, { name: "k", value: KEY }));
    expect((await call("PUT", `${produce}/${enc.id}`, staticKey(replacement.id))).body.config.encryption_key).toEqual({ type: "static", key: { id: replacement.id } });
    expect((await call("DELETE", `${produce}/${enc.id}`)).status).toBe(204);
    expect((await call("DELETE", `/v1/event-gateways/${gw.id}/static-keys/${replacement.id}`)).status).toBe(204);
  });
});

describe("faults, behind-the-back deletes, persistence, CLI", () => {
  test("fail(): a status (with Retry-After) for a number of matching requests, then normal answers again", async () => {
    const f = s.fail({ method: "GET", path: "/v1/auth-servers", status: 429, times: 2, retryAfterSeconds: 3 });
    const first = await call("GET", "/v1/auth-servers");
    expectProblem(first, 429);
    expect(first.headers.get("retry-after")).toBe("3");
    expectProblem(await call("GET", "/v1/auth-servers"), 429);
    expect((await call("GET", "/v1/auth-servers")).status).toBe(200);
    expect({ hits: f.hits, remaining: f.remaining }).toEqual({ hits: 2, remaining: 0 });
    // Another method or path is not affected.
    const g = s.fail({ method: "POST", path: /^\/v1\/event-gateways$/, status: 503 });
    expect((await call("GET", "/v1/auth-servers")).status).toBe(200);
    expectProblem(await call("POST", "/v1/event-gateways", { name: "gw-503" }), 503);
    expect(g.hits).toBe(1);
  });

  test("a delayed fault answers normally after the delay", async () => {
    s.fail({ path: "/v1/auth-servers", delayMs: 300 });
    const t = Date.now();
    expect((await call("GET", "/v1/auth-servers")).status).toBe(200);
    expect(Date.now() - t).toBeGreaterThanOrEqual(290);
  });

  test("remove() deletes an object without the API: the next GET is 404", async () => {
    const g = await gateway();
    expect(s.remove("event-gateway", g.id)).toBe(true);
    expectProblem(await call("GET", `/v1/event-gateways/${g.id}`), 404);
    expect(s.remove("event-gateway", g.id)).toBe(false);
  });

  test("state file: objects and signing keys survive a restart, so earlier tokens verify; the file is owner-only, the keys never logged", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "standin-state-"));
    const stateFile = path.join(dir, "state.json");
    const log: string[] = [];
    const first = await startStandin({ stateFile, log: (l) => log.push(l) });
    const api = async (st: Standin, method: string, p: string, body?: unknown): Promise<Json> => {
      const res = await fetch(`${st.url}${p}`, {
        method,
        headers: { authorization: `Bearer ${st.token}`, "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return (await res.json()) as Json;
    };
    const created = await api(first, "POST", "/v1/auth-servers", { name: "persisted", audience: "a" });
    const client = await api(first, "POST", `/v1/auth-servers/${created.id}/clients`, {
      name: "c",
      grant_types: ["client_credentials"],
      response_types: ["token"],
      allow_all_scopes: true,
    });
    const tokenRes = await fetch(`${created.issuer}/oauth/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "client_credentials", client_id: client.id, client_secret: client.client_secret }),
    });
    const earlier = ((await tokenRes.json()) as Json).access_token as string;
    const kid = ((await (await fetch(`${created.issuer}/.well-known/jwks`)).json()) as Json).keys[0].kid;
    await first.stop();
    expect(fs.statSync(stateFile).mode & 0o777).toBe(0o600);
    const saved = JSON.parse(fs.readFileSync(stateFile, "utf8")) as Json;
    const privateKey = saved.signingKeys[created.id];
    expect(privateKey).toEqual(expect.objectContaining({ kty: "RSA", kid, d: expect.any(String) }));

    // Same port, so the issuer URL (the tokens' iss) stays the same.
    const second = await startStandin({ stateFile, port: Number(new URL(first.url).port), log: (l) => log.push(l) });
    try {
      const body = await api(second, "GET", `/v1/auth-servers/${created.id}`);
      expect({ name: body.name, created_at: body.created_at, issuer: body.issuer }).toEqual({ name: "persisted", created_at: created.created_at, issuer: created.issuer });
      const { payload } = await jwtVerify(earlier, createRemoteJWKSet(new URL(`${body.issuer}/.well-known/jwks`)), { issuer: body.issuer, audience: "a" });
      expect(payload.sub).toBe(client.id);
      // The JWKS serves the public half only.
      const jwks = (await (await fetch(`${body.issuer}/.well-known/jwks`)).json()) as Json;
      expect(jwks.keys).toEqual([expect.objectContaining({ kid, n: privateKey.n, e: privateKey.e })]);
      expect(jwks.keys[0]).not.toHaveProperty("d");
      // Deleting the auth server deletes its key.
      const del = await fetch(`${second.url}/v1/auth-servers/${created.id}?force=true`, { method: "DELETE", headers: { authorization: `Bearer ${second.token}` } });
      expect(del.status).toBe(204);
      expect(JSON.parse(fs.readFileSync(stateFile, "utf8")).signingKeys).toEqual({});
    } finally {
      await second.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
    expect(log.length).toBeGreaterThan(0);
    expect(log.join("\n")).not.toContain(privateKey.d);
    expect(log.join("\n")).not.toContain(privateKey.p);
  });

  test("a broken state file is named, and none of its text (it holds private keys) is in the error", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "standin-state-"));
    const stateFile = path.join(dir, "state.json");
    fs.writeFileSync(stateFile, '{"version": 1, "signingKeys": {"a": {"d": PRIVATE-sentinel}}}');
    try {
      await expect(startStandin({ stateFile })).rejects.toThrow(new Error(`${stateFile}: not valid JSON`));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("CLI: prints its URL, serves, logs requests without the token, stops cleanly on SIGTERM", async () => {
    // The compiled CLI, as `npm run standin` runs it (jest's global setup compiles dist/).
    const child = spawn(process.execPath, [path.join(__dirname, "../dist/standin/cli.js"), "--port", "0", "--token", "kpat_cli_secret_token"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 20000);
      child.stdout.on("data", () => {
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
    });
    const res = await fetch(`${url}/v1/auth-servers`, { headers: { authorization: "Bearer kpat_cli_secret_token" } });
    expect(res.status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(out).toMatch(/GET \/v1\/auth-servers 200 \d+ms/);
    expect(out).toMatch(/SIGTERM: stopping/);
    expect(out).not.toContain("kpat_cli_secret_token");
  });
});
