// KongIdentity.fromLookup: an existing auth server and clients, from the context cache or from the Kong Identity API
// (the Konnect stand-in, in its own process because the synth-time lookup blocks this one).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { TerraformOutput } from "cdktf";
import { ClientAuthentication, Condition, EventGateway, KongIdentity } from "../../constructs";
import { type KongIdentityLookupRequest } from "../../constructs/kong-identity/lookup";
import { LOOKED_UP_ISSUER, lookupAnswer, writeLookupContext } from "../support/fixtures";
import { readConfig } from "../../app/config";
import { EventGatewayStack } from "../../app/stack";
import { CDK } from "../support/cdk";
import { newApp, newStack, only, resources, synth } from "../support/synth";
import { startStandinProcess, type StandinProcess } from "../support/standin-process";
import { describeWithTerraform, initAndValidate, synthStackDir } from "../support/terraform";

let tmp: string;
beforeEach(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kegw-lookup-"))));
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A context file as the lookup writes it, with one answer. */
function cacheWith(request: KongIdentityLookupRequest, clients: Record<string, { id: string; name: string }>): string {
  const file = path.join(tmp, "kong-identity.context.json");
  writeLookupContext(file, request, lookupAnswer(clients));
  return file;
}

const REQUEST: KongIdentityLookupRequest = {
  region: "us",
  authServer: { name: "Kafka Dev" },
  clients: { producer: { name: "producer" }, reader: { id: "reader-app" } },
};

describe("KongIdentity.fromLookup from the context cache (no request)", () => {
  test("values enter through a null data source; the JWKS endpoint and ACL conditions reference its outputs", () => {
    const cacheFile = cacheWith(REQUEST, { producer: { id: "0b6f-producer", name: "producer" }, reader: { id: "reader-app", name: "reader" } });
    const stack = newStack();
    const idp = KongIdentity.fromLookup(stack, "identity", { ...REQUEST, cacheFile });
    const gw = new EventGateway(stack, "gw");
    const vc = gw.addVirtualCluster("vc", {
      destination: gw.addBackendCluster("b", { bootstrapServers: ["k:9092"] }),
      dnsLabel: "vc",
      authentication: [ClientAuthentication.oauthBearer({ authServer: idp })],
    });
    vc.addAclPolicy("acl", { condition: Condition.principalIs(idp.client("reader")), rules: [{ resourceType: "topic", operations: ["read"], resourceNames: ["topic"] }] });
    const json = synth(stack);
    expect(json.data.null_data_source).toEqual({
      identity: {
        provider: "null",
        inputs: {
          auth_server_id: "as-1",
          issuer: LOOKED_UP_ISSUER,
          jwks_url: `${LOOKED_UP_ISSUER}/.well-known/jwks`,
          audience: "http://kafka.dev",
          client_producer_id: "0b6f-producer",
          client_reader_id: "reader-app",
        },
      },
    });
    // hashicorp/null: the prebuilt @cdktf/provider-null says "null", the bindings generated for cdktn "hashicorp/null"
    expect(json.terraform.required_providers.null).toEqual({ source: CDK === "cdktn" ? "hashicorp/null" : "null", version: "3.2.4" });
    expect(only(json, "konnect_event_gateway_virtual_cluster").authentication[0].oauth_bearer).toEqual({
      mediation: "terminate",
      jwks: { endpoint: '${data.null_data_source.identity.outputs["jwks_url"]}' },
      validate: {
        issuer: '${data.null_data_source.identity.outputs["issuer"]}',
        audiences: [{ name: '${data.null_data_source.identity.outputs["audience"]}' }],
      },
    });
    expect(only(json, "konnect_event_gateway_cluster_policy_acls").condition).toBe(
      `context.auth.principal.name == '\${data.null_data_source.identity.outputs["client_reader_id"]}'`,
    );
  });

  test("the main stack in lookup mode: both ACL conditions and the JWKS come from the lookup; no secret outputs", () => {
    const cacheFile = cacheWith(REQUEST, { producer: { id: "p-1", name: "producer" }, reader: { id: "reader-app", name: "reader" } });
    const config = readConfig(() => undefined, { KEGW_IDENTITY: "lookup", KEGW_READER_CLIENT_ID: "reader-app", KEGW_IDENTITY_CACHE: cacheFile });
    const json = synth(new EventGatewayStack(newApp(), "event-gateway", config));
    expect(resources(json, "konnect_identity_auth_server")).toEqual({});
    const conditions = Object.values(resources(json, "konnect_event_gateway_cluster_policy_acls")).map((p: any) => p.condition).sort();
    expect(conditions).toEqual([
      `context.auth.principal.name == '\${data.null_data_source.identity.outputs["client_producer_id"]}'`,
      `context.auth.principal.name == '\${data.null_data_source.identity.outputs["client_reader_id"]}'`,
    ]);
    expect(Object.keys(json.output).sort()).toEqual(["audience", "bootstrap_server", "issuer_url", "jwks_url", "producer_client_id", "reader_client_id", "scope"]);
  });

  test("a looked-up client ID that could break a condition is refused with the construct path", () => {
    const cacheFile = cacheWith(REQUEST, { producer: { id: "p' || true || '", name: "producer" }, reader: { id: "reader-app", name: "reader" } });
    expect(() => KongIdentity.fromLookup(newStack(), "identity", { ...REQUEST, cacheFile })).toThrow(
      `test/identity: clients.producer.id "p' || true || '" is invalid: a value without quotes, backslashes or line breaks`,
    );
  });

  test("a reference without id or name, and an unknown client key, are refused", () => {
    expect(() => KongIdentity.fromLookup(newStack(), "identity", { authServer: {}, cacheFile: path.join(tmp, "c.json") })).toThrow(
      'test/identity: authServer {} is invalid: an id or a name to look up',
    );
    expect(() => KongIdentity.fromLookup(newStack(), "identity", { ...REQUEST, clients: { reader: { name: "" } }, cacheFile: path.join(tmp, "c.json") })).toThrow(
      'test/identity: clients.reader {"name":""} is invalid: an id or a name to look up',
    );
    const cacheFile = cacheWith(REQUEST, { producer: { id: "p", name: "producer" }, reader: { id: "r", name: "reader" } });
    const found = KongIdentity.fromLookup(newStack(), "identity", { ...REQUEST, cacheFile });
    expect(() => found.client("writer")).toThrow('test/identity: client "writer" is invalid: one of the looked-up keys: producer, reader');
  });

  test("the auth server's ID comes from the data source; a lookup without clients says it has none", () => {
    const cacheFile = cacheWith({ ...REQUEST, clients: {} }, {});
    const stack = newStack();
    const idp = KongIdentity.fromLookup(stack, "identity", { ...REQUEST, clients: {}, cacheFile });
    new TerraformOutput(stack, "auth_server_id", { value: idp.authServerId });
    expect(synth(stack).output.auth_server_id.value).toBe('${data.null_data_source.identity.outputs["auth_server_id"]}');
    expect(() => idp.client("producer")).toThrow('test/identity: client "producer" is invalid: one of the looked-up keys: (none)');
  });
});

describe("KongIdentity.fromLookup against the Kong Identity API (stand-in)", () => {
  // A lookup without a cached answer runs in a child process, the compiled lookup-child.js: this uses the compiled app
  // (jest's global setup builds dist/).
  const { EventGatewayStack } = require("../../dist/app/stack") as typeof import("../../app/stack");
  const { readConfig } = require("../../dist/app/config") as typeof import("../../app/config");
  let sp: StandinProcess;
  beforeAll(async () => {
    sp = await startStandinProcess();
    const post = async (p: string, body: unknown) => {
      const res = await fetch(sp.url + p, { method: "POST", headers: { authorization: `Bearer ${sp.token}`, "content-type": "application/json" }, body: JSON.stringify(body) });
      return (await res.json()) as Record<string, string>;
    };
    const server = await post("/v1/auth-servers", { name: "Kafka Dev", audience: "http://kafka.dev" });
    for (const name of ["producer", "reader"]) {
      await post(`/v1/auth-servers/${server.id}/clients`, { name, grant_types: ["client_credentials"], response_types: ["token"] });
    }
  });
  afterAll(() => sp.stop());

  const env = () => ({ KEGW_IDENTITY: "lookup", KONNECT_SERVER_URL: sp.url, KEGW_IDENTITY_CACHE: path.join(tmp, "ctx.json") });

  test("the first synth asks the API and caches the answer without secrets; the second makes no request; refresh asks again", async () => {
    const prev = process.env.KONNECT_TOKEN;
    process.env.KONNECT_TOKEN = sp.token;
    try {
      const before = sp.requestLines().length;
      const first = synth(new EventGatewayStack(newApp(), "event-gateway", readConfig(() => undefined, env())));
      await sp.drain();
      const asked = sp.requestLines().length - before;
      expect(asked).toBeGreaterThanOrEqual(3);
      const cached = fs.readFileSync(path.join(tmp, "ctx.json"), "utf8");
      expect(cached).not.toMatch(/secret|kpat_/i);
      const second = synth(new EventGatewayStack(newApp(), "event-gateway", readConfig(() => undefined, env())));
      await sp.drain();
      expect(sp.requestLines().length - before).toBe(asked);
      expect(second).toEqual(first);
      expect(first.data.null_data_source.identity.inputs.issuer).toMatch(new RegExp(`^${sp.url}/identity/.+/auth$`));
      // KEGW_LOOKUP_REFRESH maps to the construct's refresh prop: the cached answer is not used, the API is asked again.
      synth(new EventGatewayStack(newApp(), "event-gateway", readConfig(() => undefined, { ...env(), KEGW_LOOKUP_REFRESH: "true" })));
      await sp.drain();
      expect(sp.requestLines().length - before).toBeGreaterThan(asked);
    } finally {
      if (prev === undefined) delete process.env.KONNECT_TOKEN;
      else process.env.KONNECT_TOKEN = prev;
    }
  });

  test("no cached answer and no token: the error says to give the token prop", () => {
    const { KongIdentity: CompiledKongIdentity } = require("../../dist/constructs") as typeof import("../../constructs");
    const cacheFile = path.join(tmp, "ctx.json");
    expect(() => CompiledKongIdentity.fromLookup(newStack(), "identity", { ...REQUEST, serverUrl: sp.url, cacheFile })).toThrow(
      "test/identity: no Konnect token: set the token prop",
    );
    expect(fs.existsSync(cacheFile)).toBe(false);
  });

  test("a client that does not exist: the error names it, the region or server, and the names that exist", () => {
    const prev = process.env.KONNECT_TOKEN;
    process.env.KONNECT_TOKEN = sp.token;
    try {
      const config = readConfig(() => undefined, { ...env(), KEGW_READER_CLIENT_NAME: "reader-app" });
      let err: Error | undefined;
      try {
        new EventGatewayStack(newApp(), "event-gateway", config);
      } catch (e) {
        err = e as Error;
      }
      expect(err?.message).toMatch(/^event-gateway\/identity: .*reader-app.*/);
      expect(err?.message).toContain("producer");
      expect(err?.message).not.toContain(sp.token);
    } finally {
      if (prev === undefined) delete process.env.KONNECT_TOKEN;
      else process.env.KONNECT_TOKEN = prev;
    }
  });
});

describeWithTerraform("lookup mode with the real providers", () => {
  test("terraform validate of the main stack in lookup mode (konnect-beta and null)", async () => {
    const cacheFile = cacheWith(REQUEST, { producer: { id: "p-1", name: "producer" }, reader: { id: "reader-app", name: "reader" } });
    const config = readConfig(() => undefined, { KEGW_IDENTITY: "lookup", KEGW_READER_CLIENT_ID: "reader-app", KEGW_IDENTITY_CACHE: cacheFile });
    const res = await initAndValidate(synthStackDir(new EventGatewayStack(newApp(), "event-gateway", config)));
    // null_data_source is deprecated in favour of locals/terraform_data: its warning is the only diagnostic.
    const diagnostics = res.diagnostics as Array<{ severity: string; summary: string; address?: string }>;
    expect(diagnostics.map((d) => [d.severity, d.address])).toEqual([["warning", "data.null_data_source.identity"]]);
    expect(res.valid).toBe(true);
  });
});
