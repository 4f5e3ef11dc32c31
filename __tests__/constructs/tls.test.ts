// The TLS group: trust bundles, TLS server policies on listeners (mutual TLS included), data plane certificates, and
// the PEM checks they share with a backend cluster's TLS fields.
import { TerraformStack, TerraformVariable } from "cdktf";
import {
  DataPlaneCertificate,
  EventGateway,
  Listener,
  Secret,
  TlsServerOptions,
  TlsServerPolicy,
  TlsTrustBundle,
} from "../../constructs";
import { NOT_A_KEY_PRIVATE_KEY_BLOCK, TEST_CA_PEM, TEST_DATA_PLANE_PEM, TEST_SERVER_PEM } from "../support/certificates";
import { thrownMessage } from "../support/fixtures";
import { newApp, newStack, only, resources, synth } from "../support/synth";

const KEY = NOT_A_KEY_PRIVATE_KEY_BLOCK;

function setup() {
  const stack = newStack();
  const key = new TerraformVariable(stack, "tls_key", { type: "string", sensitive: true });
  const gw = new EventGateway(stack, "gw");
  const listener = gw.addListener("l", { ports: [9092] });
  return { stack, gw, listener, key: Secret.fromVariable(key) };
}

describe("TlsTrustBundle", () => {
  test("synthesizes name, description, labels and the CA PEM; the name defaults to the construct ID", () => {
    const { stack, gw } = setup();
    gw.addTlsTrustBundle("clients-ca", { trustedCa: TEST_CA_PEM });
    gw.addTlsTrustBundle("vault", { name: "from-vault", description: "d", labels: { team: "a" }, trustedCa: Secret.vaultReference("${vault.env['CA_PEM']}") });
    expect(Object.values(resources(synth(stack), "konnect_event_gateway_tls_trust_bundle"))).toEqual([
      { provider: "konnect-beta", gateway_id: "${konnect_event_gateway.gw.id}", name: "clients-ca", config: { trusted_ca: TEST_CA_PEM } },
      {
        provider: "konnect-beta",
        gateway_id: "${konnect_event_gateway.gw.id}",
        name: "from-vault",
        description: "d",
        labels: { team: "a" },
        config: { trusted_ca: "$${vault.env['CA_PEM']}" },
      },
    ]);
  });

  test("an imported trust bundle is trusted by a TLS server policy of an imported listener", () => {
    const stack = newStack();
    const key = Secret.vaultReference("${vault.env['TLS_KEY']}");
    const listener = Listener.fromListenerAttributes(stack, "l", { gatewayId: "gw-1", listenerId: "l-1" });
    const bundle = TlsTrustBundle.fromTlsTrustBundleAttributes(stack, "ca", { gatewayId: "gw-1", tlsTrustBundleId: "tb-1" });
    const policy = listener.addTlsServer({ certificate: TEST_SERVER_PEM, key, clientAuthentication: { trustBundles: [bundle] } });
    expect(bundle.tlsTrustBundleId).toBe("tb-1");
    expect(TlsServerPolicy.fromTlsServerPolicyAttributes(stack, "p", { listener, policyId: "p-1" }).listener).toBe(listener);
    expect(only(synth(stack), "konnect_event_gateway_listener_policy_tls_server")).toEqual({
      provider: "konnect-beta",
      gateway_id: "gw-1",
      listener_id: "l-1",
      name: "tls-server",
      config: {
        certificates: [{ certificate: TEST_SERVER_PEM, key: "$${vault.env['TLS_KEY']}" }],
        client_authentication: { mode: "required", tls_trust_bundles: [{ id: "tb-1" }] },
      },
    });
    expect(policy.node.path).toBe("test/l/tls-server");
  });
});

describe("TlsServerPolicy", () => {
  test("defaults: TLS only, Konnect's versions, no client certificates; the key is the sensitive variable", () => {
    const { stack, listener, key } = setup();
    listener.addTlsServer({ certificate: TEST_SERVER_PEM, key });
    expect(only(synth(stack), "konnect_event_gateway_listener_policy_tls_server")).toEqual({
      provider: "konnect-beta",
      gateway_id: "${konnect_event_gateway.gw.id}",
      listener_id: "${konnect_event_gateway_listener.gw_l_BA6E98F7.id}",
      name: "tls-server",
      config: { certificates: [{ certificate: TEST_SERVER_PEM, key: "${var.tls_key}" }] },
    });
  });

  test("every option: versions, plaintext, mutual TLS with two bundles and a principal mapping", () => {
    const { stack, gw, listener, key } = setup();
    const a = gw.addTlsTrustBundle("a", { trustedCa: TEST_CA_PEM });
    const b = TlsTrustBundle.fromTlsTrustBundleAttributes(stack, "b", { gateway: gw, tlsTrustBundleId: "tb-b" });
    listener.addTlsServer({
      id: "tls",
      name: "mtls",
      description: "mutual TLS",
      enabled: true,
      labels: { a: "b" },
      certificate: Secret.vaultReference("${vault.env['SERVER_CERT']}"),
      key,
      versions: { min: "tls13", max: "tls13" },
      allowPlaintext: true,
      clientAuthentication: { mode: "requested", trustBundles: [a, b], principalMapping: "context.certificate.subject['CN']" },
    });
    listener.addTlsServer({ id: "spare", enabled: false, certificate: TEST_SERVER_PEM, key, versions: { max: "tls12" } });
    const policies = Object.values(resources(synth(stack), "konnect_event_gateway_listener_policy_tls_server"));
    const [spare, mtls] = ["spare", "mtls"].map((n) => policies.find((p: any) => p.name === n));
    expect(mtls).toEqual({
      provider: "konnect-beta",
      gateway_id: "${konnect_event_gateway.gw.id}",
      listener_id: "${konnect_event_gateway_listener.gw_l_BA6E98F7.id}",
      name: "mtls",
      description: "mutual TLS",
      enabled: true,
      labels: { a: "b" },
      config: {
        certificates: [{ certificate: "$${vault.env['SERVER_CERT']}", key: "${var.tls_key}" }],
        versions: { min: "TLSv1.3", max: "TLSv1.3" },
        allow_plaintext: true,
        client_authentication: {
          mode: "requested",
          tls_trust_bundles: [{ id: "${konnect_event_gateway_tls_trust_bundle.gw_a_BB826976.id}" }, { id: "tb-b" }],
          principal_mapping: "context.certificate.subject['CN']",
        },
      },
    });
    expect(spare.enabled).toBe(false);
    expect(spare.config.versions).toEqual({ max: "TLSv1.2" });
  });

  test("a principal mapping's ${ is escaped so Terraform passes it on", () => {
    const { stack, gw, listener, key } = setup();
    const ca = gw.addTlsTrustBundle("ca", { trustedCa: TEST_CA_PEM });
    listener.addTlsServer({ certificate: TEST_SERVER_PEM, key, clientAuthentication: { trustBundles: [ca], principalMapping: "'${' + context.certificate.serialNumber" } });
    const policy = only(synth(stack), "konnect_event_gateway_listener_policy_tls_server");
    expect(policy.config.client_authentication.principal_mapping).toBe("'$${' + context.certificate.serialNumber");
  });

  test("versions Terraform resolves later are passed on as given; min <= max is then left to Konnect", () => {
    const { stack, listener, key } = setup();
    const max = new TerraformVariable(stack, "tls_max", { type: "string" });
    listener.addTlsServer({ certificate: TEST_SERVER_PEM, key, versions: { min: "tls13", max: max.stringValue as never } });
    expect(only(synth(stack), "konnect_event_gateway_listener_policy_tls_server").config.versions).toEqual({ min: "TLSv1.3", max: "${var.tls_max}" });
  });

  test("a principal mapping of a type CEL knows only when it runs (dyn, here from a list mixing types, as Kong's CEL allows) is taken", () => {
    const { stack, gw, listener, key } = setup();
    const ca = gw.addTlsTrustBundle("ca", { trustedCa: TEST_CA_PEM });
    const mapping = "[context.certificate.subject['CN'], context.certificate.sans.dns][0]";
    listener.addTlsServer({ certificate: TEST_SERVER_PEM, key, clientAuthentication: { trustBundles: [ca], principalMapping: mapping } });
    expect(only(synth(stack), "konnect_event_gateway_listener_policy_tls_server").config.client_authentication.principal_mapping).toBe(mapping);
  });

  const P = "test/gw/l/tls-server";
  test.each<[string, (s: ReturnType<typeof setup>) => Partial<TlsServerOptions>, string]>([
    ["a literal key", () => ({ key: "secret" as never }), `${P}: key "(not shown)" is invalid: a Secret (Secret.fromVariable or Secret.vaultReference), never a literal`],
    ["min version", () => ({ versions: { min: "tls11" as never } }), `${P}: versions.min "tls11" is invalid: one of tls12, tls13`],
    ["max version", () => ({ versions: { max: "TLSv1.3" as never } }), `${P}: versions.max "TLSv1.3" is invalid: one of tls12, tls13`],
    ["min above max", () => ({ versions: { min: "tls13", max: "tls12" } }), `${P}: versions {"min":"tls13","max":"tls12"} is invalid: min <= max (tls12 < tls13)`],
    ["min above the default max", () => ({ versions: { min: "tls13" } }), ""],
    ["mode", ({ gw }) => ({ clientAuthentication: { mode: "optional" as never, trustBundles: [gw.addTlsTrustBundle("ca", { trustedCa: TEST_CA_PEM })] } }), `${P}: clientAuthentication.mode "optional" is invalid: one of required, requested`],
    ["no trust bundle", () => ({ clientAuthentication: { trustBundles: [] } }), `${P}: clientAuthentication.trustBundles [] is invalid: at least one trust bundle`],
    [
      "a trust bundle of another gateway",
      ({ stack }) => ({ clientAuthentication: { trustBundles: [new EventGateway(stack, "other").addTlsTrustBundle("ca", { trustedCa: TEST_CA_PEM })] } }),
      `${P}: clientAuthentication.trustBundles "test/other/ca" is invalid: trust bundles of the listener's gateway`,
    ],
    [
      "a principal mapping that is not CEL",
      ({ gw }) => ({ clientAuthentication: { trustBundles: [gw.addTlsTrustBundle("ca", { trustedCa: TEST_CA_PEM })], principalMapping: "subject[CN" } }),
      `${P}: clientAuthentication.principalMapping "subject[CN" is invalid: an expression giving a string (context.certificate.subject, .issuer, .serialNumber, .sans.dns, .sans.uri): `,
    ],
    [
      "a principal mapping on a field the certificate lacks",
      ({ gw }) => ({ clientAuthentication: { trustBundles: [gw.addTlsTrustBundle("ca", { trustedCa: TEST_CA_PEM })], principalMapping: "context.auth.principal.name" } }),
      `${P}: clientAuthentication.principalMapping "context.auth.principal.name" is invalid: an expression giving a string (context.certificate.subject, .issuer, .serialNumber, .sans.dns, .sans.uri): No such key: auth`,
    ],
    [
      "a principal mapping on a variable other than context",
      ({ gw }) => ({ clientAuthentication: { trustBundles: [gw.addTlsTrustBundle("ca", { trustedCa: TEST_CA_PEM })], principalMapping: "certificate.subject['CN']" } }),
      `${P}: clientAuthentication.principalMapping "certificate.subject['CN']" is invalid: an expression giving a string (context.certificate.subject, .issuer, .serialNumber, .sans.dns, .sans.uri): Unknown variable: certificate`,
    ],
    [
      "a principal mapping that is not a string",
      ({ gw }) => ({ clientAuthentication: { trustBundles: [gw.addTlsTrustBundle("ca", { trustedCa: TEST_CA_PEM })], principalMapping: "context.certificate.sans.dns" } }),
      `${P}: clientAuthentication.principalMapping "context.certificate.sans.dns" is invalid: an expression giving a string, not list<string> (context.certificate.subject, .issuer, .serialNumber, .sans.dns, .sans.uri)`,
    ],
    ["a certificate that is not PEM", () => ({ certificate: "MIIB" }), `${P}: certificate "(4 characters, not shown)" is invalid: PEM certificates: one or more -----BEGIN CERTIFICATE----- ... -----END CERTIFICATE----- blocks with a base64 body`],
    ["a name too long", () => ({ name: "n".repeat(256) }), `${P}: name "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn… (256 characters) is invalid: 1-255 characters`],
  ])("validation: %s", (_, options, message) => {
    const s = setup();
    const add = () => s.listener.addTlsServer({ certificate: TEST_SERVER_PEM, key: s.key, ...options(s) });
    if (message === "") expect(add).not.toThrow();
    // a CEL syntax error's own wording is the library's: the line is checked up to it
    else if (message.endsWith(": ")) expect(thrownMessage(add).startsWith(message)).toBe(true);
    else expect(thrownMessage(add)).toBe(message);
  });

  test("one enabled TLS server policy per listener; policy names unique per listener", () => {
    const { listener, key } = setup();
    listener.addTlsServer({ certificate: TEST_SERVER_PEM, key });
    expect(thrownMessage(() => listener.addTlsServer({ id: "second", certificate: TEST_SERVER_PEM, key }))).toBe(
      'test/gw/l/second: enabled true is invalid: one enabled TLS server policy per listener; test/gw/l/tls-server is enabled already',
    );
    expect(thrownMessage(() => listener.addTlsServer({ id: "third", name: "tls-server", enabled: false, certificate: TEST_SERVER_PEM, key }))).toBe(
      'test/gw/l/third: name "tls-server" is invalid: unique among the TLS server policies of this listener; test/gw/l/tls-server already uses it',
    );
  });

  test("one enabled TLS server policy per listener, however often the listener is imported (its literal ID, or its reference)", () => {
    const app = newApp();
    const stack = new TerraformStack(app, "a");
    const key = Secret.vaultReference("${vault.env['TLS_KEY']}");
    const tls = { certificate: TEST_SERVER_PEM, key };
    const importListener = (scope: TerraformStack, id: string, listenerId: string) => Listener.fromListenerAttributes(scope, id, { gatewayId: "gw-1", listenerId });
    // the same literal ID, also from another stack of the app
    importListener(stack, "l1", "l-1").addTlsServer(tls);
    expect(thrownMessage(() => importListener(stack, "l1-again", "l-1").addTlsServer(tls))).toBe(
      "a/l1-again/tls-server: enabled true is invalid: one enabled TLS server policy per listener; a/l1/tls-server is enabled already",
    );
    const other = new TerraformStack(app, "b");
    expect(thrownMessage(() => importListener(other, "l1", "l-1").addTlsServer(tls))).toBe(
      "b/l1/tls-server: enabled true is invalid: one enabled TLS server policy per listener; a/l1/tls-server is enabled already",
    );
    // the same Terraform reference (each read of a variable or attribute is a new token)
    const variable = new TerraformVariable(stack, "listener_id", { type: "string" });
    importListener(stack, "v1", variable.stringValue).addTlsServer(tls);
    expect(thrownMessage(() => importListener(stack, "v2", variable.stringValue).addTlsServer(tls))).toBe(
      "a/v2/tls-server: enabled true is invalid: one enabled TLS server policy per listener; a/v1/tls-server is enabled already",
    );
    const made = new EventGateway(stack, "gw").addListener("made", { ports: [9092] });
    made.addTlsServer(tls);
    expect(thrownMessage(() => importListener(stack, "made-again", made.listenerId).addTlsServer(tls))).toBe(
      "a/made-again/tls-server: enabled true is invalid: one enabled TLS server policy per listener; a/gw/made/tls-server is enabled already",
    );
    // other listeners: another literal ID; the same variable name in another stack is another variable
    expect(() => importListener(stack, "l2", "l-2").addTlsServer(tls)).not.toThrow();
    expect(() => importListener(other, "v1", new TerraformVariable(other, "listener_id", { type: "string" }).stringValue).addTlsServer(tls)).not.toThrow();
    // a disabled policy of an imported listener with an enabled one is fine
    expect(() => importListener(stack, "l1-spare", "l-1").addTlsServer({ ...tls, enabled: false })).not.toThrow();
  });

  test("importer: the policy ID must not be empty", () => {
    const { stack, listener } = setup();
    expect(thrownMessage(() => TlsServerPolicy.fromTlsServerPolicyAttributes(stack, "p", { listener, policyId: "" }))).toBe('test/p: policyId "" is invalid: non-empty');
  });
});

describe("DataPlaneCertificate", () => {
  test("synthesizes the certificate; name defaults to the construct ID, description is left out unless given", () => {
    const { stack, gw } = setup();
    gw.addDataPlaneCertificate("dp-1", { certificate: TEST_DATA_PLANE_PEM });
    gw.addDataPlaneCertificate("dp-2", { name: "fleet-b", description: "second fleet", certificate: TEST_DATA_PLANE_PEM });
    expect(Object.values(resources(synth(stack), "konnect_event_gateway_data_plane_certificate"))).toEqual([
      { provider: "konnect-beta", gateway_id: "${konnect_event_gateway.gw.id}", name: "dp-1", certificate: TEST_DATA_PLANE_PEM },
      { provider: "konnect-beta", gateway_id: "${konnect_event_gateway.gw.id}", name: "fleet-b", description: "second fleet", certificate: TEST_DATA_PLANE_PEM },
    ]);
  });

  test("importer, and validation", () => {
    const stack = newStack();
    const imported = DataPlaneCertificate.fromDataPlaneCertificateAttributes(stack, "dp", { gatewayId: "gw-1", dataPlaneCertificateId: "c-1" });
    expect([imported.dataPlaneCertificateId, imported.gateway.gatewayId]).toEqual(["c-1", "gw-1"]);
    expect(thrownMessage(() => DataPlaneCertificate.fromDataPlaneCertificateAttributes(stack, "dp2", { gatewayId: "gw-1", dataPlaneCertificateId: "" }))).toBe(
      'test/dp2: dataPlaneCertificateId "" is invalid: non-empty',
    );
    const gw = new EventGateway(stack, "gw");
    expect(thrownMessage(() => gw.addDataPlaneCertificate("bad", { certificate: `${TEST_DATA_PLANE_PEM}\n${KEY}` }))).toBe(
      `test/gw/bad: certificate "(${TEST_DATA_PLANE_PEM.length + 1 + KEY.length} characters, not shown)" is invalid: certificates only: it holds a PRIVATE KEY block; pass the key as a Secret where the field takes one`,
    );
    expect(thrownMessage(() => gw.addDataPlaneCertificate("empty-name", { name: "", certificate: TEST_DATA_PLANE_PEM }))).toBe(
      'test/gw/empty-name: name "" is invalid: 1-255 characters',
    );
  });
});

describe("PEM checks (trust bundles, TLS server policies, data plane certificates, backend clusters)", () => {
  const NOT_PEM = "PEM certificates: one or more -----BEGIN CERTIFICATE----- ... -----END CERTIFICATE----- blocks with a base64 body";
  test.each([
    ["no block", "MIIB"],
    ["a public key block", "-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----"],
    ["a body that is not base64", "-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----"],
    ["an empty body", "-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----"],
    ["a header without its footer", "-----BEGIN CERTIFICATE-----\nMIIB"],
  ])("refused: %s, without showing the value", (_, value) => {
    const { gw } = setup();
    expect(thrownMessage(() => gw.addTlsTrustBundle("ca", { trustedCa: value }))).toBe(`test/gw/ca: trustedCa "(${value.length} characters, not shown)" is invalid: ${NOT_PEM}`);
  });

  test("accepted: a chain of blocks with text between them (as tools write bundles), and values Terraform resolves later", () => {
    const { stack, gw } = setup();
    gw.addTlsTrustBundle("chain", { trustedCa: `# clients CA\nsubject=CN = Example\n${TEST_CA_PEM}\n\n${TEST_SERVER_PEM}\n` });
    const ca = new TerraformVariable(stack, "ca", { type: "string" });
    gw.addTlsTrustBundle("var", { trustedCa: ca.stringValue });
    expect(Object.values(resources(synth(stack), "konnect_event_gateway_tls_trust_bundle")).map((b: any) => b.config.trusted_ca)[1]).toBe("${var.ca}");
  });

  test("a key pasted into a trust bundle is refused, naming neither it nor its length's content", () => {
    const { gw } = setup();
    const message = thrownMessage(() => gw.addTlsTrustBundle("ca", { trustedCa: `${TEST_CA_PEM}\n${KEY}` }));
    expect(message).toMatch(/^test\/gw\/ca: trustedCa "\(\d+ characters, not shown\)" is invalid: certificates only: it holds a PRIVATE KEY block/);
    expect(message).not.toContain("MIG");
  });

  test("a backend cluster's CA bundle and client certificate are checked the same way; a vault reference is taken", () => {
    const { stack, gw, key } = setup();
    expect(thrownMessage(() => gw.addBackendCluster("b1", { bootstrapServers: ["k:9092"], tls: { caBundle: "ca.pem" } }))).toBe(
      `test/gw/b1: tls.caBundle "(6 characters, not shown)" is invalid: ${NOT_PEM}`,
    );
    expect(thrownMessage(() => gw.addBackendCluster("b2", { bootstrapServers: ["k:9092"], tls: { clientIdentity: { certificate: KEY, key } } }))).toMatch(
      /^test\/gw\/b2: tls.clientIdentity.certificate "\(\d+ characters, not shown\)" is invalid: certificates only: it holds a PRIVATE KEY block/,
    );
    gw.addBackendCluster("b3", { bootstrapServers: ["k:9092"], tls: { caBundle: Secret.vaultReference("${vault.env['BROKER_CA']}") } });
    expect(only(synth(stack), "konnect_event_gateway_backend_cluster").tls).toEqual({ enabled: true, ca_bundle: "$${vault.env['BROKER_CA']}" });
  });

  test("trust bundle names are unique per gateway; importer IDs non-empty", () => {
    const stack = new TerraformStack(newStack().node.scope as never, "s");
    const gw = new EventGateway(stack, "gw");
    gw.addTlsTrustBundle("a", { name: "ca", trustedCa: TEST_CA_PEM });
    expect(thrownMessage(() => gw.addTlsTrustBundle("b", { name: "ca", trustedCa: TEST_CA_PEM }))).toBe(
      's/gw/b: name "ca" is invalid: unique among the TLS trust bundles of this gateway; s/gw/a already uses it',
    );
    expect(thrownMessage(() => TlsTrustBundle.fromTlsTrustBundleAttributes(stack, "i", { gatewayId: "g", tlsTrustBundleId: "" }))).toBe('s/i: tlsTrustBundleId "" is invalid: non-empty');
    expect(thrownMessage(() => TlsTrustBundle.fromTlsTrustBundleAttributes(stack, "j", { tlsTrustBundleId: "x" }))).toBe(
      "s/j: gatewayId undefined is invalid: the gateway, or its ID, of an imported object",
    );
  });
});
