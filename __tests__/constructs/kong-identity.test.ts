import { TerraformOutput } from "cdktf";
import { Duration, KongIdentity } from "../../constructs";
import { newStack, only, resources, synth } from "../support/synth";

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
