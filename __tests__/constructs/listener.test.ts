import { TerraformVariable } from "cdktf";
import { ClientAuthentication, EventGateway, Forwarding, Listener, ListenerOptions } from "../../constructs";
import { gatewayWithVirtualCluster, thrownMessage } from "../support/fixtures";
import { newStack, only, resources, synth } from "../support/synth";

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
    [{ ports: [":9092"] }, 'test/gw/l: ports ":9092" is invalid: a port 1-65535 or a range low-high with 1 <= low <= high <= 65535'],
    [{ ports: ["9092,9093"] }, 'test/gw/l: ports "9092,9093" is invalid: a port 1-65535 or a range low-high with 1 <= low <= high <= 65535'],
    [{ ports: [9092], addresses: [] }, "test/gw/l: addresses [] is invalid: at least one address"],
    [{ ports: [9092], addresses: [""] }, 'addresses "" is invalid: a non-empty IP address or host name'],
    [{ ports: [9092], addresses: [" "] }, 'test/gw/l: addresses " " is invalid: a non-empty IP address or host name'],
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

  test("forwarding validation: each field's one-line error", () => {
    const { gw, vc } = setup();
    const l = gw.addListener("l", { ports: [9092] });
    const cases: Array<[Forwarding, string]> = [
      [
        Forwarding.portMapping({ advertisedHost: "kafka.example.com:9092" }),
        `test/gw/l/bad: portMapping.advertisedHost "kafka.example.com:9092" is invalid: a lowercase host name (labels of letters, digits and '-', separated by '.')`,
      ],
      [
        Forwarding.portMapping({ advertisedHost: "localhost", bootstrapPort: "first" as never }),
        'test/gw/l/bad: portMapping.bootstrapPort "first" is invalid: one of at_start, none',
      ],
      [
        Forwarding.sni({ sniSuffix: ".kafka.example.com:443" }),
        `test/gw/l/bad: sni.sniSuffix ".kafka.example.com:443" is invalid: a suffix starting with '.' or '-', e.g. .kafka.example.com`,
      ],
      [
        Forwarding.sni({ brokerHostFormat: "shared" as never }),
        'test/gw/l/bad: sni.brokerHostFormat "shared" is invalid: one of per_cluster_suffix, shared_suffix',
      ],
    ];
    for (const [mode, message] of cases) {
      expect(thrownMessage(() => l.forwardTo(vc, { id: "bad", mode }))).toBe(message);
      l.node.tryRemoveChild("bad");
    }
  });

  test("bootstrapServer: the advertised host and the first port, only for port mapping with a bootstrap port and known ports", () => {
    const { stack, gw, vc } = setup();
    const atStart = gw.addListener("a", { ports: ["19092-19095"] }).forwardTo(vc, { mode: Forwarding.portMapping({ advertisedHost: "127.0.0.1", bootstrapPort: "at_start" }) });
    const none = gw.addListener("n", { ports: [29092] }).forwardTo(vc, { mode: Forwarding.portMapping({ advertisedHost: "localhost", bootstrapPort: "none" }) });
    const sni = gw.addListener("s", { ports: [9443] }).forwardTo(vc, { mode: Forwarding.sni({ sniSuffix: ".kafka.example.com" }) });
    const unknownPorts = Listener.fromListenerAttributes(stack, "imported", { gateway: gw, listenerId: "l-1" }).forwardTo(vc, {
      mode: Forwarding.portMapping({ advertisedHost: "localhost" }),
    });
    expect([atStart.bootstrapServer, none.bootstrapServer, sni.bootstrapServer, unknownPorts.bootstrapServer]).toEqual([
      "127.0.0.1:19092",
      undefined,
      undefined,
      undefined,
    ]);
    const policies = Object.values(resources(synth(stack), "konnect_event_gateway_listener_policy_forward_to_virtual_cluster"));
    expect(policies.map((p: any) => p.config.port_mapping?.bootstrap_port)).toEqual(["at_start", "none", undefined, undefined]);
  });

  test("SNI routing: one listener forwards to several virtual clusters; a port mapping beside them is allowed", () => {
    const { stack, gw, backend, vc } = setup();
    const vc2 = gw.addVirtualCluster("vc2", { destination: backend, dnsLabel: "vc2", authentication: [ClientAuthentication.saslScram({ algorithm: "sha256" })] });
    const l = gw.addListener("l", { ports: [9092] });
    l.forwardTo(vc, { mode: Forwarding.sni({ sniSuffix: ".kafka.example.com", brokerHostFormat: "per_cluster_suffix" }) });
    l.forwardTo(vc2, { mode: Forwarding.sni({ sniSuffix: ".kafka.example.com" }) });
    l.forwardTo(vc2, { id: "pm", mode: Forwarding.portMapping({ advertisedHost: "localhost" }) });
    const policies = Object.values(resources(synth(stack), "konnect_event_gateway_listener_policy_forward_to_virtual_cluster"));
    expect(policies.map((p: any) => [p.name, p.config]).sort()).toEqual([
      ["forward", { sni: { sni_suffix: ".kafka.example.com", broker_host_format: { type: "per_cluster_suffix" } } }],
      ["forward-vc2", { sni: { sni_suffix: ".kafka.example.com" } }],
      ["pm", { port_mapping: { advertised_host: "localhost", destination: { id: "${konnect_event_gateway_virtual_cluster.gw_vc2_88C06279.id}" } } }],
    ]);
  });

  test("values Terraform resolves later pass unchecked: a port as text or as a number beside literal ones, the advertised host", () => {
    const { stack, gw, vc } = setup();
    const portText = new TerraformVariable(stack, "port_text", { type: "string" });
    const portNumber = new TerraformVariable(stack, "port_number", { type: "number" });
    const host = new TerraformVariable(stack, "host", { type: "string" });
    const l = gw.addListener("l", { ports: [portNumber.numberValue, portText.stringValue, 9092] });
    expect(l.bootstrapPort).toBeUndefined();
    l.forwardTo(vc, { mode: Forwarding.portMapping({ advertisedHost: host.stringValue }) });
    const json = synth(stack);
    expect(only(json, "konnect_event_gateway_listener").ports).toEqual(["${var.port_number}", "${var.port_text}", "9092"]);
    expect(only(json, "konnect_event_gateway_listener_policy_forward_to_virtual_cluster").config.port_mapping.advertised_host).toBe("${var.host}");
  });

  test("addresses and ports as whole lists that Terraform resolves later: passed unchecked, no bootstrap server known", () => {
    const { stack, gw, vc } = setup();
    const addresses = new TerraformVariable(stack, "addresses", { type: "list(string)" });
    const ports = new TerraformVariable(stack, "ports", { type: "list(string)" });
    const l = gw.addListener("l", { addresses: addresses.listValue, ports: ports.listValue });
    const forward = l.forwardTo(vc, { mode: Forwarding.portMapping({ advertisedHost: "localhost" }) });
    expect([l.bootstrapPort, forward.bootstrapServer]).toEqual([undefined, undefined]);
    const listener = only(synth(stack), "konnect_event_gateway_listener");
    expect([listener.addresses, listener.ports]).toEqual(["${var.addresses}", "${var.ports}"]);
    // one address Terraform resolves later, beside a literal one
    const host = new TerraformVariable(stack, "host", { type: "string" });
    gw.addListener("m", { addresses: [host.stringValue, "127.0.0.1"], ports: [9093] });
    expect(Object.values<any>(synth(stack).resource.konnect_event_gateway_listener).map((r) => r.addresses)).toEqual(["${var.addresses}", ["${var.host}", "127.0.0.1"]]);
  });

  test("a listener name is unique among the gateway's listeners, in a one-line error", () => {
    const gw = new EventGateway(newStack(), "gw");
    gw.addListener("a", { name: "kafka", ports: [9092] });
    expect(thrownMessage(() => gw.addListener("b", { name: "kafka", ports: [9093] }))).toBe(
      'test/gw/b: name "kafka" is invalid: unique among the listeners of this gateway; test/gw/a already uses it',
    );
  });
});
