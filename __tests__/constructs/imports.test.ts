// Objects made elsewhere: every resource has a static importer returning its interface, and what can be done with an
// owned object (add clusters and listeners, policies, grants, forwarding, clients) works on an imported one.
import {
  BackendCluster,
  ClientAuthentication,
  Condition,
  EventGateway,
  Forwarding,
  IdentityClient,
  IdentityScope,
  KongIdentity,
  Listener,
  VirtualCluster,
} from "../../constructs";
import { thrownMessage } from "../support/fixtures";
import { newStack, only, resources, synth } from "../support/synth";

describe("importers", () => {
  test("a virtual cluster by attributes takes ACL and skip-record policies and grants, on its IDs", () => {
    const stack = newStack();
    const vc = VirtualCluster.fromVirtualClusterAttributes(stack, "shared", { gatewayId: "gw-1", virtualClusterId: "vc-1" });
    const billing = IdentityClient.fromClientId(stack, "billing", "billing-client");
    vc.grantRead(billing, ["invoices"], { groups: ["billing-*"] });
    vc.addAclPolicy("audit", { condition: Condition.principalIs("auditor"), rules: [{ resourceType: "topic", operations: ["describe"], resourceNames: ["*"] }] });
    vc.addSkipRecordPolicy("hide", { condition: Condition.recordHeaderEquals("internal", "true") });
    const json = synth(stack);
    expect(resources(json, "konnect_event_gateway_virtual_cluster")).toEqual({});
    expect(resources(json, "konnect_event_gateway")).toEqual({});
    const acls = Object.values(resources(json, "konnect_event_gateway_cluster_policy_acls"));
    expect(acls.map((a: any) => [a.gateway_id, a.virtual_cluster_id, a.name, a.condition]).sort()).toEqual([
      ["gw-1", "vc-1", "audit", "context.auth.principal.name == 'auditor'"],
      ["gw-1", "vc-1", "grant-billing", "context.auth.principal.name == 'billing-client'"],
    ]);
    expect(only(json, "konnect_event_gateway_consume_policy_skip_record")).toEqual(
      expect.objectContaining({ gateway_id: "gw-1", virtual_cluster_id: "vc-1", name: "hide" }),
    );
  });

  test("policy names stay unique on an imported virtual cluster", () => {
    const vc = VirtualCluster.fromVirtualClusterAttributes(newStack(), "shared", { gatewayId: "gw-1", virtualClusterId: "vc-1" });
    const rules = [{ resourceType: "topic" as const, operations: ["read" as const], resourceNames: ["t"] }];
    vc.addAclPolicy("a", { name: "same", rules });
    expect(() => vc.addAclPolicy("b", { name: "same", rules })).toThrow(
      'test/shared/b: name "same" is invalid: unique among the policies of this virtual cluster; test/shared/a already uses it',
    );
  });

  test("an imported gateway takes backend clusters, virtual clusters and listeners", () => {
    const stack = newStack();
    const gw = EventGateway.fromGatewayId(stack, "gw", "gw-1");
    const backend = gw.addBackendCluster("b", { bootstrapServers: ["k:9092"] });
    const vc = gw.addVirtualCluster("vc", { destination: backend, dnsLabel: "vc", authentication: [ClientAuthentication.saslScram({ algorithm: "sha512" })] });
    const forward = gw.addListener("l", { ports: ["19092-19095"] }).forwardTo(vc, { mode: Forwarding.portMapping({ advertisedHost: "kafka.example.com" }) });
    expect(forward.bootstrapServer).toBe("kafka.example.com:19092");
    const json = synth(stack);
    for (const type of ["konnect_event_gateway_backend_cluster", "konnect_event_gateway_virtual_cluster", "konnect_event_gateway_listener"]) {
      expect(only(json, type).gateway_id).toBe("gw-1");
    }
    expect(resources(json, "konnect_event_gateway")).toEqual({});
  });

  test("an imported backend cluster is a destination; an imported listener forwards to an imported virtual cluster", () => {
    const stack = newStack();
    const gw = EventGateway.fromGatewayId(stack, "gw", "gw-1");
    const backend = BackendCluster.fromBackendClusterAttributes(stack, "backend", { gateway: gw, backendClusterId: "bc-1" });
    gw.addVirtualCluster("vc", { destination: backend, dnsLabel: "vc", authentication: [ClientAuthentication.saslScram({ algorithm: "sha256" })] });
    const vc = VirtualCluster.fromVirtualClusterAttributes(stack, "other-vc", { gatewayId: "gw-1", virtualClusterId: "vc-2" });
    const listener = Listener.fromListenerAttributes(stack, "listener", { gatewayId: "gw-1", listenerId: "l-1", ports: [29092] });
    const forward = listener.forwardTo(vc, { mode: Forwarding.portMapping({ advertisedHost: "localhost" }) });
    expect(forward.bootstrapServer).toBe("localhost:29092");
    const json = synth(stack);
    expect(only(json, "konnect_event_gateway_virtual_cluster").destination).toEqual({ id: "bc-1" });
    const policy = only(json, "konnect_event_gateway_listener_policy_forward_to_virtual_cluster");
    expect([policy.gateway_id, policy.listener_id, policy.config.port_mapping.destination]).toEqual(["gw-1", "l-1", { id: "vc-2" }]);
  });

  test("objects of different gateways are refused, by their gateway IDs", () => {
    const stack = newStack();
    const vc = VirtualCluster.fromVirtualClusterAttributes(stack, "vc", { gatewayId: "gw-1", virtualClusterId: "vc-1" });
    const listener = Listener.fromListenerAttributes(stack, "listener", { gatewayId: "gw-2", listenerId: "l-1" });
    expect(() => listener.forwardTo(vc, { mode: Forwarding.sni({}) })).toThrow(
      'test/listener/forward: virtualCluster "test/vc" is invalid: a virtual cluster of the listener\'s gateway',
    );
    const gw = EventGateway.fromGatewayId(stack, "gw-2", "gw-2");
    const backend = BackendCluster.fromBackendClusterAttributes(stack, "backend", { gatewayId: "gw-1", backendClusterId: "bc-1" });
    expect(() => gw.addVirtualCluster("vc", { destination: backend, dnsLabel: "vc", authentication: [ClientAuthentication.clientCertificate()] })).toThrow(
      "a backend cluster of the same gateway",
    );
  });

  test("an auth server by ID takes clients and scopes; its issuer is needed only for OAuth", () => {
    const stack = newStack();
    const idp = KongIdentity.fromAuthServerAttributes(stack, "idp", { authServerId: "as-1" });
    const kafka = IdentityScope.fromScopeId(stack, "kafka", "scope-1");
    const client = idp.addClient("team", { scopes: [kafka] });
    expect(client.node.path).toBe("test/idp/team");
    const json = synth(stack);
    expect(only(json, "konnect_identity_auth_server_client")).toEqual(expect.objectContaining({ auth_server_id: "as-1", allow_scopes: ["scope-1"] }));
    expect(() => idp.jwksUrl).toThrow('test/idp: issuer undefined is invalid: given to fromAuthServerAttributes');
    // OAuth on a virtual cluster validates the audience too: without it, the error says where to give it.
    const gw = new EventGateway(stack, "gw");
    const vc = { destination: gw.addBackendCluster("b", { bootstrapServers: ["k:9092"] }), dnsLabel: "vc" };
    const noAudience = KongIdentity.fromAuthServerAttributes(stack, "idp2", { authServerId: "as-1", issuer: "https://x.identity.konghq.com/auth" });
    expect(() => gw.addVirtualCluster("vc", { ...vc, authentication: [ClientAuthentication.oauthBearer({ authServer: noAudience })] })).toThrow(
      "test/idp2: audience undefined is invalid: given to fromAuthServerAttributes, to validate tokens' audience",
    );

    const withIssuer = KongIdentity.fromAuthServerAttributes(newStack(), "idp", { authServerId: "as-1", issuer: "https://x.identity.konghq.com/auth/", audience: "http://kafka" });
    expect(withIssuer.jwksUrl).toBe("https://x.identity.konghq.com/auth/.well-known/jwks");
    const slashes = KongIdentity.fromAuthServerAttributes(newStack(), "idp", { authServerId: "as-1", issuer: "https://x.identity.konghq.com/auth//", audience: "http://kafka" });
    expect(slashes.jwksUrl).toBe("https://x.identity.konghq.com/auth/.well-known/jwks");
  });

  test("an empty ID is refused in words", () => {
    expect(() => KongIdentity.fromAuthServerAttributes(newStack(), "idp", { authServerId: "" })).toThrow('test/idp: authServerId "" is invalid: non-empty');
    expect(() => IdentityScope.fromScopeId(newStack(), "kafka", "")).toThrow('test/kafka: scopeId "" is invalid: non-empty');
    expect(() => IdentityClient.fromClientId(newStack(), "billing", "")).toThrow('test/billing: clientId "" is invalid: non-empty');
    expect(() => VirtualCluster.fromVirtualClusterAttributes(newStack(), "vc", { gatewayId: "gw-1", virtualClusterId: "" })).toThrow(
      'test/vc: virtualClusterId "" is invalid: non-empty',
    );
    expect(thrownMessage(() => BackendCluster.fromBackendClusterAttributes(newStack(), "backend", { gatewayId: "gw-1", backendClusterId: "" }))).toBe(
      'test/backend: backendClusterId "" is invalid: non-empty',
    );
    expect(thrownMessage(() => Listener.fromListenerAttributes(newStack(), "listener", { gatewayId: "gw-1", listenerId: "" }))).toBe(
      'test/listener: listenerId "" is invalid: non-empty',
    );
    expect(() => VirtualCluster.fromVirtualClusterAttributes(newStack(), "vc", { virtualClusterId: "vc-1" })).toThrow(
      "test/vc: gatewayId undefined is invalid: the gateway, or its ID, of an imported object",
    );
  });
});
