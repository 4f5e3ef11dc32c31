import { TerraformVariable } from "cdktf";
import { EventGateway, Secret, StaticKey, ValidationError, Vault, VaultType } from "../../constructs";
import { newStack, only, resources, synth } from "../support/synth";

const SENTINEL = "SENTINEL-KEY-4f1d9c";

describe("Vault", () => {
  test("env and konnect vaults: exact JSON, config always sent, name defaulting to the construct ID", () => {
    const stack = newStack();
    const gw = new EventGateway(stack, "gw");
    gw.addVault("env", { type: VaultType.env({ prefix: "KEGW_" }), description: "data plane environment", labels: { team: "platform" } });
    gw.addVault("plain", { type: VaultType.env() });
    gw.addVault("k", { name: "konnect_secrets", type: VaultType.konnect() });
    const gateway = "${konnect_event_gateway.gw.id}";
    expect(resources(synth(stack), "konnect_event_gateway_vault")).toEqual({
      gw_env_0B5C9FE3: {
        provider: "konnect-beta",
        gateway_id: gateway,
        env: { name: "env", description: "data plane environment", labels: { team: "platform" }, config: { prefix: "KEGW_" } },
      },
      gw_plain_1EB11C7A: { provider: "konnect-beta", gateway_id: gateway, env: { name: "plain", config: { prefix: "" } } },
      gw_k_B4E4B76D: { provider: "konnect-beta", gateway_id: gateway, konnect: { name: "konnect_secrets" } },
    });
  });

  test("secret(key): a reference in the vault's name, escaped so Terraform passes it through; Secret.vaultReference still works", () => {
    const stack = newStack();
    const gw = new EventGateway(stack, "gw");
    const env = gw.addVault("env", { type: VaultType.env({ prefix: "KEGW_" }) });
    const konnect = gw.addVault("k", { name: "konnect_secrets", type: VaultType.konnect() });
    gw.addStaticKey("a", { value: env.secret("ORDERS_KEY") });
    gw.addStaticKey("b", { value: konnect.secret("orders/key-1.v2") });
    gw.addStaticKey("c", { value: Secret.vaultReference("${vault.env['OTHER']}") });
    const keys = Object.values(resources(synth(stack), "konnect_event_gateway_static_key")).map((k) => k.value);
    expect(keys).toEqual(["$${vault.env['ORDERS_KEY']}", "$${vault.konnect_secrets['orders/key-1.v2']}", "$${vault.env['OTHER']}"]);
  });

  test("an imported vault gives the same references; its gateway by ID", () => {
    const stack = newStack();
    const v = Vault.fromVaultAttributes(stack, "v", { gatewayId: "gw-1", vaultId: "vault-1", vaultName: "env" });
    expect(v.vaultId).toBe("vault-1");
    expect(v.gateway.gatewayId).toBe("gw-1");
    v.gateway.addStaticKey("k", { value: v.secret("K") });
    expect(only(synth(stack), "konnect_event_gateway_static_key")).toEqual({ provider: "konnect-beta", gateway_id: "gw-1", name: "k", value: "$${vault.env['K']}" });
  });

  test("a name and an env prefix Terraform resolves later are passed on: their form is not known at synth", () => {
    const stack = newStack();
    const name = new TerraformVariable(stack, "vault_name", { type: "string" });
    const prefix = new TerraformVariable(stack, "vault_prefix", { type: "string" });
    new EventGateway(stack, "gw").addVault("v", { name: name.stringValue, type: VaultType.env({ prefix: prefix.stringValue }) });
    expect(only(synth(stack), "konnect_event_gateway_vault").env).toEqual({ name: "${var.vault_name}", config: { prefix: "${var.vault_prefix}" } });
  });

  test("secret(): a key of 255 characters, the longest, is taken", () => {
    const stack = newStack();
    const gw = new EventGateway(stack, "gw");
    gw.addStaticKey("k", { value: gw.addVault("env", { type: VaultType.env() }).secret("K".repeat(255)) });
    expect(only(synth(stack), "konnect_event_gateway_static_key").value).toBe(`$\${vault.env['${"K".repeat(255)}']}`);
  });

  test.each([
    [{ name: "" }, 'test/gw/v: name "" is invalid: 1-255 characters'],
    [{ name: "a:b" }, `test/gw/v: name "a:b" is invalid: letters and digits, and inside also ' ', '_', '-', '.' and "'"`],
    [{ name: "-a" }, 'test/gw/v: name "-a" is invalid: letters and digits'],
    [{ type: VaultType.env({ prefix: "KEGW-" }) }, `test/gw/v: type.env.prefix "KEGW-" is invalid: letters, digits and '_' (part of an environment variable's name)`],
    [{ type: VaultType.env({ prefix: "P".repeat(256) }) }, "test/gw/v: type.env.prefix"],
    [{ labels: { kong_x: "y" } }, 'test/gw/v: labels "kong_x" is invalid'],
    [{ description: "d".repeat(513) }, "test/gw/v: description"],
  ])("validation: %j", (props, message) => {
    const gw = new EventGateway(newStack(), "gw");
    expect(() => gw.addVault("v", { type: VaultType.env(), ...props })).toThrow(ValidationError);
    expect(() => new EventGateway(newStack(), "gw").addVault("v", { type: VaultType.env(), ...props })).toThrow(message);
  });

  test("names are unique per gateway", () => {
    const gw = new EventGateway(newStack(), "gw");
    gw.addVault("a", { name: "env", type: VaultType.env() });
    expect(() => gw.addVault("b", { name: "env", type: VaultType.konnect() })).toThrow('test/gw/b: name "env" is invalid: unique among the vaults of this gateway; test/gw/a already uses it');
  });

  test.each([
    ["my vault", "ok", `test/gw/v: name "my vault" is invalid: letters, digits and '_', not starting with a digit, known at synth: a reference names the vault as vault.<name>`],
    ["env", "A'B", `test/gw/v: secret key "A'B" is invalid: 1-255 letters, digits, '_', '.', '/' or '-', known at synth`],
    ["env", "A}B", "test/gw/v: secret key"],
    ["env", "", "test/gw/v: secret key"],
    ["env", "K".repeat(256), "test/gw/v: secret key"],
  ])("secret(): vault %j, key %j refused", (name, key, message) => {
    const v = new EventGateway(newStack(), "gw").addVault("v", { name, type: VaultType.env() });
    expect(() => v.secret(key)).toThrow(ValidationError);
    expect(() => v.secret(key)).toThrow(message);
  });

  test("importer: empty ID or name refused", () => {
    expect(() => Vault.fromVaultAttributes(newStack(), "v", { gatewayId: "g", vaultId: "", vaultName: "env" })).toThrow('test/v: vaultId "" is invalid: non-empty');
    expect(() => Vault.fromVaultAttributes(newStack(), "v", { gatewayId: "g", vaultId: "x", vaultName: "" })).toThrow('test/v: vaultName "" is invalid: non-empty');
  });
});

describe("StaticKey", () => {
  test("a vault reference: exact JSON, no ignore_changes (Konnect returns a reference as given)", () => {
    const stack = newStack();
    const gw = new EventGateway(stack, "gw");
    const key = gw.addStaticKey("orders", { value: Secret.vaultReference("${vault.env['ORDERS_KEY']}"), description: "orders", labels: { team: "orders" } });
    expect(key.name).toBe("orders");
    expect(resources(synth(stack), "konnect_event_gateway_static_key")).toEqual({
      gw_orders_67AC067B: {
        provider: "konnect-beta",
        gateway_id: "${konnect_event_gateway.gw.id}",
        name: "orders",
        description: "orders",
        labels: { team: "orders" },
        value: "$${vault.env['ORDERS_KEY']}",
      },
    });
  });

  test("a sensitive variable: the value is a reference to it, never the secret; ignore_changes on value (Konnect never returns it)", () => {
    const stack = newStack();
    const v = new TerraformVariable(stack, "orders_key", { type: "string", sensitive: true });
    new EventGateway(stack, "gw").addStaticKey("orders", { name: "orders-key", value: Secret.fromVariable(v) });
    const json = synth(stack);
    expect(only(json, "konnect_event_gateway_static_key")).toEqual({
      provider: "konnect-beta",
      gateway_id: "${konnect_event_gateway.gw.id}",
      name: "orders-key",
      value: "${var.orders_key}",
      lifecycle: { ignore_changes: ["value"] },
    });
  });

  test("a variable with a default (a literal in cdk.tf.json) is refused without showing it", () => {
    const stack = newStack();
    const v = new TerraformVariable(stack, "k", { type: "string", sensitive: true, default: SENTINEL });
    let message = "";
    try {
      new EventGateway(stack, "gw").addStaticKey("k", { value: Secret.fromVariable(v) });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toBe('test/k: default "(not shown)" is invalid: no default: a default would be written to cdk.tf.json');
    expect(message).not.toContain(SENTINEL);
  });

  test("importer, validation and unique names", () => {
    const stack = newStack();
    const k = StaticKey.fromStaticKeyAttributes(stack, "k", { gatewayId: "gw-1", staticKeyId: "key-1" });
    expect([k.staticKeyId, k.gateway.gatewayId]).toEqual(["key-1", "gw-1"]);
    expect(() => StaticKey.fromStaticKeyAttributes(newStack(), "k", { gatewayId: "g", staticKeyId: "" })).toThrow('test/k: staticKeyId "" is invalid: non-empty');
    const gw = new EventGateway(newStack(), "gw");
    const value = Secret.vaultReference("${vault.env['K']}");
    expect(() => gw.addStaticKey("a", { name: "", value })).toThrow('test/gw/a: name "" is invalid: 1-255 characters');
    expect(() => gw.addStaticKey("b", { value, labels: { _x: "1" } })).toThrow('test/gw/b: labels "_x" is invalid');
    gw.addStaticKey("c", { name: "key", value });
    expect(() => gw.addStaticKey("d", { name: "key", value })).toThrow('test/gw/d: name "key" is invalid: unique among the static keys of this gateway; test/gw/c already uses it');
  });
});
