import { Lazy, TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import { ClientAuthentication, Condition, Duration, EventGateway, KongIdentity } from "../../constructs";
import { Explainer } from "../../constructs/explain";
import { newStack, only, resources, synth, warnings } from "../support/synth";

describe("KongIdentity (managed)", () => {
  test("auth server, scope and clients: exact JSON; the client's allowed scopes reference the scope object", () => {
    const stack = newStack();
    const idp = new KongIdentity(stack, "idp", { name: "Kafka Dev", audience: "http://kafka.dev", description: "dev", signingAlgorithm: "PS256", labels: { env: "dev" }, forceDestroy: true });
    const scope = idp.addScope("kafka", { description: "Scope to test Kong Identity", default: false, enabled: true, includeInMetadata: false });
    idp.addClient("producer", { scopes: [scope], accessTokenDuration: Duration.hours(1), idTokenDuration: Duration.hours(1) });
    idp.addClient("fixed", { name: "Fixed", clientId: "reader-app", allowAllScopes: true, grantTypes: ["client_credentials"], responseTypes: ["token"], labels: { a: "b" } });
    const json = synth(stack);
    expect(only(json, "konnect_identity_auth_server")).toEqual({
      provider: "konnect-beta",
      name: "Kafka Dev",
      audience: "http://kafka.dev",
      description: "dev",
      signing_algorithm: "PS256",
      labels: { env: "dev" },
      force_destroy: "true",
    });
    expect(only(json, "konnect_identity_auth_server_scope")).toEqual({
      provider: "konnect-beta",
      auth_server_id: "${konnect_identity_auth_server.idp.id}",
      name: "kafka",
      description: "Scope to test Kong Identity",
      default: false,
      enabled: true,
      include_in_metadata: false,
    });
    expect(Object.values(resources(json, "konnect_identity_auth_server_client")).sort((a: any, b: any) => (a.name === "producer" ? -1 : b.name === "producer" ? 1 : 0))).toEqual([
      {
        provider: "konnect-beta",
        auth_server_id: "${konnect_identity_auth_server.idp.id}",
        name: "producer",
        grant_types: ["client_credentials"],
        response_types: ["id_token", "token"],
        allow_scopes: ["${konnect_identity_auth_server_scope.idp_kafka_6FC155A7.id}"],
        access_token_duration: 3600,
        id_token_duration: 3600,
        client_secret: "${sensitive(uuid())}",
        lifecycle: { ignore_changes: ["client_secret"] },
      },
      {
        provider: "konnect-beta",
        auth_server_id: "${konnect_identity_auth_server.idp.id}",
        name: "Fixed",
        id: "reader-app",
        allow_all_scopes: true,
        grant_types: ["client_credentials"],
        response_types: ["token"],
        labels: { a: "b" },
        client_secret: "${sensitive(uuid())}",
        lifecycle: { ignore_changes: ["client_secret"] },
      },
    ]);
  });

  test("exposes issuer, JWKS URL and audience as references", () => {
    const stack = newStack();
    const idp = new KongIdentity(stack, "idp", { audience: "a" });
    new TerraformOutput(stack, "issuer", { value: idp.issuer });
    new TerraformOutput(stack, "jwks", { value: idp.jwksUrl });
    new TerraformOutput(stack, "aud", { value: idp.audience });
    const out = synth(stack).output;
    expect([out.issuer.value, out.jwks.value, out.aud.value]).toEqual([
      "${konnect_identity_auth_server.idp.issuer}",
      "${konnect_identity_auth_server.idp.issuer}/.well-known/jwks",
      "${konnect_identity_auth_server.idp.audience}",
    ]);
  });

  test("an auth server with only an audience: no force_destroy unless set, and false is written as false", () => {
    const stack = newStack();
    new KongIdentity(stack, "idp", { audience: "a" });
    expect(only(synth(stack), "konnect_identity_auth_server")).toEqual({ provider: "konnect-beta", name: "idp", audience: "a" });
    const kept = newStack();
    new KongIdentity(kept, "idp", { audience: "a", forceDestroy: false });
    expect(only(synth(kept), "konnect_identity_auth_server").force_destroy).toBe("false");
  });

  test.each([
    ["an auth server", (idp: KongIdentity) => new KongIdentity(TerraformStack.of(idp), "x", { name: "", audience: "a" }), 'test/x: name "" is invalid: non-empty'],
    ["a scope", (idp: KongIdentity) => idp.addScope("x", { name: "" }), 'test/idp/x: name "" is invalid: non-empty'],
    ["a client", (idp: KongIdentity) => idp.addClient("x", { name: "" }), 'test/idp/x: name "" is invalid: non-empty'],
    ["a claim", (idp: KongIdentity) => idp.addClaim("x", { name: "", value: "v", includeInAllScopes: true }), 'test/idp/x: name "" is invalid: non-empty'],
    ["a scope with a space", (idp: KongIdentity) => idp.addScope("x", { name: "kafka read" }), 'test/idp/x: name "kafka read" is invalid: a scope name without spaces'],
  ])("the name of %s is checked", (_what, make, message) => {
    const idp = new KongIdentity(newStack(), "idp", { audience: "a" });
    expect(() => make(idp)).toThrow(message);
  });

  test("a scope name with a space beside a value Terraform resolves later is refused; the value alone is not", () => {
    const stack = newStack();
    const idp = new KongIdentity(stack, "idp", { audience: "a" });
    const team = new TerraformVariable(stack, "team", { type: "string" }).stringValue;
    expect(() => idp.addScope("x", { name: `${team} read` })).toThrow(new Error('test/idp/x: name "${var.team} read" is invalid: a scope name without spaces'));
    // a value that cannot be resolved yet is shown as cdktf holds it: the error stays the construct's own
    const notYet = Lazy.stringValue({ produce: () => { throw new Error("not yet"); } });
    expect(() => idp.addScope("z", { name: `${notYet} read` })).toThrow(/^test\/idp\/z: name "\$\{TfToken\[TOKEN\.\d+\]\} read" is invalid: a scope name without spaces$/);
    idp.addScope("y", { name: team });
    expect(only(synth(stack), "konnect_identity_auth_server_scope").name).toBe("${var.team}");
  });

  test.each([
    [{ audience: "" }, {}, 'test/idp: audience "" is invalid'],
    [{ audience: "a", signingAlgorithm: "HS256" }, {}, 'test/idp: signingAlgorithm "HS256" is invalid: one of RS256, RS384, RS512, PS256, PS384, PS512'],
    [{ audience: "a" }, { accessTokenDuration: Duration.seconds(59) }, 'test/idp/c: accessTokenDuration "59 s" is invalid: whole seconds from 1 m to 30 d'],
    [{ audience: "a" }, { idTokenDuration: Duration.seconds(2592001) }, 'idTokenDuration "2592001 s" is invalid'],
    [{ audience: "a" }, { idTokenDuration: Duration.millis(60500) }, 'idTokenDuration "60500 ms" is invalid: whole seconds'],
    [{ audience: "a" }, { clientId: "has space" }, `test/idp/c: clientId "has space" is invalid: 1-36 letters, digits, '-' or '_'`],
    [{ audience: "a" }, { clientId: "x".repeat(37) }, "clientId"],
  ])("validation: %j %j", (props, client, message) => {
    const make = () => new KongIdentity(newStack(), "idp", props as never).addClient("c", client as never);
    expect(make).toThrow(message);
  });
});

describe("KongIdentity.addClaim", () => {
  test("a claim in chosen scopes: exact JSON, in the token by default, and a condition that reads it type-checks", () => {
    const stack = newStack();
    const idp = new KongIdentity(stack, "idp", { audience: "http://kafka.dev" });
    const kafka = idp.addScope("kafka");
    const team = idp.addClaim("team", { value: "billing", scopes: [kafka] });
    idp.addClient("app", { scopes: [kafka] });
    idp.addClaim("request-id", { name: "rid", value: "${ uuidv4 }", includeInAllScopes: true, includeInToken: false, enabled: false });
    const gw = new EventGateway(stack, "gw", { name: "gw" });
    const backend = gw.addBackendCluster("b", { bootstrapServers: ["k:9092"] });
    const vc = gw.addVirtualCluster("vc", { destination: backend, dnsLabel: "vc", authentication: [ClientAuthentication.oauthBearer({ authServer: idp })] });
    vc.addAclPolicy("billing-team", {
      condition: Condition.claimEquals(team.name, "billing"),
      rules: [{ resourceType: "topic", operations: ["read"], resourceNames: ["invoices"] }],
    });
    const json = synth(stack);
    const claims = (Object.values(resources(json, "konnect_identity_auth_server_claim")) as any[]).sort((a, b) => (a.name === "team" ? -1 : b.name === "team" ? 1 : 0));
    expect(claims).toEqual([
      {
        provider: "konnect-beta",
        auth_server_id: "${konnect_identity_auth_server.idp.id}",
        name: "team",
        value: "billing",
        include_in_token: true,
        include_in_scopes: ["${konnect_identity_auth_server_scope.idp_kafka_6FC155A7.id}"],
      },
      {
        provider: "konnect-beta",
        auth_server_id: "${konnect_identity_auth_server.idp.id}",
        name: "rid",
        // A Kong Identity template, escaped so Terraform passes it through as written.
        value: "$${ uuidv4 }",
        include_in_token: false,
        include_in_all_scopes: true,
        enabled: false,
      },
    ]);
    expect(only(json, "konnect_event_gateway_cluster_policy_acls").condition).toBe("context.auth.token.claims['team'] == 'billing'");
    expect(warnings(stack)).not.toContainEqual(expect.stringContaining("claim"));
    // The explainer evaluates the synthesized policy: the app's tokens carry the claim (its scope), so it may read;
    // a token with another value may not, nor a principal that is not a client of this auth server.
    const explainer = new Explainer(json);
    expect(explainer.clients.map((c) => [c.name, c.claims])).toEqual([["app", { team: "billing" }]]);
    expect(explainer.decide({ client: "app", operation: "read", topic: "invoices" }).decision).toBe("allow");
    expect(explainer.decide({ client: "app", claims: { team: "ops" }, operation: "read", topic: "invoices" }).decision).toBe("deny");
    expect(explainer.decide({ principal: "someone-else", operation: "read", topic: "invoices" }).decision).toBe("deny");
  });

  test("a claim with the name of a claim every token has is refused; one in no token is warned about", () => {
    const stack = newStack();
    const idp = new KongIdentity(stack, "idp", { audience: "a" });
    expect(() => idp.addClaim("s", { name: "sub", value: "x", includeInAllScopes: true })).toThrow(
      'test/idp/s: name "sub" is invalid: not one of the claims every token has (iss, sub, aud, exp, nbf, iat, jti, client_id, scope)',
    );
    expect(() => idp.addClaim("e", { value: "" })).toThrow('test/idp/e: value "" is invalid');
    idp.addClaim("nowhere", { value: "x" });
    expect(warnings(stack)).toContain("test/idp/nowhere: claim nowhere is in no token: give scopes or includeInAllScopes");
  });

  test.each([
    [{}, true],
    [{ enabled: true }, true],
    [{ enabled: false }, false],
    [{ includeInToken: false }, false],
    [{ includeInAllScopes: true }, false],
  ])("a claim without scopes %j is warned about: %s (only when enabled and in the token)", (options, warned) => {
    const stack = newStack();
    new KongIdentity(stack, "idp", { audience: "a" }).addClaim("team", { value: "billing", ...options });
    expect(warnings(stack)).toEqual(warned ? ["test/idp/team: claim team is in no token: give scopes or includeInAllScopes"] : []);
  });
});
