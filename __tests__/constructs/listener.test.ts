import { EventGateway, Forwarding, ListenerOptions } from "../../constructs";
import { gatewayWithVirtualCluster } from "../support/fixtures";
import { only, resources, synth } from "../support/synth";

const setup = gatewayWithVirtualCluster;

describe("Listener", () => {
  test("defaults to 0.0.0.0; numeric ports become strings; port mapping forwards to the virtual cluster", () => {
    const { stack, gw, vc } = setup();
    gw.addListener("l", { ports: [19092, "19093-19095"] }).forwardTo(vc, { mode: Forwarding.portMapping({ advertisedHost: "localhost" }) });
    const json = synth(stack);
    expect(only(json, "konnect_event_gateway_listener")).toEqual({
      provider: "konnect-beta",
      gateway_id: "${konnect_event_gateway.gw.id}",
      name: "l",
      addresses: ["0.0.0.0"],
      ports: ["19092", "19093-19095"],
    });
    expect(only(json, "konnect_event_gateway_listener_policy_forward_to_virtual_cluster")).toEqual({
      provider: "konnect-beta",
      gateway_id: "${konnect_event_gateway.gw.id}",
      listener_id: "${konnect_event_gateway_listener.gw_l_BA6E98F7.id}",
      name: "forward",
      config: {
        port_mapping: {
          advertised_host: "localhost",
          destination: { id: "${konnect_event_gateway_virtual_cluster.gw_vc_8D6541D1.id}" },
        },
      },
    });
  });

  test("every option: port mapping settings, SNI on a second listener", () => {
    const { stack, gw, vc } = setup();
    gw.addListener("pm", { name: "pm", description: "d", labels: { a: "b" }, addresses: ["127.0.0.1", "10.0.0.1"], ports: [9092] }).forwardTo(vc, {
      id: "fwd",
      name: "to-vc",
      description: "forward",
      enabled: false,
      labels: { a: "b" },
      mode: Forwarding.portMapping({ advertisedHost: "kafka.example.com", bootstrapPort: "none", minBrokerId: 1 }),
    });
    gw.addListener("sni", { ports: [9443] }).forwardTo(vc, {
      mode: Forwarding.sni({ sniSuffix: ".kafka.example.com", advertisedPort: 443, brokerHostFormat: "shared_suffix" }),
    });
    const policies = Object.values(resources(synth(stack), "konnect_event_gateway_listener_policy_forward_to_virtual_cluster"));
    expect(policies.map((p: any) => [p.name, p.enabled, p.description, p.labels, p.config])).toEqual([
      ["to-vc", false, "forward", { a: "b" }, { port_mapping: { advertised_host: "kafka.example.com", bootstrap_port: "none", min_broker_id: 1, destination: { id: "${konnect_event_gateway_virtual_cluster.gw_vc_8D6541D1.id}" } } }],
      ["forward", undefined, undefined, undefined, { sni: { sni_suffix: ".kafka.example.com", advertised_port: 443, broker_host_format: { type: "shared_suffix" } } }],
    ]);
  });

  test.each([
    [{ ports: [] }, 'test/gw/l: ports [] is invalid: at least one port or range'],
    [{ ports: [0] }, 'test/gw/l: ports "0" is invalid: a port 1-65535 or a range low-high with 1 <= low <= high <= 65535'],
    [{ ports: [65536] }, 'ports "65536" is invalid'],
    [{ ports: ["19192-19092"] }, 'ports "19192-19092" is invalid'],
    [{ ports: ["abc"] }, 'ports "abc" is invalid'],
    [{ ports: [9092], addresses: [] }, "test/gw/l: addresses [] is invalid: at least one address"],
    [{ ports: [9092], addresses: [""] }, 'addresses "" is invalid: a non-empty IP address or host name'],
    [{ ports: [9092], addresses: ["0.0.0.0", "127.0.0.1"] }, 'test/gw/l: addresses ["0.0.0.0","127.0.0.1"] is invalid: 0.0.0.0 (all addresses) standing alone'],
    [{ ports: [9092], addresses: ["::", "::1"] }, ':: (all addresses) standing alone'],
  ])("validation: %j", (options, message) => {
    const { gw } = setup();
    expect(() => gw.addListener("l", options as ListenerOptions)).toThrow(message);
  });

  test("forwarding validation: advertised host, one port mapping per listener, same gateway", () => {
    const { stack, gw, vc } = setup();
    const l = gw.addListener("l", { ports: [9092] });
    expect(() => l.forwardTo(vc, { id: "bad", mode: Forwarding.portMapping({ advertisedHost: "Local_Host" }) })).toThrow(
      'test/gw/l/bad: portMapping.advertisedHost "Local_Host" is invalid: a lowercase host name',
    );
    l.forwardTo(vc, { mode: Forwarding.portMapping({ advertisedHost: "localhost" }) });
    expect(() => l.forwardTo(vc, { mode: Forwarding.portMapping({ advertisedHost: "localhost" }) })).toThrow(
      'test/gw/l/forward-vc: mode "port_mapping" is invalid: one port-mapping policy per listener; test/gw/l/forward is one already',
    );
    expect(() => l.forwardTo(vc, { id: "sni", mode: Forwarding.sni({ sniSuffix: "kafka.example.com" }) })).toThrow("sni.sniSuffix");
    const other = new EventGateway(stack, "other").addListener("l", { ports: [1] });
    expect(() => other.forwardTo(vc, { mode: Forwarding.portMapping({ advertisedHost: "x" }) })).toThrow(
      'test/other/l/forward: virtualCluster "test/gw/vc" is invalid: a virtual cluster of the listener\'s gateway',
    );
  });
});
