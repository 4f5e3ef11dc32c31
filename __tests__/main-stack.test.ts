import * as fs from "node:fs";
import * as path from "node:path";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { readConfig, settingHint, settingsHolding, SETTINGS, settingType, stackName } from "../app/config";
import { ValidationError } from "../constructs/validation";
import { type KongIdentityLookupRequest } from "../constructs/kong-identity/lookup";
import { thrownAsPrinted, thrownMessage, lookupAnswer, writeLookupContext } from "./support/fixtures";
import { scratchDir } from "./support/scratch";
import { App } from "cdktf";
import { EventGatewayStack, synthMainStack } from "../app/stack";
import { newApp, only, resources, synth, warnings } from "./support/synth";

const run = promisify(execFile);
const ROOT = path.join(__dirname, "..");

/** main.ts's stack, made as main() makes it. */
function mainStack(env: NodeJS.ProcessEnv = {}, context: Record<string, unknown> = {}) {
  const app = newApp();
  const config = readConfig((k) => context[k], env, Object.keys(context));
  return new EventGatewayStack(app, stackName(config), config);
}

/** The one line main() prints for the error these settings give: synthMainStack's message, after `error: `. */
function printed(env: NodeJS.ProcessEnv = {}, context: Record<string, unknown> = {}): string {
  return `error: ${thrownMessage(() => synthMainStack(new App({ outdir: scratchDir("app"), context, skipValidation: true }), env))}`;
}


const byName = (json: any, type: string, name: string) => Object.values(resources(json, type)).find((r: any) => r.name === name) as any;

describe("main stack: the tutorial's deployment, corrected", () => {
  // Synthesized afresh for each test (about 70 ms), in beforeEach: what runs in beforeAll, like what runs while jest
  // collects the tests, is counted by mutation testing as reached by none of them, so their checks would never run
  // against a mutant of the stack.
  let stack: ReturnType<typeof mainStack>;
  let json: any;
  beforeEach(() => {
    stack = mainStack();
    json = synth(stack);
  });
  const producerId = "${konnect_identity_auth_server_client.identity_producer_F627B9DA.id}";
  const readerId = "${konnect_identity_auth_server_client.identity_reader_3C637612.id}";

  test("Kong Identity: auth server Kafka Dev, scope kafka, producer and reader clients with 3600 s tokens", () => {
    expect(only(json, "konnect_identity_auth_server")).toEqual({
      provider: "konnect-beta",
      name: "Kafka Dev",
      audience: "http://kafka.dev",
      description: "Auth server for the Kafka dev environment",
    });
    expect(only(json, "konnect_identity_auth_server_scope")).toEqual({
      provider: "konnect-beta",
      auth_server_id: "${konnect_identity_auth_server.identity.id}",
      name: "kafka",
      description: "Scope to test Kong Identity",
    });
    for (const name of ["producer", "reader"]) {
      expect(byName(json, "konnect_identity_auth_server_client", name)).toEqual({
        provider: "konnect-beta",
        auth_server_id: "${konnect_identity_auth_server.identity.id}",
        name,
        grant_types: ["client_credentials"],
        response_types: ["id_token", "token"],
        allow_scopes: ["${konnect_identity_auth_server_scope.identity_scope_0B675FA4.id}"],
        access_token_duration: 3600,
        id_token_duration: 3600,
        // generated at apply time and marked sensitive: the provider's schema does not mask client_secret
        client_secret: "${sensitive(uuid())}",
        lifecycle: { ignore_changes: ["client_secret"] },
      });
    }
  });

  test("gateway (quoted name), backend cluster kafka1-3 anonymous without TLS", () => {
    expect(only(json, "konnect_event_gateway")).toEqual({ provider: "konnect-beta", name: "event_gateway_terraform" });
    expect(only(json, "konnect_event_gateway_backend_cluster")).toEqual({
      provider: "konnect-beta",
      gateway_id: "${konnect_event_gateway.gateway.id}",
      name: "local-backend-cluster",
      description: "local kafka cluster (PLAINTEXT)",
      bootstrap_servers: ["kafka1:9092", "kafka2:9092", "kafka3:9092"],
      authentication: { anonymous: {} },
      tls: { enabled: false },
      insecure_allow_anonymous_virtual_cluster_auth: false,
    });
  });

  test("virtual cluster: vcluster, my- hidden plus extra_topic, OAuth bearer on the Kong Identity JWKS, ACLs enforced", () => {
    const { lifecycle, ...vc } = only(json, "konnect_event_gateway_virtual_cluster");
    // The issuer and audience Terraform resolves later are checked at plan (preconditions), as the synth checks literals.
    expect(lifecycle.precondition.map((p: { error_message: string }) => p.error_message.split(" $")[0])).toEqual([
      "event-gateway/gateway/vcluster: authentication[0].oauthBearer.audiences[0]",
      "event-gateway/gateway/vcluster: authentication[0].oauthBearer.issuer",
    ]);
    expect(vc).toEqual({
      provider: "konnect-beta",
      gateway_id: "${konnect_event_gateway.gateway.id}",
      name: "virtual-cluster",
      description: "team virtual cluster",
      destination: { id: "${konnect_event_gateway_backend_cluster.gateway_backend_6DA5CD12.id}" },
      acl_mode: "enforce_on_gateway",
      dns_label: "vcluster",
      namespace: {
        prefix: "my-",
        mode: "hide_prefix",
        additional: { topics: [{ exact_list: { conflict: "warn", exact_list: [{ backend: "extra_topic" }] } }] },
      },
      authentication: [
        {
          oauth_bearer: {
            mediation: "terminate",
            jwks: { endpoint: "${konnect_identity_auth_server.identity.issuer}/.well-known/jwks", timeout: "1s" },
            validate: {
              issuer: "${konnect_identity_auth_server.identity.issuer}",
              audiences: [{ name: "${konnect_identity_auth_server.identity.audience}" }],
            },
          },
        },
      ],
    });
  });

  test("listener 0.0.0.0:19092-19192 forwarding to the virtual cluster with advertised host localhost", () => {
    expect(only(json, "konnect_event_gateway_listener")).toEqual({
      provider: "konnect-beta",
      gateway_id: "${konnect_event_gateway.gateway.id}",
      name: "localhost-listener",
      description: "localhost listener",
      addresses: ["0.0.0.0"],
      ports: ["19092-19192"],
    });
    expect(only(json, "konnect_event_gateway_listener_policy_forward_to_virtual_cluster")).toEqual({
      provider: "konnect-beta",
      gateway_id: "${konnect_event_gateway.gateway.id}",
      listener_id: "${konnect_event_gateway_listener.gateway_listener_15B11AB6.id}",
      name: "forward-to-vcluster",
      description: "forward to vcluster policy",
      config: { port_mapping: { advertised_host: "localhost", destination: { id: "${konnect_event_gateway_virtual_cluster.gateway_vcluster_B9803E1F.id}" } } },
    });
  });

  test("ACLs: producer full topic access, reader describe/read on named topics, both with consumer-group access; conditions on the client IDs", () => {
    const group = { action: "allow", resource_type: "group", operations: [{ name: "describe" }, { name: "read" }], resource_names: [{ match: "*" }] };
    const policy = { provider: "konnect-beta", gateway_id: "${konnect_event_gateway.gateway.id}", virtual_cluster_id: "${konnect_event_gateway_virtual_cluster.gateway_vcluster_B9803E1F.id}" };
    // lifecycle: the plan-time checks of the client IDs, resolved later, in the conditions
    const { lifecycle: _p, ...producer } = byName(json, "konnect_event_gateway_cluster_policy_acls", "acl_topic_policy_producer");
    expect(producer).toEqual({
      ...policy,
      name: "acl_topic_policy_producer",
      description: "Producer client: full topic access",
      condition: `context.auth.principal.name == '${producerId}'`,
      config: {
        rules: [
          { action: "allow", resource_type: "topic", operations: [{ name: "describe" }, { name: "read" }, { name: "write" }], resource_names: [{ match: "*" }] },
          group,
        ],
      },
    });
    const { lifecycle: _r, ...reader } = byName(json, "konnect_event_gateway_cluster_policy_acls", "acl_topic_policy_reader");
    expect(reader).toEqual({
      ...policy,
      name: "acl_topic_policy_reader",
      description: "Reader client: describe + read",
      condition: `context.auth.principal.name == '${readerId}'`,
      config: {
        rules: [
          { action: "allow", resource_type: "topic", operations: [{ name: "describe" }], resource_names: [{ match: "topic" }, { match: "topic-encrypted" }, { match: "extra_topic" }] },
          { action: "allow", resource_type: "topic", operations: [{ name: "read" }], resource_names: [{ match: "topic" }] },
          group,
        ],
      },
    });
  });

  test("the skip-record policy the tutorial lists: internal records hidden from all but the producer", () => {
    const { lifecycle, ...skip } = only(json, "konnect_event_gateway_consume_policy_skip_record");
    // The producer's ID, resolved later, and the length of the condition holding it are checked at plan.
    expect(lifecycle.precondition.map((p: { error_message: string }) => p.error_message.split(" $")[0])).toEqual([
      "event-gateway/gateway/vcluster/skip-internal: condition principal",
      "event-gateway/gateway/vcluster/skip-internal: condition",
    ]);
    expect(skip).toEqual({
      provider: "konnect-beta",
      gateway_id: "${konnect_event_gateway.gateway.id}",
      virtual_cluster_id: "${konnect_event_gateway_virtual_cluster.gateway_vcluster_B9803E1F.id}",
      name: "skip_internal_records",
      description: "Hide internal records from every client but the producer",
      condition: `(record.headers['internal'] == 'true') && (!(context.auth.principal.name == '${producerId}'))`,
    });
  });

  test("outputs: issuer, JWKS URL, client IDs; secrets only as sensitive outputs; no token anywhere", () => {
    expect(json.output).toEqual({
      issuer_url: { value: "${konnect_identity_auth_server.identity.issuer}" },
      jwks_url: { value: "${konnect_identity_auth_server.identity.issuer}/.well-known/jwks" },
      audience: { value: "${konnect_identity_auth_server.identity.audience}" },
      producer_client_id: { value: producerId },
      reader_client_id: { value: readerId },
      producer_client_secret: { value: "${konnect_identity_auth_server_client.identity_producer_F627B9DA.client_secret}", sensitive: true },
      reader_client_secret: { value: "${konnect_identity_auth_server_client.identity_reader_3C637612.client_secret}", sensitive: true },
      scope: { value: "kafka" },
      bootstrap_server: { value: "localhost:19092" },
    });
    expect(json.provider).toEqual({ "konnect-beta": [{ server_url: "https://us.api.konghq.com" }] });
    expect(JSON.stringify(json)).not.toMatch(/kpat_|spat_|token"\s*:/);
  });

  test("no warnings for the tutorial's stack", () => {
    expect(warnings(stack)).toEqual([]);
  });
});

describe("main stack configuration", () => {
  test("every setting is read from its environment variable, which beats the cdktf.json context", () => {
    const ctx = readConfig((k) => (k === "gatewayName" ? "from-context" : undefined), {});
    expect(ctx.gatewayName).toBe("from-context");
    const env = readConfig((k) => (k === "gatewayName" ? "from-context" : undefined), { KEGW_GATEWAY_NAME: "from-env" });
    expect(env.gatewayName).toBe("from-env");
  });

  test("region and server URL", () => {
    const eu = synth(mainStack({ KONNECT_REGION: "eu" }));
    expect(eu.provider["konnect-beta"]).toEqual([{ server_url: "https://eu.api.konghq.com" }]);
    const custom = synth(mainStack({ KONNECT_SERVER_URL: "http://127.0.0.1:8787" }));
    expect(custom.provider["konnect-beta"]).toEqual([{ server_url: "http://127.0.0.1:8787" }]);
  });

  test("values flow to the resources", () => {
    const json = synth(
      mainStack({
        KEGW_BOOTSTRAP_SERVERS: "a:1, b:2",
        KEGW_LISTENER_PORTS: "9092-9095",
        KEGW_NAMESPACE_MODE: "enforce_prefix",
        KEGW_EXTRA_TOPICS: "",
        KEGW_TOKEN_LIFETIME: "600",
        KEGW_BACKEND_TLS: "true",
      }),
    );
    expect(only(json, "konnect_event_gateway_backend_cluster").bootstrap_servers).toEqual(["a:1", "b:2"]);
    expect(only(json, "konnect_event_gateway_backend_cluster").tls).toEqual({ enabled: true });
    expect(only(json, "konnect_event_gateway_listener").ports).toEqual(["9092-9095"]);
    expect(only(json, "konnect_event_gateway_virtual_cluster").namespace).toEqual({ prefix: "my-", mode: "enforce_prefix" });
    expect(byName(json, "konnect_identity_auth_server_client", "producer").access_token_duration).toBe(600);
    expect(json.output.bootstrap_server).toEqual({ value: "localhost:9092" });
  });

  test.each([
    [{ KONNECT_REGION: "mars" }, 'configuration konnectRegion (KONNECT_REGION) "mars" is invalid: one of us, eu, au, me, in, sg'],
    [{ KEGW_BACKEND_TLS: "yes" }, 'configuration backendTls (KEGW_BACKEND_TLS) "yes" is invalid: true or false'],
    [{ KEGW_NAMESPACE_MODE: "hide" }, 'configuration namespaceMode (KEGW_NAMESPACE_MODE) "hide" is invalid: one of hide_prefix, enforce_prefix'],
    [{ KEGW_TOKEN_LIFETIME: "1h" }, 'configuration tokenLifetime (KEGW_TOKEN_LIFETIME) "1h" is invalid: a whole number'],
    [{ KEGW_JWKS_TIMEOUT: "1 second" }, 'configuration jwksTimeout (KEGW_JWKS_TIMEOUT) "1 second" is invalid: a duration such as 500ms, 1s, 10m or 1h'],
    [{ KEGW_TOKEN_LIFETIME: "59" }, 'event-gateway/identity/producer: accessTokenDuration "59 s" is invalid: whole seconds from 1 m to 30 d'],
    [{ KEGW_STATE_BACKEND: "s3" }, 'configuration stateBucket (KEGW_STATE_BUCKET) "" is invalid: required for the s3 state backend'],
    [{ KEGW_DNS_LABEL: "VCluster" }, 'event-gateway/gateway/vcluster: dnsLabel "VCluster" is invalid'],
    [{ KEGW_LISTENER_PORTS: "19192-19092" }, 'event-gateway/gateway/listener: ports "19192-19092" is invalid'],
  ])("bad configuration gives a clear error: %j", (env, message) => {
    expect(() => mainStack(env)).toThrow(message);
  });

  test.each([
    [{ gatewayName: { name: "x" } }, 'configuration gatewayName (cdktf.json context) {"name":"x"} is invalid: a string'],
    [{ dnsLabel: null }, "configuration dnsLabel (cdktf.json context) null is invalid: a string"],
    [{ dnsLabel: 42 }, "configuration dnsLabel (cdktf.json context) 42 is invalid: a string"],
    [{ listenerPorts: [[19092, 19093], 19100] }, "configuration listenerPorts (cdktf.json context) [[19092,19093],19100] is invalid: a list of strings or numbers (or a comma-separated string)"],
    [{ listenerPorts: ["19092,19093"] }, 'configuration listenerPorts (cdktf.json context) ["19092,19093"] is invalid: a list of strings or numbers (or a comma-separated string), items without commas'],
    [{ backendTls: { enabled: true } }, 'configuration backendTls (cdktf.json context) {"enabled":true} is invalid: true or false (or the string "true" or "false")'],
    [{ listenerPorts: ["19092", "19093,19094"] }, 'configuration listenerPorts (cdktf.json context) ["19092","19093,19094"] is invalid: a list of strings or numbers (or a comma-separated string), items without commas'],
    [{ listenerPorts: [19092, true] }, "configuration listenerPorts (cdktf.json context) [19092,true] is invalid: a list of strings or numbers (or a comma-separated string)"],
    [{ tokenLifetime: [3600] }, "configuration tokenLifetime (cdktf.json context) [3600] is invalid: a number (or a string of digits)"],
    [{ tokenLifetime: true }, "configuration tokenLifetime (cdktf.json context) true is invalid: a number (or a string of digits)"],
  ])("a cdktf.json context value of the wrong type stops the synth with one line: %j", (context, message) => {
    // The whole line, nothing appended.
    expect(thrownAsPrinted(() => mainStack({}, context))).toBe(`ConfigError: ${message}`);
  });

  test("typed context values of the right type are taken: number lists, booleans, numbers, strings", () => {
    const json = synth(mainStack({}, { listenerPorts: [19092, 19093], backendTls: true, tokenLifetime: 600, bootstrapServers: ["a:1", "b:2"], dnsLabel: "vc2" }));
    expect(only(json, "konnect_event_gateway_listener").ports).toEqual(["19092", "19093"]);
    expect(only(json, "konnect_event_gateway_backend_cluster").tls).toEqual({ enabled: true });
    expect(only(json, "konnect_event_gateway_backend_cluster").bootstrap_servers).toEqual(["a:1", "b:2"]);
    expect(byName(json, "konnect_identity_auth_server_client", "producer").access_token_duration).toBe(600);
    expect(only(json, "konnect_event_gateway_virtual_cluster").dns_label).toBe("vc2");
    // The environment still wins over the context, whatever the context's type.
    expect(readConfig((k) => (k === "listenerPorts" ? [[1]] : undefined), { KEGW_LISTENER_PORTS: "9092" }).listenerPorts).toBe("9092");
  });

  test.each([
    ["0", false],
    ["1", true],
    ["FALSE", false],
    ["True", true],
  ])("a true/false setting also takes 1 and 0, in any case: KEGW_BACKEND_TLS=%s", (value, enabled) => {
    expect(only(synth(mainStack({ KEGW_BACKEND_TLS: value })), "konnect_event_gateway_backend_cluster").tls).toEqual({ enabled });
  });

  test.each([
    [{ KEGW_TOKEN_LIFETIME: "" }, 'configuration tokenLifetime (KEGW_TOKEN_LIFETIME) "" is invalid: a whole number'],
    [{ KEGW_TOKEN_LIFETIME: "6e2" }, 'configuration tokenLifetime (KEGW_TOKEN_LIFETIME) "6e2" is invalid: a whole number'],
    [{ KEGW_TOKEN_LIFETIME: "600.0" }, 'configuration tokenLifetime (KEGW_TOKEN_LIFETIME) "600.0" is invalid: a whole number'],
    [{ KEGW_TOKEN_LIFETIME: "99999999999999999999" }, 'configuration tokenLifetime (KEGW_TOKEN_LIFETIME) "99999999999999999999" is invalid: a whole number'],
    [{ KEGW_STATE_BACKEND: "s3", KEGW_STATE_BUCKET: "tfstate" }, 'configuration stateRegion (KEGW_STATE_REGION) "" is invalid: required for the s3 state backend'],
    [{ KEGW_STATE_BACKEND: "gcs" }, 'configuration stateBucket (KEGW_STATE_BUCKET) "" is invalid: required for the gcs state backend'],
    [{ KEGW_STATE_BACKEND: "cloud", KEGW_CLOUD_WORKSPACE: "kegw" }, 'configuration cloudOrganization (KEGW_CLOUD_ORGANIZATION) "" is invalid: required for the cloud state backend'],
    [{ KEGW_STATE_BACKEND: "cloud", KEGW_CLOUD_ORGANIZATION: "acme" }, 'configuration cloudWorkspace (KEGW_CLOUD_WORKSPACE) "" is invalid: required for the cloud state backend'],
  ])("a bad setting is the whole error, one line: %j", (env, message) => {
    expect(thrownAsPrinted(() => mainStack(env))).toBe(`ConfigError: ${message}`);
  });

  test("the settings an error's value came from, to name in it: a whole value or one item of a list, an empty value only when set", () => {
    // What main.ts appends to an error a construct raises: `(from <key> / <variable>)`.
    const from = (env: NodeJS.ProcessEnv) => {
      let value: unknown;
      try {
        mainStack(env);
      } catch (e) {
        value = (e as { value?: unknown }).value;
      }
      return settingsHolding(readConfig(() => undefined, env), value).map((s) => s.key);
    };
    expect(from({ KEGW_LISTENER_PORTS: "19092,19192-19092" })).toEqual(["listenerPorts"]);
    // Not an item of any list (lists are trimmed): the whole value.
    expect(from({ KEGW_DNS_LABEL: " vc " })).toEqual(["dnsLabel"]);
    // A dozen settings are empty by default: an empty value names only the settings set empty.
    expect(from({ KEGW_GATEWAY_NAME: "" })).toEqual(["gatewayName"]);
    expect(from({ KEGW_LISTENER_ADDRESSES: " , " })).toEqual(["listenerAddresses"]);
    const config = readConfig(() => undefined, {});
    expect(settingsHolding(config, "")).toEqual([]);
    expect(settingsHolding(config, [])).toEqual([]);
    expect(settingsHolding(config, "topic").map((s) => s.key)).toEqual(["readerDescribeTopics", "readerReadTopics"]);
    expect(settingsHolding(config, 19092)).toEqual([]);
    // A setting that was set is named before the defaults that hold the same value.
    expect(settingsHolding(readConfig(() => undefined, { KEGW_EXTRA_TOPICS: "topic" }), "topic").map((s) => s.key)).toEqual(["extraTopics"]);
    // A length of time as the constructs show it: whole seconds, or milliseconds of a duration.
    expect(settingsHolding(readConfig(() => undefined, { KEGW_TOKEN_LIFETIME: "0" }), "0 s").map((s) => s.key)).toEqual(["tokenLifetime"]);
    expect(settingsHolding(readConfig(() => undefined, { KEGW_JWKS_TIMEOUT: "0s" }), "0 ms").map((s) => s.key)).toEqual(["jwksTimeout"]);
    expect(settingsHolding(config, "1000 ms").map((s) => s.key)).toEqual(["jwksTimeout"]);
    // A whole list as a construct shows it, held by defaults only: the defaults are named.
    expect(settingsHolding(config, ["topic"]).map((s) => s.key)).toEqual(["readerReadTopics"]); // the describe list has more
    // The line's ending names each of them.
    expect(settingHint(new ValidationError("vc", "topics", "topic", "x"), config)).toBe(" (from readerDescribeTopics / KEGW_READER_DESCRIBE_TOPICS, readerReadTopics / KEGW_READER_READ_TOPICS)");
    expect(settingHint(new Error("not a construct's"), config)).toBe("");
  });

  test("lookup mode: an auth server and a client given by ID are looked up by ID, the other client by name", () => {
    const request: KongIdentityLookupRequest = {
      region: "us",
      authServer: { id: "as-1" },
      clients: { producer: { id: "p-1" }, reader: { name: "reader" } },
    };
    const result = lookupAnswer({ producer: { id: "p-1", name: "producer" }, reader: { id: "r-1", name: "reader" } });
    const dir = fs.mkdtempSync(path.join(require("node:os").tmpdir(), "kegw-main-lookup-"));
    try {
      // The context file holds the answer to exactly this request (by ID, without the tutorial's names): any other
      // request would be sent to Konnect, and fail.
      const cacheFile = path.join(dir, "kong-identity.context.json");
      writeLookupContext(cacheFile, request, result);
      const env = { KEGW_IDENTITY: "lookup", KEGW_IDENTITY_CACHE: cacheFile, KEGW_AUTH_SERVER_ID: "as-1", KEGW_PRODUCER_CLIENT_ID: "p-1" };
      const json = synth(mainStack(env));
      expect(json.data.null_data_source.identity.inputs).toMatchObject({ auth_server_id: "as-1", client_producer_id: "p-1", client_reader_id: "r-1" });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("every list setting is typed as a list (its documentation says list)", () => {
    for (const s of SETTINGS) if (/\blist\b/.test(s.doc)) expect([s.key, settingType(s.key)]).toEqual([s.key, "list"]);
  });

  test("state backends for teams: s3, gcs, HCP Terraform", () => {
    const s3 = synth(mainStack({ KEGW_STATE_BACKEND: "s3", KEGW_STATE_BUCKET: "tfstate", KEGW_STATE_REGION: "eu-west-1" }));
    expect(s3.terraform.backend).toEqual({ s3: { bucket: "tfstate", key: "event-gateway.tfstate", region: "eu-west-1", encrypt: true } });
    const gcs = synth(mainStack({ KEGW_STATE_BACKEND: "gcs", KEGW_STATE_BUCKET: "tfstate", KEGW_STATE_KEY: "kegw" }));
    expect(gcs.terraform.backend).toEqual({ gcs: { bucket: "tfstate", prefix: "kegw" } });
    const cloud = synth(mainStack({ KEGW_STATE_BACKEND: "cloud", KEGW_CLOUD_ORGANIZATION: "acme", KEGW_CLOUD_WORKSPACE: "kegw" }));
    expect(cloud.terraform.cloud).toEqual({ organization: "acme", workspaces: { name: "kegw" } });
  });

  test.each([
    [{ gatewayname: "orders" }, 'ContextKeyError: cdktf.json context key "gatewayname" is not a setting, so it would be ignored; write gatewayName (or set KEGW_GATEWAY_NAME)'],
    [{ gateway_name: "orders" }, 'ContextKeyError: cdktf.json context key "gateway_name" is not a setting, so it would be ignored; write gatewayName (or set KEGW_GATEWAY_NAME)'],
    [{ KEGW_GATEWAY_NAME: "orders" }, 'ContextKeyError: cdktf.json context key "KEGW_GATEWAY_NAME" is not a setting, so it would be ignored; write gatewayName (or set KEGW_GATEWAY_NAME)'],
    [{ KONNECT_REGION: "eu" }, 'ContextKeyError: cdktf.json context key "KONNECT_REGION" is not a setting, so it would be ignored; write konnectRegion (or set KONNECT_REGION)'],
  ])("a cdktf.json context key that is a setting written another way stops the synth: %j", (context, line) => {
    expect(thrownAsPrinted(() => mainStack({}, context))).toBe(line);
  });

  test("other context keys are left alone: cdktf's own, a project's", () => {
    const json = synth(mainStack({}, { cdktfVersion: "0.21.0", excludeStackIdFromLogicalIds: "true", team: "orders", gatewayName: "gw-1" }));
    expect(only(json, "konnect_event_gateway").name).toBe("gw-1");
  });

  test.each([
    [{}, { backendTls: "yes" }, 'configuration backendTls (cdktf.json context) "yes" is invalid: true or false'],
    [{}, { tokenLifetime: 3600.5 }, "configuration tokenLifetime (cdktf.json context) 3600.5 is invalid: a whole number"],
    [{}, { tokenLifetime: "1h" }, 'configuration tokenLifetime (cdktf.json context) "1h" is invalid: a whole number'],
    [{}, { konnectRegion: "mars" }, 'configuration konnectRegion (cdktf.json context) "mars" is invalid: one of us, eu, au, me, in, sg'],
    [{}, { jwksTimeout: "soon" }, 'configuration jwksTimeout (cdktf.json context) "soon" is invalid: a duration such as 500ms, 1s, 10m or 1h'],
    [{}, { konnectServerUrl: "notaurl" }, 'configuration konnectServerUrl (cdktf.json context) "notaurl" is invalid: an http(s) URL such as https://eu.api.konghq.com'],
    [{}, { stackName: "" }, `configuration stackName (cdktf.json context) "" is invalid: required (the cdktf stack's name)`],
    // The variable wins, and is named.
    [{ KEGW_BACKEND_TLS: "yes" }, { backendTls: true }, 'configuration backendTls (KEGW_BACKEND_TLS) "yes" is invalid: true or false'],
    // A setting left unset is named by its variable: that is where to set it.
    [{}, { stateBackend: "s3" }, 'configuration stateBucket (KEGW_STATE_BUCKET) "" is invalid: required for the s3 state backend'],
  ])("a bad value names where it came from, the variable or the cdktf.json context: %j %j", (env, context, message) => {
    expect(thrownAsPrinted(() => mainStack(env, context))).toBe(`ConfigError: ${message}`);
  });

  test.each([
    // An empty variable is a value: refused where the setting cannot be empty, the line ending with the variable.
    [{ KEGW_GATEWAY_NAME: "" }, 'error: event-gateway/gateway: name "" is invalid: 1-255 characters (from gatewayName / KEGW_GATEWAY_NAME)'],
    [{ KEGW_AUTH_SERVER_NAME: "" }, 'error: event-gateway/identity: name "" is invalid: non-empty (from authServerName / KEGW_AUTH_SERVER_NAME)'],
    [{ KEGW_SCOPE_NAME: "" }, 'error: event-gateway/identity/scope: name "" is invalid: non-empty (from scopeName / KEGW_SCOPE_NAME)'],
    [
      { KEGW_ADVERTISED_HOST: "" },
      `error: event-gateway/gateway/listener/forward: portMapping.advertisedHost "" is invalid: a lowercase host name (labels of letters, digits and '-', separated by '.') (from advertisedHost / KEGW_ADVERTISED_HOST)`,
    ],
    [{ KEGW_NAMESPACE_PREFIX: "" }, 'error: event-gateway/gateway/vcluster: namespace.prefix "" is invalid: non-empty (from namespacePrefix / KEGW_NAMESPACE_PREFIX)'],
    [{ KEGW_LISTENER_ADDRESSES: "" }, "error: event-gateway/gateway/listener: addresses [] is invalid: at least one address (from listenerAddresses / KEGW_LISTENER_ADDRESSES)"],
    [{ KEGW_BOOTSTRAP_SERVERS: "" }, "error: event-gateway/gateway/backend: bootstrapServers [] is invalid: at least one host:port (from bootstrapServers / KEGW_BOOTSTRAP_SERVERS)"],
    // Lengths of time the constructs refuse, shown in the constructs' units.
    [{ KEGW_TOKEN_LIFETIME: "0" }, 'error: event-gateway/identity/producer: accessTokenDuration "0 s" is invalid: whole seconds from 1 m to 30 d (from tokenLifetime / KEGW_TOKEN_LIFETIME)'],
    [{ KEGW_TOKEN_LIFETIME: "59" }, 'error: event-gateway/identity/producer: accessTokenDuration "59 s" is invalid: whole seconds from 1 m to 30 d (from tokenLifetime / KEGW_TOKEN_LIFETIME)'],
    [
      { KEGW_TOKEN_LIFETIME: "2592001" },
      'error: event-gateway/identity/producer: accessTokenDuration "2592001 s" is invalid: whole seconds from 1 m to 30 d (from tokenLifetime / KEGW_TOKEN_LIFETIME)',
    ],
    [
      { KEGW_JWKS_TIMEOUT: "0s" },
      'error: event-gateway/gateway/vcluster: authentication[0].oauthBearer.jwksTimeout "0 ms" is invalid: at least 1 ms (from jwksTimeout / KEGW_JWKS_TIMEOUT)',
    ],
  ])("a value a construct refuses ends with the setting it came from: %j", (env, line) => {
    expect(printed(env)).toBe(line);
  });

  test.each([
    [{ gatewayName: "" }, 'error: event-gateway/gateway: name "" is invalid: 1-255 characters (from gatewayName / cdktf.json context)'],
    [{ tokenLifetime: 0 }, 'error: event-gateway/identity/producer: accessTokenDuration "0 s" is invalid: whole seconds from 1 m to 30 d (from tokenLifetime / cdktf.json context)'],
    [{ listenerAddresses: [] }, "error: event-gateway/gateway/listener: addresses [] is invalid: at least one address (from listenerAddresses / cdktf.json context)"],
    [
      { dnsLabel: "VCluster" },
      `error: event-gateway/gateway/vcluster: dnsLabel "VCluster" is invalid: 1-63 lowercase letters, digits or '-', starting and ending with a letter or digit (RFC 1035 label) (from dnsLabel / cdktf.json context)`,
    ],
  ])("a value from the cdktf.json context that a construct refuses names the context: %j", (context, line) => {
    expect(printed({}, context)).toBe(line);
  });

  test.each([
    [{ KEGW_STACK_NAME: "" }, `error: configuration stackName (KEGW_STACK_NAME) "" is invalid: required (the cdktf stack's name)`],
    [{ KEGW_IDENTITY_CACHE: "" }, 'error: configuration identityCacheFile (KEGW_IDENTITY_CACHE) "" is invalid: required (the file lookup answers are cached in)'],
    [{ KEGW_LOOKUP_REFRESH: "" }, 'error: configuration lookupRefresh (KEGW_LOOKUP_REFRESH) "" is invalid: true or false'],
    [{ KEGW_BACKEND_TLS: "yes" }, 'error: configuration backendTls (KEGW_BACKEND_TLS) "yes" is invalid: true or false'],
  ])("a value the app refuses is printed as its configuration error, nothing appended: %j", (env, line) => {
    expect(printed(env)).toBe(line);
  });

  test("token lifetimes from 60 to 2,592,000 seconds are taken, as README and help say", () => {
    for (const seconds of [60, 2_592_000]) {
      const json = synth(mainStack({ KEGW_TOKEN_LIFETIME: String(seconds) }));
      expect(byName(json, "konnect_identity_auth_server_client", "reader").id_token_duration).toBe(seconds);
    }
    const doc = "whole seconds, 60 to 2,592,000 (1 m to 30 d)";
    expect(SETTINGS.find((s) => s.key === "tokenLifetime")!.doc).toContain(doc);
    expect(fs.readFileSync(path.join(ROOT, "README.md"), "utf8")).toContain(doc);
  });

  test("empty where a setting may be empty: no extra topics, no consumer groups, no description", () => {
    const json = synth(mainStack({ KEGW_EXTRA_TOPICS: "", KEGW_CONSUMER_GROUPS: "", KEGW_AUTH_SERVER_DESCRIPTION: "", KONNECT_SERVER_URL: "" }));
    expect(only(json, "konnect_event_gateway_virtual_cluster").namespace).toEqual({ prefix: "my-", mode: "hide_prefix" });
    expect(byName(json, "konnect_event_gateway_cluster_policy_acls", "acl_topic_policy_reader").config.rules.map((r: any) => r.resource_type)).toEqual(["topic", "topic"]);
    expect(only(json, "konnect_identity_auth_server").description).toBe("");
    expect(json.provider["konnect-beta"]).toEqual([{ server_url: "https://us.api.konghq.com" }]);
  });

  test.each(["managed", "lookup"])("settings are checked the same way in %s mode, also those the mode does not use", (mode) => {
    // Each is refused before the lookup would ask Konnect (no context file, no token).
    const refused = (env: NodeJS.ProcessEnv) => thrownAsPrinted(() => mainStack({ KEGW_IDENTITY: mode, KEGW_IDENTITY_CACHE: "/nonexistent/kegw.json", ...env }));
    expect(refused({ KONNECT_SERVER_URL: "notaurl" })).toBe(
      'ConfigError: configuration konnectServerUrl (KONNECT_SERVER_URL) "notaurl" is invalid: an http(s) URL such as https://eu.api.konghq.com',
    );
    expect(refused({ KONNECT_SERVER_URL: "localhost:8787" })).toBe(
      'ConfigError: configuration konnectServerUrl (KONNECT_SERVER_URL) "localhost:8787" is invalid: an http(s) URL such as https://eu.api.konghq.com',
    );
    expect(refused({ KEGW_LOOKUP_REFRESH: "maybe" })).toBe('ConfigError: configuration lookupRefresh (KEGW_LOOKUP_REFRESH) "maybe" is invalid: true or false');
    expect(refused({ KEGW_TOKEN_LIFETIME: "1h" })).toBe('ConfigError: configuration tokenLifetime (KEGW_TOKEN_LIFETIME) "1h" is invalid: a whole number');
  });

  test("README and help document every setting", () => {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    const help = fs.readFileSync(path.join(ROOT, "help"), "utf8");
    for (const s of SETTINGS) {
      expect([s.env, readme.includes(`\`${s.env}\``) && readme.includes(`\`${s.key}\``)]).toEqual([s.env, true]);
      expect([s.env, help.includes(s.env)]).toEqual([s.env, true]);
    }
  });
});

describe("npm run synth (the fast path) and npx cdktf synth (the cdktf CLI) of main.ts", () => {
  const out = fs.mkdtempSync(path.join(require("node:os").tmpdir(), "kegw-cli-"));
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));
  const cdktf = (env: NodeJS.ProcessEnv) =>
    run("bash", ["scripts/with-toolchain.sh", "node", "node_modules/cdktf-cli/bundle/bin/cdktf", "synth", "--output", path.join(out, "cdktf")], {
      cwd: ROOT,
      env: { ...process.env, ...env, CI: "1" },
    });
  const fast = (env: NodeJS.ProcessEnv) =>
    run(process.execPath, ["scripts/stack.js", "synth", "--output", path.join(out, "fast")], { cwd: ROOT, env: { ...process.env, ...env } });

  test("both write cdktf.out/stacks/<stack>/cdk.tf.json, the same file, with the provider bound and pinned", async () => {
    await cdktf({});
    const res = await fast({});
    expect(res.stderr).toContain(`[synth] event-gateway: ${path.relative(ROOT, path.join(out, "fast/stacks/event-gateway/cdk.tf.json"))}`);
    const text = fs.readFileSync(path.join(out, "cdktf/stacks/event-gateway/cdk.tf.json"), "utf8");
    expect(fs.readFileSync(path.join(out, "fast/stacks/event-gateway/cdk.tf.json"), "utf8")).toBe(text);
    const json = JSON.parse(text);
    expect(json.terraform.required_providers["konnect-beta"]).toEqual({ source: "kong/konnect-beta", version: "0.19.0" });
    expect(Object.keys(json.resource).filter((t) => t.startsWith("konnect_")).length).toBe(10);
  });

  test("an error a construct raises names the setting the value came from", async () => {
    const err = await fast({ KEGW_LISTENER_PORTS: "19092,19192-19092" }).catch((e) => e);
    expect(err.code).toBe(1);
    expect(err.stderr).toContain(
      'error: event-gateway/gateway/listener: ports "19192-19092" is invalid: a port 1-65535 or a range low-high with 1 <= low <= high <= 65535 (from listenerPorts / KEGW_LISTENER_PORTS)',
    );
  });

  test("main.ts reads the context's keys: one that is a setting written another way stops it", async () => {
    const env = { ...process.env, CDKTF_OUTDIR: path.join(out, "context"), CDKTF_CONTEXT_JSON: JSON.stringify({ KEGW_GATEWAY_NAME: "orders" }) };
    const err = await run(process.execPath, ["dist/main.js"], { cwd: ROOT, env }).catch((e) => e);
    expect([err.code, err.stderr]).toEqual([1, "error: cdktf.json context key \"KEGW_GATEWAY_NAME\" is not a setting, so it would be ignored; write gatewayName (or set KEGW_GATEWAY_NAME)\n"]);
  });

  test("a configuration error is one clear line and a non-zero exit", async () => {
    const err = await fast({ KONNECT_REGION: "mars" }).catch((e) => e);
    expect(err.code).toBe(1);
    expect(err.stderr).toContain('error: configuration konnectRegion (KONNECT_REGION) "mars" is invalid: one of us, eu, au, me, in, sg');
  });
});
