// The real Terraform CLI and the real kong/konnect-beta provider check what the constructs synthesize.
import { readConfig } from "../app/config";
import { EventGatewayStack } from "../app/stack";
import { thrownMessage } from "./support/fixtures";
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

  test("a stack that uses every option of every construct; values Terraform resolves later are checked at plan, with the synth's message", async () => {
    const res = await initAndValidate(synthStackDir(kitchenSinkStack()));
    expect(res.diagnostics).toEqual([]);
    expect(res.valid).toBe(true);

    // Its DNS label and a condition value are variables: preconditions check them when terraform plan knows them.
    const plan = (vars: Record<string, string>) =>
      terraform(res.dir, ["plan", "-input=false", "-no-color", "-lock=false", "-refresh=false"], {
        KONNECT_TOKEN: "",
        KONNECT_SPAT: "",
        TF_VAR_kafka_password: "pw",
        TF_VAR_tls_key: "key",
        ...Object.fromEntries(Object.entries(vars).map(([k, v]) => [`TF_VAR_${k}`, v])),
      });
    // Terraform wraps long lines of a diagnostic: compare with whitespace collapsed.
    const flat = (r: { stderr: string }) => r.stderr.replace(/\s+/g, " ");
    const synthError = thrownMessage;
    const ok = await plan({});
    expect([ok.code, ok.stderr]).toEqual([0, ""]);

    const badLabel = await plan({ dns_label: "VCluster" });
    expect(badLabel.code).toBe(1);
    const labelMessage = synthError(() => kitchenSinkStack({ dnsLabel: "VCluster" }));
    expect(labelMessage).toBe("kitchen-sink/gw/vc: dnsLabel \"VCluster\" is invalid: 1-63 lowercase letters, digits or '-', starting and ending with a letter or digit (RFC 1035 label)");
    expect(flat(badLabel)).toContain(`Error: Resource precondition failed`);
    expect(flat(badLabel)).toContain(labelMessage);

    const badTeam = await plan({ team: "ops' || true || '" });
    expect(badTeam.code).toBe(1);
    const teamMessage = synthError(() => kitchenSinkStack({ team: "ops' || true || '" }));
    expect(teamMessage).toMatch(/^kitchen-sink\/gw\/vc\/skip: condition claim value "ops' \|\| true \|\| '" is invalid: a value without quotes/);
    expect(flat(badTeam)).toContain(teamMessage);

    // A long value is shown as the synth shows it: its head and its length.
    const longLabel = await plan({ dns_label: "a".repeat(100) });
    expect(flat(longLabel)).toContain(synthError(() => kitchenSinkStack({ dnsLabel: "a".repeat(100) })));

    // A length bounded from 0 (the description): the plan above passed with the default; one too long is refused.
    const longDescription = await plan({ vc_description: "d".repeat(513) });
    expect(longDescription.code).toBe(1);
    const descriptionMessage = synthError(() => kitchenSinkStack({ description: "d".repeat(513) }));
    expect(descriptionMessage).toMatch(/^kitchen-sink\/gw\/vc: description "d+… \(513 characters\) is invalid: at most 512 characters$/);
    expect(flat(longDescription)).toContain(descriptionMessage);
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
