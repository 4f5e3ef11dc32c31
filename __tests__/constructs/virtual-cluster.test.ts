import { TerraformVariable } from "cdktf";
import { BackendCluster, ClientAuthentication, Duration, EventGateway, KongIdentity, NamespaceSelector, Secret, VirtualClusterOptions } from "../../constructs";
import { thrownMessage } from "../support/fixtures";
import { newStack, only, resources, synth, warnings } from "../support/synth";

function setup(options: Partial<VirtualClusterOptions> = {}, backendAnonymousOk = false) {
  const stack = newStack();
  const gw = new EventGateway(stack, "gw");
  const backend = gw.addBackendCluster("b", { bootstrapServers: ["k:9092"], insecureAllowAnonymousVirtualClusterAuth: backendAnonymousOk });
  const make = () =>
    gw.addVirtualCluster("vc", {
      destination: backend,
      dnsLabel: "team-a",
      authentication: [ClientAuthentication.saslScram({ algorithm: "sha256" })],
      ...options,
    });
  return { stack, gw, backend, make };
}

describe("VirtualCluster", () => {
  test("defaults: enforce_on_gateway, no namespace; exact JSON", () => {
    const { stack, make } = setup();
    make();
    expect(only(synth(stack), "konnect_event_gateway_virtual_cluster")).toEqual({
      provider: "konnect-beta",
      gateway_id: "${konnect_event_gateway.gw.id}",
      name: "vc",
      destination: { id: "${konnect_event_gateway_backend_cluster.gw_b_CDCA05D6.id}" },
      dns_label: "team-a",
      acl_mode: "enforce_on_gateway",
      authentication: [{ sasl_scram: { algorithm: "sha256" } }],
    });
  });

  test("every option: all authentication methods in order, namespace with topic and group selectors", () => {
    const stack = newStack();
    const gw = new EventGateway(stack, "gw");
    const backend = gw.addBackendCluster("b", { bootstrapServers: ["k:9092"], insecureAllowAnonymousVirtualClusterAuth: true });
    const pw = new TerraformVariable(stack, "alice_password", { type: "string", sensitive: true });
    const idp = new KongIdentity(stack, "idp", { audience: "http://kafka.dev" });
    gw.addVirtualCluster("vc", {
      name: "team",
      description: "team cluster",
      labels: { team: "a" },
      destination: backend,
      dnsLabel: "team",
      aclMode: "passthrough",
      namespace: {
        prefix: "team-",
        mode: "enforce_prefix",
        additionalTopics: [NamespaceSelector.exact(["shared", "audit"], { conflict: "ignore" }), NamespaceSelector.glob("public.*")],
        additionalConsumerGroups: [NamespaceSelector.exact(["g1"]), NamespaceSelector.glob("shared-*")],
      },
      authentication: [
        ClientAuthentication.anonymous(),
        ClientAuthentication.saslPlain({ mediation: "terminate", principals: [{ username: "alice", password: Secret.fromVariable(pw) }] }),
        ClientAuthentication.saslScram({ algorithm: "sha512" }),
        ClientAuthentication.oauthBearer({
          authServer: idp,
          mediation: "validate_forward",
          jwksTimeout: Duration.seconds(1),
          jwksCacheExpiration: Duration.minutes(30),
          claimsMapping: { sub: "client_id", scope: "scp" },
        }),
        ClientAuthentication.clientCertificate(),
      ],
    });
    const vc = only(synth(stack), "konnect_event_gateway_virtual_cluster");
    expect(vc.authentication).toEqual([
      { anonymous: {} },
      { sasl_plain: { mediation: "terminate", principals: [{ username: "alice", password: "${var.alice_password}" }] } },
      { sasl_scram: { algorithm: "sha512" } },
      {
        oauth_bearer: {
          mediation: "validate_forward",
          jwks: {
            endpoint: "${konnect_identity_auth_server.idp.issuer}/.well-known/jwks",
            timeout: "1s",
            cache_expiration: "30m",
          },
          validate: {
            issuer: "${konnect_identity_auth_server.idp.issuer}",
            audiences: [{ name: "${konnect_identity_auth_server.idp.audience}" }],
          },
          claims_mapping: { sub: "client_id", scope: "scp" },
        },
      },
      { client_certificate: {} },
    ]);
    expect(vc.namespace).toEqual({
      prefix: "team-",
      mode: "enforce_prefix",
      additional: {
        topics: [
          { exact_list: { conflict: "ignore", exact_list: [{ backend: "shared" }, { backend: "audit" }] } },
          { glob: { glob: "public.*" } },
        ],
        consumer_groups: [{ exact_list: { exact_list: [{ value: "g1" }] } }, { glob: { glob: "shared-*" } }],
      },
    });
    expect([vc.name, vc.description, vc.labels, vc.acl_mode]).toEqual(["team", "team cluster", { team: "a" }, "passthrough"]);
  });

  test("OAuth bearer with a plain JWKS URL and claim validation off", () => {
    const { stack, make } = setup({
      authentication: [ClientAuthentication.oauthBearer({ jwksEndpoint: "https://idp.example.com/jwks", validateClaims: false })],
    });
    make();
    expect(only(synth(stack), "konnect_event_gateway_virtual_cluster").authentication).toEqual([
      { oauth_bearer: { mediation: "terminate", jwks: { endpoint: "https://idp.example.com/jwks" } } },
    ]);
  });

  test.each([
    [{ dnsLabel: "Team_A" }, `test/gw/vc: dnsLabel "Team_A" is invalid: 1-63 lowercase letters, digits or '-', starting and ending with a letter or digit (RFC 1035 label)`],
    [{ dnsLabel: "-a" }, 'dnsLabel "-a" is invalid'],
    [{ dnsLabel: "a-" }, 'dnsLabel "a-" is invalid'],
    [{ dnsLabel: "" }, 'dnsLabel "" is invalid'],
    [{ dnsLabel: "a".repeat(64) }, "is invalid: 1-63 lowercase letters"],
    [{ aclMode: "enforce" }, 'test/gw/vc: aclMode "enforce" is invalid: one of enforce_on_gateway, passthrough'],
    [{ namespace: { prefix: "" } }, 'test/gw/vc: namespace.prefix "" is invalid'],
    [{ namespace: { prefix: "p", mode: "hide" } }, 'namespace.mode "hide" is invalid: one of hide_prefix, enforce_prefix'],
    [{ namespace: { prefix: "p", additionalTopics: [NamespaceSelector.exact([])] } }, "namespace.additionalTopics[0].exact [] is invalid: at least one name"],
    [{ authentication: [] }, "test/gw/vc: authentication [] is invalid: at least one of anonymous, saslPlain, saslScram, oauthBearer, clientCertificate"],
    [{ authentication: [ClientAuthentication.oauthBearer({})] }, "authentication[0].oauthBearer.jwksEndpoint undefined is invalid: a JWKS URL, or an authServer to take it from"],
    [{ authentication: [ClientAuthentication.oauthBearer({ jwksEndpoint: "x", jwksTimeout: Duration.millis(0) })] }, 'oauthBearer.jwksTimeout "0 ms" is invalid: at least 1 ms'],
    [{ authentication: [ClientAuthentication.oauthBearer({ jwksEndpoint: "x", issuer: "" })] }, 'authentication[0].oauthBearer.issuer "" is invalid: non-empty'],
    [{ authentication: [ClientAuthentication.oauthBearer({ jwksEndpoint: "x", audiences: [""] })] }, 'authentication[0].oauthBearer.audiences[0] "" is invalid: non-empty'],
    [{ authentication: [ClientAuthentication.oauthBearer({ jwksEndpoint: "" })] }, 'authentication[0].oauthBearer.jwksEndpoint "" is invalid: non-empty'],
    [{ authentication: [ClientAuthentication.oauthBearer({ jwksEndpoint: "x", mediation: "terminated" as never })] }, 'oauthBearer.mediation "terminated" is invalid: one of passthrough, validate_forward, terminate'],
  ])("validation: %j", (options, message) => {
    const { make } = setup(options as never);
    expect(make).toThrow(message);
  });

  test("defaults and one-sided options: SASL/PLAIN terminates unless told, OAuth validates only the claims given, a namespace hides its prefix", () => {
    const { stack, make } = setup({
      namespace: { prefix: "team-" },
      authentication: [
        ClientAuthentication.saslPlain(),
        ClientAuthentication.saslPlain({ mediation: "passthrough" }),
        ClientAuthentication.oauthBearer({ jwksEndpoint: "https://idp.example.com/jwks", issuer: "https://idp.example.com" }),
        ClientAuthentication.oauthBearer({ jwksEndpoint: "https://idp.example.com/jwks", audiences: ["kafka"] }),
      ],
    });
    make();
    const vc = only(synth(stack), "konnect_event_gateway_virtual_cluster");
    const jwks = { endpoint: "https://idp.example.com/jwks" };
    expect(vc.authentication).toEqual([
      { sasl_plain: { mediation: "terminate" } },
      { sasl_plain: { mediation: "passthrough" } },
      { oauth_bearer: { mediation: "terminate", jwks, validate: { issuer: "https://idp.example.com" } } },
      { oauth_bearer: { mediation: "terminate", jwks, validate: { audiences: [{ name: "kafka" }] } } },
    ]);
    expect(vc.namespace).toEqual({ prefix: "team-", mode: "hide_prefix" });
  });

  const scram = ClientAuthentication.saslScram({ algorithm: "sha256" });
  test.each([
    [{ namespace: { prefix: "p", additionalTopics: [NamespaceSelector.exact(["ok", ""])] } }, 'namespace.additionalTopics[0].exact "" is invalid: 1-249 characters'],
    [{ namespace: { prefix: "p", additionalTopics: [NamespaceSelector.exact(["t".repeat(250)])] } }, `namespace.additionalTopics[0].exact "${"t".repeat(80)}… (250 characters) is invalid: 1-249 characters`],
    [{ namespace: { prefix: "p", additionalTopics: [NamespaceSelector.glob("a*", { conflict: "fail" as never })] } }, 'namespace.additionalTopics[0].conflict "fail" is invalid: one of warn, ignore'],
    [{ namespace: { prefix: "p", additionalConsumerGroups: [NamespaceSelector.glob("ok-*"), NamespaceSelector.glob("a/b")] } }, `namespace.additionalConsumerGroups[1].glob "a/b" is invalid: a glob of letters, digits, '.', '_', '-', '?' and '*'`],
    [{ namespace: { prefix: "p", additionalConsumerGroups: [NamespaceSelector.exact([])] } }, "namespace.additionalConsumerGroups[0].exact [] is invalid: at least one name"],
    [{ authentication: [scram, ClientAuthentication.saslPlain({ mediation: "validate_forward" as never })] }, 'authentication[1].saslPlain.mediation "validate_forward" is invalid: one of passthrough, terminate'],
    [{ authentication: [scram, ClientAuthentication.saslScram({ algorithm: "sha1" as never })] }, 'authentication[1].saslScram.algorithm "sha1" is invalid: one of sha256, sha512'],
    [{ authentication: [ClientAuthentication.oauthBearer({ jwksEndpoint: "x", jwksCacheExpiration: Duration.millis(0) })] }, 'authentication[0].oauthBearer.jwksCacheExpiration "0 ms" is invalid: at least 1 ms'],
    [{ authentication: [ClientAuthentication.oauthBearer({ jwksEndpoint: "x", audiences: [] })] }, "authentication[0].oauthBearer.audiences [] is invalid: at least one audience"],
  ])("the one-line error names the path, the field by its index, the value and what is allowed: %#", (options, message) => {
    const { make } = setup(options as never);
    expect(thrownMessage(make)).toBe(`test/gw/vc: ${message}`);
  });

  test("namespace selectors with values Terraform resolves later: a glob and each name pass the synth; a whole list is refused in one line", () => {
    const { stack, gw, backend } = setup();
    const glob = new TerraformVariable(stack, "glob", { type: "string" });
    const name = new TerraformVariable(stack, "name", { type: "string" });
    const names = new TerraformVariable(stack, "names", { type: "list(string)" });
    const add = (id: string, s: NamespaceSelector) =>
      gw.addVirtualCluster(id, { destination: backend, dnsLabel: id, authentication: [ClientAuthentication.clientCertificate()], namespace: { prefix: "p-", additionalTopics: [s] } });
    expect(thrownMessage(() => add("list", NamespaceSelector.exact(names.listValue)))).toBe(
      "test/gw/list: namespace.additionalTopics[0].exact \"${var.names}\" is invalid: a list of names written here (each name may be a value Terraform resolves later)",
    );
    add("glob", NamespaceSelector.glob(glob.stringValue));
    add("exact", NamespaceSelector.exact([name.stringValue]));
    const vcs = Object.fromEntries(Object.values(resources(synth(stack), "konnect_event_gateway_virtual_cluster")).map((vc: any) => [vc.name, vc.namespace.additional]));
    expect(vcs).toEqual({
      glob: { topics: [{ glob: { glob: "${var.glob}" } }] },
      exact: { topics: [{ exact_list: { exact_list: [{ backend: "${var.name}" }] } }] },
    });
  });

  test("OAuth with an auth server of this stack: its issuer and audience are checked at plan, each in the synth's words; the JWKS URL built from the issuer is not", () => {
    const { stack, gw, backend } = setup();
    const idp = new KongIdentity(stack, "idp", { audience: "http://kafka.dev" });
    gw.addVirtualCluster("vc", { destination: backend, dnsLabel: "vc", authentication: [ClientAuthentication.oauthBearer({ authServer: idp })] });
    const vc = only(synth(stack), "konnect_event_gateway_virtual_cluster");
    const audience = "konnect_identity_auth_server.idp.audience";
    const issuer = "konnect_identity_auth_server.idp.issuer";
    expect(vc.lifecycle.precondition.map((p: any) => p.condition)).toEqual([`\${(1 <= length(${audience}))}`, `\${(1 <= length(${issuer}))}`]);
    // The value in the message is Terraform's to compute from the attribute (real Terraform shows it: terraform-validate).
    const parts = (m: string) => [m.slice(0, m.indexOf("${")), m.includes(`jsonencode(${audience})`) ? "audience" : m.includes(`jsonencode(${issuer})`) ? "issuer" : "?", m.slice(m.lastIndexOf("} is invalid: ") + 1)];
    expect(vc.lifecycle.precondition.map((p: any) => parts(p.error_message))).toEqual([
      ["test/gw/vc: authentication[0].oauthBearer.audiences[0] ", "audience", " is invalid: non-empty"],
      ["test/gw/vc: authentication[0].oauthBearer.issuer ", "issuer", " is invalid: non-empty"],
    ]);
  });

  test("a virtual cluster's plan checks stay on its resource; a policy under it keeps only its own", () => {
    const { stack, gw, backend } = setup();
    const label = new TerraformVariable(stack, "dns_label", { type: "string" });
    const client = new TerraformVariable(stack, "client", { type: "string" });
    const vc = gw.addVirtualCluster("vc", { destination: backend, dnsLabel: label.stringValue, authentication: [ClientAuthentication.clientCertificate()] });
    vc.grantRead({ principalName: client.stringValue }, ["orders"]);
    vc.grantRead({ principalName: "fixed" }, ["orders"]);
    const json = synth(stack);
    const messages = (r: any) => (r.lifecycle?.precondition ?? []).map((p: any) => p.error_message.slice(0, p.error_message.indexOf("${")));
    expect(messages(only(json, "konnect_event_gateway_virtual_cluster"))).toEqual(["test/gw/vc: dnsLabel "]);
    const policies = Object.fromEntries(Object.values(resources(json, "konnect_event_gateway_cluster_policy_acls")).map((p: any) => [p.name, messages(p)]));
    expect(policies).toEqual({
      "grant-principal": ["test/gw/vc/grant-principal: condition principal ", "test/gw/vc/grant-principal: condition "],
      "grant-principal-2": [],
    });
  });

  test("duplicate names among the virtual clusters of a gateway (imported, virtual clusters its first objects here): the error names the other one", () => {
    const stack = newStack();
    const gw = EventGateway.fromGatewayId(stack, "gw", "gw-1");
    const backend = BackendCluster.fromBackendClusterAttributes(stack, "b", { gateway: gw, backendClusterId: "b-1" });
    const add = (id: string) => gw.addVirtualCluster(id, { name: "vc", destination: backend, dnsLabel: id, authentication: [ClientAuthentication.clientCertificate()] });
    add("vc");
    expect(thrownMessage(() => add("vc2"))).toBe('test/gw/vc2: name "vc" is invalid: unique among the virtual clusters of this gateway; test/gw/vc already uses it');
  });

  test("anonymous among other methods warns once; a backend that allows it needs no reminder", () => {
    const { stack, make } = setup({ authentication: [ClientAuthentication.saslScram({ algorithm: "sha256" }), ClientAuthentication.anonymous()], aclMode: "passthrough" }, true);
    make();
    synth(stack);
    expect(warnings(stack)).toEqual(["test/gw/vc: anonymous client authentication lets any client connect without credentials"]);
  });

  test("the destination must belong to the same gateway", () => {
    const stack = newStack();
    const a = new EventGateway(stack, "a");
    const b = new EventGateway(stack, "b");
    const backend = a.addBackendCluster("k", { bootstrapServers: ["k:1"] });
    expect(() => b.addVirtualCluster("vc", { destination: backend, dnsLabel: "x", authentication: [ClientAuthentication.clientCertificate()] })).toThrow(
      'test/b/vc: destination "test/a/k" is invalid: a backend cluster of the same gateway',
    );
  });

  test("warns at synth: enforce_on_gateway without ACL policies, and anonymous authentication", () => {
    const { stack, make } = setup({ authentication: [ClientAuthentication.anonymous()] });
    make();
    synth(stack);
    expect(warnings(stack)).toEqual([
      "test/gw/vc: anonymous client authentication lets any client connect without credentials; the backend cluster must also set insecureAllowAnonymousVirtualClusterAuth",
      "test/gw/vc: aclMode is enforce_on_gateway but there is no ACL policy, so all access is denied; add one with addAclPolicy() or grant*()",
    ]);
  });

  test("anonymous authentication on a backend cluster that allows it: the warning says only what it lets in", () => {
    const { stack, make } = setup({ authentication: [ClientAuthentication.anonymous()], aclMode: "passthrough" }, true);
    make();
    synth(stack);
    expect(warnings(stack)).toEqual(["test/gw/vc: anonymous client authentication lets any client connect without credentials"]);
  });

  test("no ACL warning once a policy exists, nor in passthrough mode", () => {
    const a = setup();
    a.make().grantRead({ principalName: "c1" }, ["t"]);
    synth(a.stack);
    expect(warnings(a.stack)).toEqual([]);
    const b = setup({ aclMode: "passthrough" });
    b.make();
    synth(b.stack);
    expect(warnings(b.stack)).toEqual([]);
  });
});
