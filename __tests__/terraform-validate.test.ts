// The real Terraform CLI and the real kong/konnect-beta provider check what the constructs synthesize.
import { readConfig } from "../app/config";
import { EventGatewayStack } from "../app/stack";
import { kitchenSinkStack } from "./support/kitchen-sink";
import { newApp } from "./support/synth";
import { describeWithTerraform, initAndValidate, synthStackDir, terraform } from "./support/terraform";

function mainStackDir(): string {
  const config = readConfig(() => undefined, {});
  return synthStackDir(new EventGatewayStack(newApp(), "event-gateway", config));
}

describeWithTerraform("terraform validate with the real provider", () => {
  test("main stack", async () => {
    const res = await initAndValidate(mainStackDir());
    expect(res.diagnostics).toEqual([]);
    expect(res.valid).toBe(true);
  });

  test("a stack that uses every option of every construct", async () => {
    const res = await initAndValidate(synthStackDir(kitchenSinkStack()));
    expect(res.diagnostics).toEqual([]);
    expect(res.valid).toBe(true);
  });

  test("terraform plan of the main stack needs no Konnect: 12 objects to create, none of them reading a secret", async () => {
    const { dir } = await initAndValidate(mainStackDir());
    // Unreachable server and no token: a first plan creates only, so the provider makes no API call.
    const plan = await terraform(dir, ["plan", "-input=false", "-no-color", "-out=tfplan"], { KONNECT_TOKEN: "", KONNECT_SPAT: "" });
    expect(plan.stderr).toBe("");
    expect(plan.stdout).toContain("Plan: 12 to add, 0 to change, 0 to destroy.");
    const show = await terraform(dir, ["show", "-json", "tfplan"]);
    const changes = JSON.parse(show.stdout).resource_changes as Array<{ type: string; change: { actions: string[] } }>;
    expect(changes.map((c) => c.type).sort()).toEqual([
      "konnect_event_gateway",
      "konnect_event_gateway_backend_cluster",
      "konnect_event_gateway_cluster_policy_acls",
      "konnect_event_gateway_cluster_policy_acls",
      "konnect_event_gateway_consume_policy_skip_record",
      "konnect_event_gateway_listener",
      "konnect_event_gateway_listener_policy_forward_to_virtual_cluster",
      "konnect_event_gateway_virtual_cluster",
      "konnect_identity_auth_server",
      "konnect_identity_auth_server_client",
      "konnect_identity_auth_server_client",
      "konnect_identity_auth_server_scope",
    ].sort());
    expect(changes.every((c) => c.change.actions.join() === "create")).toBe(true);
  });
});
