import { TerraformVariable } from "cdktf";
import {
  BackendAuthentication,
  BackendCluster,
  Duration,
  Secret,
  ClientAuthentication,
  EventGateway,
  KonnectProvider,
  NamespaceSelector,
  ValidationError,
} from "../../constructs";
import { TEST_CA_PEM, TEST_SERVER_PEM } from "../support/certificates";
import { thrownMessage } from "../support/fixtures";
import { newStack, only, resources, synth } from "../support/synth";

describe("EventGateway", () => {
  test("synthesizes the gateway bound to the konnect-beta provider, name defaulting to the construct ID", () => {
    const stack = newStack();
    new EventGateway(stack, "gw");
    new EventGateway(stack, "gw2", { name: "named", description: "d", labels: { env: "dev" }, minRuntimeVersion: "1.1" });
    const json = synth(stack);
    expect(resources(json, "konnect_event_gateway")).toEqual({
      gw: { name: "gw", provider: "konnect-beta" },
      gw2: { name: "named", description: "d", labels: { env: "dev" }, min_runtime_version: "1.1", provider: "konnect-beta" },
    });
    expect(json.provider).toEqual({ "konnect-beta": [{}] });
  });

  test("a configured provider carries its server URL and never a token", () => {
    const stack = newStack();
    new KonnectProvider(stack, "konnect", { serverUrl: "https://eu.api.konghq.com" });
    new EventGateway(stack, "gw");
    const json = synth(stack);
    expect(json.provider).toEqual({ "konnect-beta": [{ server_url: "https://eu.api.konghq.com" }] });
    expect(JSON.stringify(json)).not.toMatch(/access_token|personal_access_token/);
  });

  test("a second provider in a stack is refused", () => {
    const stack = newStack();
    new KonnectProvider(stack, "a");
    expect(() => new KonnectProvider(stack, "b")).toThrow(/test\/b: stack test already has a konnect-beta provider \(test\/a\)/);
  });

  test.each([
    [{ name: "" }, 'test/gw: name "" is invalid: 1-255 characters'],
    [{ labels: { konnect_team: "x" } }, 'test/gw: labels "konnect_team" is invalid: label keys have 1-63 characters and do not start with kong, konnect, mesh, kic, _'],
    [{ labels: { _x: "x" } }, 'test/gw: labels "_x" is invalid'],
    [{ labels: { ["k".repeat(64)]: "x" } }, "label keys have 1-63 characters"],
    [{ labels: { kic: "x" } }, 'labels "kic" is invalid'],
    [{ labels: { Kong: "x" } }, 'labels "Kong" is invalid'],
    [{ description: "d".repeat(513) }, "test/gw: description"],
    [{ minRuntimeVersion: "latest" }, 'test/gw: minRuntimeVersion "latest" is invalid: major.minor, e.g. 1.1'],
    [{ minRuntimeVersion: "v1.1" }, 'test/gw: minRuntimeVersion "v1.1" is invalid: major.minor, e.g. 1.1'],
    [{ minRuntimeVersion: "1.1.0" }, 'test/gw: minRuntimeVersion "1.1.0" is invalid: major.minor, e.g. 1.1'],
  ])("validation: %j", (props, message) => {
    const stack = newStack();
    expect(() => new EventGateway(stack, "gw", props)).toThrow(ValidationError);
    expect(() => new EventGateway(newStack(), "gw", props)).toThrow(message);
  });

  test("minRuntimeVersion: major and minor of any number of digits", () => {
    const stack = newStack();
    new EventGateway(stack, "a", { minRuntimeVersion: "10.1" });
    new EventGateway(stack, "b", { minRuntimeVersion: "1.10" });
    expect(Object.values(resources(synth(stack), "konnect_event_gateway")).map((g: any) => g.min_runtime_version)).toEqual(["10.1", "1.10"]);
  });

  test("fromGatewayId: an empty ID is refused in words", () => {
    expect(() => EventGateway.fromGatewayId(newStack(), "existing", "")).toThrow(/^test\/existing: gatewayId "" is invalid: non-empty$/);
  });

  test("fromGatewayId: children of an existing gateway reference its ID", () => {
    const stack = newStack();
    const gw = EventGateway.fromGatewayId(stack, "existing", "gw-123");
    new BackendCluster(stack, "b", { gateway: gw, bootstrapServers: ["k:9092"] });
    const json = synth(stack);
    expect(resources(json, "konnect_event_gateway")).toEqual({});
    expect(only(json, "konnect_event_gateway_backend_cluster").gateway_id).toBe("gw-123");
  });

  test("duplicate names within a gateway are refused, across gateways allowed", () => {
    const stack = newStack();
    const a = new EventGateway(stack, "a");
    const b = new EventGateway(stack, "b");
    a.addBackendCluster("one", { name: "kafka", bootstrapServers: ["k:9092"] });
    b.addBackendCluster("one", { name: "kafka", bootstrapServers: ["k:9092"] });
    expect(() => a.addBackendCluster("two", { name: "kafka", bootstrapServers: ["k:9092"] })).toThrow(
      'test/a/two: name "kafka" is invalid: unique among the backend clusters of this gateway; test/a/one already uses it',
    );
    const backend = a.addBackendCluster("three", { bootstrapServers: ["k:9092"] });
    a.addVirtualCluster("vc", { destination: backend, dnsLabel: "x", authentication: [ClientAuthentication.saslScram({ algorithm: "sha256" })] });
    expect(() =>
      a.addVirtualCluster("vc2", { name: "vc", destination: backend, dnsLabel: "y", authentication: [ClientAuthentication.saslScram({ algorithm: "sha256" })] }),
    ).toThrow("unique among the virtual clusters of this gateway");
    a.addListener("l", { ports: [9092] });
    expect(() => a.addListener("l2", { name: "l", ports: [9093] })).toThrow("unique among the listeners of this gateway");
  });
});

describe("BackendCluster", () => {
  test("defaults: anonymous, TLS enabled; exact JSON", () => {
    const stack = newStack();
    const gw = new EventGateway(stack, "gw");
    gw.addBackendCluster("kafka", { bootstrapServers: ["b1:9092", "[::1]:9093", "kafka_1:9092"] });
    expect(only(synth(stack), "konnect_event_gateway_backend_cluster")).toEqual({
      provider: "konnect-beta",
      gateway_id: "${konnect_event_gateway.gw.id}",
      name: "kafka",
      bootstrap_servers: ["b1:9092", "[::1]:9093", "kafka_1:9092"],
      authentication: { anonymous: {} },
      tls: { enabled: true },
    });
  });

  test("every option: SASL/SCRAM with a sensitive variable, mutual TLS with a vault reference, versions", () => {
    const stack = newStack();
    const password = new TerraformVariable(stack, "kafka_password", { type: "string", sensitive: true });
    const gw = new EventGateway(stack, "gw");
    gw.addBackendCluster("kafka", {
      name: "confluent",
      description: "Confluent Cloud",
      labels: { team: "a" },
      bootstrapServers: ["pkc.example.com:9092"],
      authentication: BackendAuthentication.saslScram({ algorithm: "sha512", username: "svc", password: Secret.fromVariable(password) }),
      tls: {
        caBundle: TEST_CA_PEM,
        clientIdentity: { certificate: TEST_SERVER_PEM, key: Secret.vaultReference("${vault.env['CLIENT_KEY']}") },
        versions: ["tls13"],
        insecureSkipVerify: false,
      },
      metadataUpdateInterval: Duration.minutes(2),
      insecureAllowAnonymousVirtualClusterAuth: true,
    });
    const json = synth(stack);
    expect(only(json, "konnect_event_gateway_backend_cluster")).toEqual({
      provider: "konnect-beta",
      gateway_id: "${konnect_event_gateway.gw.id}",
      name: "confluent",
      description: "Confluent Cloud",
      labels: { team: "a" },
      bootstrap_servers: ["pkc.example.com:9092"],
      authentication: { sasl_scram: { algorithm: "sha512", username: "svc", password: "${var.kafka_password}" } },
      tls: {
        enabled: true,
        ca_bundle: TEST_CA_PEM,
        client_identity: { certificate: TEST_SERVER_PEM, key: "$${vault.env['CLIENT_KEY']}" },
        tls_versions: ["tls13"],
        insecure_skip_verify: false,
      },
      metadata_update_interval_seconds: 120,
      insecure_allow_anonymous_virtual_cluster_auth: true,
    });
  });

  test("SASL/PLAIN with a vault reference is escaped so Konnect resolves it", () => {
    const stack = newStack();
    new EventGateway(stack, "gw").addBackendCluster("k", {
      bootstrapServers: ["k:9092"],
      authentication: BackendAuthentication.saslPlain({ username: "u", password: Secret.vaultReference("${vault.env['KAFKA_PASSWORD']}") }),
    });
    expect(only(synth(stack), "konnect_event_gateway_backend_cluster").authentication).toEqual({
      sasl_plain: { username: "u", password: "$${vault.env['KAFKA_PASSWORD']}" },
    });
  });

  test("a secret is a sensitive variable without default or a vault reference; anything else is refused unshown", () => {
    const stack = newStack();
    const plain = new TerraformVariable(stack, "plain", { type: "string" });
    const withDefault = new TerraformVariable(stack, "with_default", { type: "string", sensitive: true, default: "hunter2" });
    expect(() => Secret.fromVariable(plain)).toThrow('test/plain: sensitive false is invalid: true: a secret\'s variable must be sensitive, or plans print it');
    expect(() => Secret.fromVariable(withDefault)).toThrow('test/with_default: default "(not shown)" is invalid: no default: a default would be written to cdk.tf.json');
    for (const bad of ["hunter2", "${var.x}", "x${vault.env['A']}", new TerraformVariable(stack, "v", { type: "string", sensitive: true }).stringValue]) {
      let err: Error | undefined;
      try {
        Secret.vaultReference(bad);
      } catch (e) {
        err = e as Error;
      }
      expect(err?.message).toBe(`Secret.vaultReference: reference "(not shown)" is invalid: a Konnect vault reference like \${vault.env['NAME']}`);
    }
  });

  test.each([
    [{ bootstrapServers: [] }, 'test/gw/k: bootstrapServers [] is invalid: at least one host:port'],
    [{ bootstrapServers: ["kafka1"] }, 'test/gw/k: bootstrapServers "kafka1" is invalid: host:port with a port from 1 to 65535'],
    [{ bootstrapServers: ["kafka1:0"] }, 'bootstrapServers "kafka1:0" is invalid'],
    [{ bootstrapServers: ["kafka1:65536"] }, 'bootstrapServers "kafka1:65536" is invalid'],
    [{ bootstrapServers: ["http://kafka1:9092"] }, 'bootstrapServers "http://kafka1:9092" is invalid'],
    [{ bootstrapServers: ["k:1"], metadataUpdateInterval: Duration.seconds(0) }, 'metadataUpdateInterval "0 s" is invalid: whole seconds from 1 s to 12 h'],
    [{ bootstrapServers: ["k:1"], tls: { versions: ["tls11"] } }, 'tls.versions "tls11" is invalid: one of tls12, tls13'],
  ])("validation: %j", (props, message) => {
    const gw = new EventGateway(newStack(), "gw");
    expect(() => gw.addBackendCluster("k", props as never)).toThrow(message);
  });

  test("SASL and TLS versions: each field's one-line error", () => {
    const password = Secret.vaultReference("${vault.env['KAFKA_PASSWORD']}");
    const cases: Array<[object, string]> = [
      [{ authentication: BackendAuthentication.saslPlain({ username: "", password }) }, 'test/gw/k: authentication.saslPlain.username "" is invalid: non-empty'],
      [
        { authentication: BackendAuthentication.saslScram({ algorithm: "sha256", username: "", password }) },
        'test/gw/k: authentication.saslScram.username "" is invalid: non-empty',
      ],
      [
        { authentication: BackendAuthentication.saslScram({ algorithm: "sha1" as never, username: "svc", password }) },
        'test/gw/k: authentication.saslScram.algorithm "sha1" is invalid: one of sha256, sha512',
      ],
      [{ tls: { versions: [] } }, "test/gw/k: tls.versions [] is invalid: at least one of tls12, tls13"],
    ];
    for (const [props, message] of cases) {
      const gw = new EventGateway(newStack(), "gw");
      expect(thrownMessage(() => gw.addBackendCluster("k", { bootstrapServers: ["k:9092"], ...props }))).toBe(message);
    }
  });

  test("SASL/SCRAM with SHA-256 and TLS 1.2", () => {
    const stack = newStack();
    new EventGateway(stack, "gw").addBackendCluster("k", {
      bootstrapServers: ["k:9092"],
      authentication: BackendAuthentication.saslScram({ algorithm: "sha256", username: "svc", password: Secret.vaultReference("${vault.env['KAFKA_PASSWORD']}") }),
      tls: { versions: ["tls12"] },
    });
    const backend = only(synth(stack), "konnect_event_gateway_backend_cluster");
    expect([backend.authentication, backend.tls]).toEqual([
      { sasl_scram: { algorithm: "sha256", username: "svc", password: "$${vault.env['KAFKA_PASSWORD']}" } },
      { enabled: true, tls_versions: ["tls12"] },
    ]);
  });

  test("a bootstrap server that Terraform resolves later passes unchecked beside literal ones", () => {
    const stack = newStack();
    const server = new TerraformVariable(stack, "server", { type: "string" });
    new EventGateway(stack, "gw").addBackendCluster("k", { bootstrapServers: [server.stringValue, "k:9092"] });
    expect(only(synth(stack), "konnect_event_gateway_backend_cluster").bootstrap_servers).toEqual(["${var.server}", "k:9092"]);
  });

  test("unresolved tokens are not validated", () => {
    const stack = newStack();
    const servers = new TerraformVariable(stack, "servers", { type: "list(string)" });
    new EventGateway(stack, "gw").addBackendCluster("k", { bootstrapServers: servers.listValue });
    expect(only(synth(stack), "konnect_event_gateway_backend_cluster").bootstrap_servers).toBe("${var.servers}");
  });
});

describe("NamespaceSelector", () => {
  test("glob patterns are checked", () => {
    const stack = newStack();
    const gw = new EventGateway(stack, "gw");
    const b = gw.addBackendCluster("b", { bootstrapServers: ["k:9092"] });
    expect(() =>
      gw.addVirtualCluster("vc", {
        destination: b,
        dnsLabel: "vc",
        authentication: [ClientAuthentication.saslScram({ algorithm: "sha256" })],
        namespace: { prefix: "p-", additionalTopics: [NamespaceSelector.glob("bad/glob")] },
      }),
    ).toThrow(`test/gw/vc: namespace.additionalTopics[0].glob "bad/glob" is invalid: a glob of letters, digits, '.', '_', '-', '?' and '*'`);
  });
});
