// The shared validation helpers through the constructs that use them: the checks the per-construct tests did not
// reach (found by mutation testing): integer ranges, label values, the wording of length limits, values Terraform
// resolves later (checked at plan, never refused at synth), and the same-gateway rule for literal and referenced IDs.
import { TerraformVariable } from "cdktf";
import { BackendCluster, ClientAuthentication, EventGateway, Forwarding, ValidationError } from "../../constructs";
import { gatewayWithVirtualCluster, thrownMessage } from "../support/fixtures";
import { newStack, only, resources, synth } from "../support/synth";

const message = thrownMessage;

describe("integer ranges", () => {
  test.each([
    [Forwarding.sni({ advertisedPort: 0 }), "sni.advertisedPort 0 is invalid: an integer from 1 to 65535"],
    [Forwarding.sni({ advertisedPort: 65536 }), "sni.advertisedPort 65536 is invalid: an integer from 1 to 65535"],
    [Forwarding.sni({ advertisedPort: 443.5 }), "sni.advertisedPort 443.5 is invalid: an integer from 1 to 65535"],
    [Forwarding.portMapping({ advertisedHost: "h", minBrokerId: -1 }), "portMapping.minBrokerId -1 is invalid: an integer from 0 to 2147483647"],
    [Forwarding.portMapping({ advertisedHost: "h", minBrokerId: 2147483648 }), "portMapping.minBrokerId 2147483648 is invalid: an integer from 0 to 2147483647"],
  ])("%#: refused with its range", (mode, expected) => {
    const { gw, vc } = gatewayWithVirtualCluster();
    expect(message(() => gw.addListener("l", { ports: [9092] }).forwardTo(vc, { mode }))).toMatch(new RegExp(`^test/gw/l/\\S+: ${expected.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  });

  test("a number Terraform resolves later is checked at plan with the same range", () => {
    const { stack, gw, vc } = gatewayWithVirtualCluster();
    const port = new TerraformVariable(stack, "port", { type: "number" });
    gw.addListener("l", { ports: [9092] }).forwardTo(vc, { mode: Forwarding.sni({ advertisedPort: port.numberValue }) });
    const policy = only(synth(stack), "konnect_event_gateway_listener_policy_forward_to_virtual_cluster");
    expect(policy.config.sni.advertised_port).toBe("${var.port}");
    expect(JSON.stringify(policy.lifecycle.precondition)).toContain("sni.advertisedPort");
    expect(JSON.stringify(policy.lifecycle.precondition)).toContain("an integer from 1 to 65535");
  });
});

describe("labels and lengths", () => {
  test.each([
    [{ labels: { "": "x" } }, 'test/gw: labels "" is invalid: label keys have 1-63 characters and do not start with kong, konnect, mesh, kic, _'],
    [{ labels: { k: "" } }, 'test/gw: labels.k "" is invalid: 1-63 characters'],
    [{ labels: { k: "v".repeat(64) } }, `test/gw: labels.k "${"v".repeat(64)}" is invalid: 1-63 characters`],
    [{ description: "d".repeat(513) }, `test/gw: description "${"d".repeat(80)}… (513 characters) is invalid: at most 512 characters`],
    [{ name: "n".repeat(256) }, `test/gw: name "${"n".repeat(80)}… (256 characters) is invalid: 1-255 characters`],
  ])("%#: %s", (props, expected) => {
    expect(message(() => new EventGateway(newStack(), "gw", props))).toBe(expected);
  });

  test("a required string that is empty is 'non-empty'; the error is a ValidationError with its parts", () => {
    const { gw, backend } = gatewayWithVirtualCluster();
    let err: unknown;
    try {
      gw.addVirtualCluster("ns", { destination: backend, dnsLabel: "ns", authentication: [ClientAuthentication.anonymous()], namespace: { prefix: "" } });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ValidationError);
    const v = err as ValidationError;
    expect([v.name, v.message, v.path, v.field, v.value, v.allowed]).toEqual([
      "ValidationError",
      'test/gw/ns: namespace.prefix "" is invalid: non-empty',
      "test/gw/ns",
      "namespace.prefix",
      "",
      "non-empty",
    ]);
  });

  test("label values and descriptions that Terraform resolves later pass the synth and are checked at plan", () => {
    const stack = newStack();
    const team = new TerraformVariable(stack, "team", { type: "string" });
    const description = new TerraformVariable(stack, "description", { type: "string" });
    new EventGateway(stack, "gw", { labels: { team: team.stringValue }, description: description.stringValue });
    const gw = only(synth(stack), "konnect_event_gateway");
    expect([gw.labels, gw.description]).toEqual([{ team: "${var.team}" }, "${var.description}"]);
    // One plan check, the description's: label values are Konnect's to check, not compared at plan.
    expect(gw.lifecycle.precondition).toHaveLength(1);
    // A lower bound of 0 written as cdktf renders a right-hand 0 would be `>= undefined`, which fails the plan.
    expect(gw.lifecycle.precondition[0].condition).toBe("${((0 <= length(var.description)) && (length(var.description) <= 512))}");
    const message: string = gw.lifecycle.precondition[0].error_message;
    expect([message.slice(0, message.indexOf("${")), message.slice(message.lastIndexOf("} is invalid: ") + 1)]).toEqual([
      "test/gw: description ",
      " is invalid: at most 512 characters",
    ]);
  });

  test("the literal parts beside a value Terraform resolves later are HCL strings at plan: a backslash, ${ and %{ count as one character each", () => {
    const stack = newStack();
    const team = new TerraformVariable(stack, "team", { type: "string" });
    new EventGateway(stack, "gw", { description: `${team.stringValue}: a\\b \${c} %{d}` });
    // Terraform reads the string below as ": a\b ${c} %{d}" (the escapes $${ and %%{ are HCL's): 15 characters.
    const length = 'length(join("", [var.team, ": a\\\\b $${c} %%{d}"]))';
    expect(only(synth(stack), "konnect_event_gateway").lifecycle.precondition[0].condition).toBe(`\${((0 <= ${length}) && (${length} <= 512))}`);
  });

  test("a number Terraform resolves later with a lower bound of 0 is checked at plan from 0", () => {
    const { stack, gw, vc } = gatewayWithVirtualCluster();
    const broker = new TerraformVariable(stack, "broker", { type: "number" });
    gw.addListener("l", { ports: [9092] }).forwardTo(vc, { mode: Forwarding.portMapping({ advertisedHost: "h", minBrokerId: broker.numberValue }) });
    const policy = only(synth(stack), "konnect_event_gateway_listener_policy_forward_to_virtual_cluster");
    expect(policy.lifecycle.precondition.map((p: any) => p.condition)).toEqual(["${((floor(var.broker) == var.broker) && ((0 <= var.broker) && (var.broker <= 2147483647)))}"]);
  });

  test("a DNS label that Terraform resolves later passes the synth and is checked at plan", () => {
    const stack = newStack();
    const label = new TerraformVariable(stack, "dns_label", { type: "string" });
    const gw = new EventGateway(stack, "gw");
    const b = gw.addBackendCluster("b", { bootstrapServers: ["k:9092"] });
    gw.addVirtualCluster("vc", { destination: b, dnsLabel: label.stringValue, authentication: [ClientAuthentication.anonymous()] });
    const vc = only(synth(stack), "konnect_event_gateway_virtual_cluster");
    expect(vc.dns_label).toBe("${var.dns_label}");
    expect(JSON.stringify(vc.lifecycle.precondition)).toContain("RFC 1035 label");
    expect(JSON.stringify(vc.lifecycle.precondition)).toContain("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$");
  });

  test("names that Terraform resolves later are not compared at synth (even the same reference twice)", () => {
    const stack = newStack();
    const name = new TerraformVariable(stack, "name", { type: "string" });
    const gw = new EventGateway(stack, "gw");
    const same = name.stringValue;
    gw.addBackendCluster("a", { name: same, bootstrapServers: ["k:9092"] });
    gw.addBackendCluster("b", { name: same, bootstrapServers: ["k:9092"] });
    expect(Object.keys(resources(synth(stack), "konnect_event_gateway_backend_cluster"))).toHaveLength(2);
  });
});

describe("same gateway", () => {
  const anon = [ClientAuthentication.anonymous()];

  test("equal literal gateway IDs are the same gateway; different literals are not", () => {
    const stack = newStack();
    const gw = EventGateway.fromGatewayId(stack, "gw", "gw-1");
    const backend = BackendCluster.fromBackendClusterAttributes(stack, "b", { gatewayId: "gw-1", backendClusterId: "b-1" });
    gw.addVirtualCluster("vc", { destination: backend, dnsLabel: "vc", authentication: anon });
    expect(only(synth(stack), "konnect_event_gateway_virtual_cluster").destination).toEqual({ id: "b-1" });
    const other = BackendCluster.fromBackendClusterAttributes(stack, "o", { gatewayId: "gw-2", backendClusterId: "b-2" });
    expect(message(() => gw.addVirtualCluster("vc2", { destination: other, dnsLabel: "vc2", authentication: anon }))).toBe(
      'test/gw/vc2: destination "test/o" is invalid: a backend cluster of the same gateway',
    );
  });

  test("a literal ID and a reference cannot be compared at synth and count as the same; two references that differ do not", () => {
    const stack = newStack();
    const made = new EventGateway(stack, "made");
    const literal = BackendCluster.fromBackendClusterAttributes(stack, "lit", { gatewayId: "gw-1", backendClusterId: "b-1" });
    made.addVirtualCluster("vc", { destination: literal, dnsLabel: "vc", authentication: anon });
    expect(only(synth(stack), "konnect_event_gateway_virtual_cluster").gateway_id).toBe("${konnect_event_gateway.made.id}");
    const another = new EventGateway(stack, "another");
    const foreign = another.addBackendCluster("b", { bootstrapServers: ["k:9092"] });
    expect(message(() => made.addVirtualCluster("vc2", { destination: foreign, dnsLabel: "vc2", authentication: anon }))).toBe(
      'test/made/vc2: destination "test/another/b" is invalid: a backend cluster of the same gateway',
    );
  });
});
