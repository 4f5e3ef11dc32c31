// Every validation bound of the constructs is itself accepted, and reaches the synthesized JSON unchanged.
// The tests beside each construct check that the value just past a bound is refused; these check the bound itself,
// so a bound tightened by one (65535 -> 65534, <= -> <) fails here.
import { AclPolicyOptions, ClientAuthentication, Condition, Duration, EventGateway, Forwarding, KongIdentity, NamespaceSelector } from "../../constructs";
import { gatewayWithVirtualCluster } from "../support/fixtures";
import { newStack, only, resources, synth } from "../support/synth";

const rule = { resourceType: "topic" as const, operations: ["read" as const], resourceNames: ["t"] };

describe("validation bounds are accepted", () => {
  test.each([
    [["1", "65535", "1-65535", "9092-9092"]],
    [[1, 65535]],
  ])("listener ports at the bounds: %j", (ports) => {
    const { stack, gw } = gatewayWithVirtualCluster();
    gw.addListener("l", { ports });
    expect(only(synth(stack), "konnect_event_gateway_listener").ports).toEqual(ports.map(String));
  });

  test("SNI advertised port 1 and 65535, port-mapping broker IDs 0 and 2^31-1", () => {
    const { stack, gw, vc } = gatewayWithVirtualCluster();
    gw.addListener("la", { ports: [9092] }).forwardTo(vc, { mode: Forwarding.sni({ sniSuffix: ".k.example.com", advertisedPort: 1 }) });
    gw.addListener("lb", { ports: [9093] }).forwardTo(vc, { mode: Forwarding.sni({ sniSuffix: ".k.example.com", advertisedPort: 65535 }) });
    gw.addListener("lc", { ports: [9094] }).forwardTo(vc, { mode: Forwarding.portMapping({ advertisedHost: "h", minBrokerId: 0 }) });
    gw.addListener("ld", { ports: [9095] }).forwardTo(vc, { mode: Forwarding.portMapping({ advertisedHost: "h", minBrokerId: 2147483647 }) });
    const configs = Object.values(resources(synth(stack), "konnect_event_gateway_listener_policy_forward_to_virtual_cluster")).map((p: any) => p.config);
    expect(configs.map((c: any) => c.sni?.advertised_port ?? c.port_mapping.min_broker_id)).toEqual([1, 65535, 0, 2147483647]);
  });

  test("an advertised host whose labels have 63 characters", () => {
    const { stack, gw, vc } = gatewayWithVirtualCluster();
    const host = `${"a".repeat(63)}.${"b".repeat(63)}`;
    gw.addListener("l", { ports: [9092] }).forwardTo(vc, { mode: Forwarding.portMapping({ advertisedHost: host }) });
    expect(only(synth(stack), "konnect_event_gateway_listener_policy_forward_to_virtual_cluster").config.port_mapping.advertised_host).toBe(host);
  });

  test.each([["k:1"], ["k:65535"], ["[::1]:65535"]])("bootstrap server %s", (server) => {
    const stack = newStack();
    new EventGateway(stack, "gw").addBackendCluster("b", { bootstrapServers: [server] });
    expect(only(synth(stack), "konnect_event_gateway_backend_cluster").bootstrap_servers).toEqual([server]);
  });

  test.each([
    [Duration.seconds(1), 1],
    [Duration.hours(12), 43200],
  ])("backend metadata update interval %s", (interval, seconds) => {
    const stack = newStack();
    new EventGateway(stack, "gw").addBackendCluster("b", { bootstrapServers: ["k:9092"], metadataUpdateInterval: interval });
    expect(only(synth(stack), "konnect_event_gateway_backend_cluster").metadata_update_interval_seconds).toBe(seconds);
  });

  test("a 63-character DNS label and a 1-character one", () => {
    for (const label of ["a".repeat(63), "z"]) {
      const stack = newStack();
      const gw = new EventGateway(stack, "gw");
      const b = gw.addBackendCluster("b", { bootstrapServers: ["k:9092"] });
      gw.addVirtualCluster("vc", { destination: b, dnsLabel: label, authentication: [ClientAuthentication.anonymous()] });
      expect(only(synth(stack), "konnect_event_gateway_virtual_cluster").dns_label).toBe(label);
    }
  });

  test("names of 255 characters, descriptions of 512, label keys and values of 63", () => {
    const stack = newStack();
    const name = "n".repeat(255);
    const description = "d".repeat(512);
    const labels = { ["k".repeat(63)]: "v".repeat(63), x: "y" };
    new EventGateway(stack, "gw", { name, description, labels });
    const gw = only(synth(stack), "konnect_event_gateway");
    expect([gw.name, gw.description, gw.labels]).toEqual([name, description, labels]);
  });

  test("an empty description is accepted (its minimum is 0)", () => {
    const stack = newStack();
    new EventGateway(stack, "gw", { description: "" });
    expect(only(synth(stack), "konnect_event_gateway").description).toBe("");
  });

  test("exact namespace topics of 1 and 249 characters", () => {
    const { stack, gw, backend } = gatewayWithVirtualCluster();
    const names = ["t", "x".repeat(249)];
    gw.addVirtualCluster("ns", {
      destination: backend,
      dnsLabel: "ns",
      authentication: [ClientAuthentication.anonymous()],
      namespace: { prefix: "p-", additionalTopics: [NamespaceSelector.exact(names)] },
    });
    const vcs = Object.values(resources(synth(stack), "konnect_event_gateway_virtual_cluster")) as any[];
    const ns = vcs.find((v) => v.dns_label === "ns");
    expect(ns.namespace.additional.topics[0].exact_list.exact_list.map((t: any) => t.backend)).toEqual(names);
  });

  test("an OAuth JWKS timeout and cache expiration of 1 ms", () => {
    const { stack, gw, backend } = gatewayWithVirtualCluster();
    gw.addVirtualCluster("o", {
      destination: backend,
      dnsLabel: "o",
      authentication: [ClientAuthentication.oauthBearer({ jwksEndpoint: "https://idp/jwks", validateClaims: false, jwksTimeout: Duration.millis(1), jwksCacheExpiration: Duration.millis(1) })],
    });
    const vcs = Object.values(resources(synth(stack), "konnect_event_gateway_virtual_cluster")) as any[];
    expect(vcs.find((v) => v.dns_label === "o").authentication[0].oauth_bearer.jwks).toEqual({ endpoint: "https://idp/jwks", timeout: "1ms", cache_expiration: "1ms" });
  });

  test.each([[1], [50]])("an ACL rule with %d resource names", (n) => {
    const { stack, vc } = gatewayWithVirtualCluster();
    const names = Array.from({ length: n }, (_, i) => `t${i}`);
    vc.addAclPolicy("p", { rules: [{ ...rule, resourceNames: names }] } as AclPolicyOptions);
    expect(only(synth(stack), "konnect_event_gateway_cluster_policy_acls").config.rules[0].resource_names).toEqual(names.map((match) => ({ match })));
  });

  test("a condition of exactly 1000 characters", () => {
    const { stack, vc } = gatewayWithVirtualCluster();
    const head = "context.auth.principal.name == '";
    const expr = `${head}${"x".repeat(1000 - head.length - 1)}'`;
    expect(expr).toHaveLength(1000);
    vc.addAclPolicy("p", { condition: Condition.raw(expr), rules: [rule] });
    expect(only(synth(stack), "konnect_event_gateway_cluster_policy_acls").condition).toBe(expr);
  });

  test("token durations of 1 minute and 30 days, client IDs of 1 and 36 characters", () => {
    const stack = newStack();
    const idp = new KongIdentity(stack, "idp", { audience: "a" });
    idp.addClient("short", { clientId: "a", accessTokenDuration: Duration.minutes(1), idTokenDuration: Duration.days(30) });
    idp.addClient("long", { clientId: "x".repeat(36), accessTokenDuration: Duration.days(30), idTokenDuration: Duration.minutes(1) });
    const clients = Object.values(resources(synth(stack), "konnect_identity_auth_server_client")) as any[];
    expect(clients.map((c) => [c.id, c.access_token_duration, c.id_token_duration]).sort((a, b) => a[0].length - b[0].length)).toEqual([
      ["a", 60, 2592000],
      ["x".repeat(36), 2592000, 60],
    ]);
  });
});
