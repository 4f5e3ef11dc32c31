import * as fs from "node:fs";
import * as path from "node:path";
import { OrdersStack } from "../examples/orders-stack";
import { newApp, only, synth } from "./support/synth";
import { describeWithTerraform, initAndValidate, synthStackDir } from "./support/terraform";

const ROOT = path.join(__dirname, "..");

describe("README example (examples/orders-stack.ts)", () => {
  test("the README shows the example file as it is", () => {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    expect(readme).toContain("```ts\n" + fs.readFileSync(path.join(ROOT, "examples/orders-stack.ts"), "utf8") + "```");
  });

  test("the README's Layout row for examples/ names every example file", () => {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    const row = readme.split("\n").find((l) => l.startsWith("| `examples/` |"));
    const files = fs.readdirSync(path.join(ROOT, "examples")).filter((f) => f.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(4);
    expect(files.filter((f) => !row?.includes("`" + f + "`"))).toEqual([]);
  });

  test("synthesizes: the read grant is one policy conditioned on the client, the password a variable", () => {
    const json = synth(new OrdersStack(newApp(), "orders"));
    const acl = only(json, "konnect_event_gateway_cluster_policy_acls");
    expect(acl.condition).toMatch(/^context\.auth\.principal\.name == '\$\{konnect_identity_auth_server_client\.idp_billing_[0-9A-F]{8}\.id\}'$/);
    expect(only(json, "konnect_event_gateway_backend_cluster").authentication.sasl_plain.password).toBe("${var.kafka_password}");
  });
});

describeWithTerraform("README example with the real provider", () => {
  test("terraform validate", async () => {
    const res = await initAndValidate(synthStackDir(new OrdersStack(newApp(), "orders")));
    expect(res.diagnostics).toEqual([]);
    expect(res.valid).toBe(true);
  });
});
