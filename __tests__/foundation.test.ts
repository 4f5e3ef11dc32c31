import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { App } from "cdktf";
import { EventGatewayStack } from "../main";
import { readConfig } from "../app/config";
import { synthStackDir } from "./support/terraform";
import { scratchDir } from "./support/scratch";

const run = promisify(execFile);
const ROOT = path.join(__dirname, "..");

describe("generated bindings", () => {
  test(".gen is exactly what the generator makes of schema/konnect-beta.json", async () => {
    const { generate, diffTrees } = require("../scripts/gen-bindings.js");
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kegw-gen-test-"));
    try {
      await generate(tmp);
      expect(diffTrees(tmp, path.join(ROOT, ".gen"))).toEqual([]);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  test("the schema snapshot pins kong/konnect-beta 0.19.0 and holds all 25 Event Gateway and Kong Identity resources", () => {
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, "schema/konnect-beta.json"), "utf8"));
    expect(schema.provider_versions).toEqual({ "registry.terraform.io/kong/konnect-beta": "0.19.0" });
    const types = Object.keys(schema.provider_schemas["registry.terraform.io/kong/konnect-beta"].resource_schemas).sort();
    expect(types).toEqual([
      "konnect_event_gateway",
      "konnect_event_gateway_backend_cluster",
      "konnect_event_gateway_cluster_policy_acls",
      "konnect_event_gateway_consume_policy_decrypt",
      "konnect_event_gateway_consume_policy_decrypt_fields",
      "konnect_event_gateway_consume_policy_modify_headers",
      "konnect_event_gateway_consume_policy_schema_validation",
      "konnect_event_gateway_consume_policy_skip_record",
      "konnect_event_gateway_data_plane_certificate",
      "konnect_event_gateway_listener",
      "konnect_event_gateway_listener_policy_forward_to_virtual_cluster",
      "konnect_event_gateway_listener_policy_tls_server",
      "konnect_event_gateway_produce_policy_encrypt",
      "konnect_event_gateway_produce_policy_encrypt_fields",
      "konnect_event_gateway_produce_policy_modify_headers",
      "konnect_event_gateway_produce_policy_schema_validation",
      "konnect_event_gateway_schema_registry",
      "konnect_event_gateway_static_key",
      "konnect_event_gateway_tls_trust_bundle",
      "konnect_event_gateway_vault",
      "konnect_event_gateway_virtual_cluster",
      "konnect_identity_auth_server",
      "konnect_identity_auth_server_claim",
      "konnect_identity_auth_server_client",
      "konnect_identity_auth_server_scope",
    ]);
  });
});

describe("main stack synth", () => {
  const app = new App({ outdir: scratchDir("synth") });
  const stack = new EventGatewayStack(app, "event-gateway", readConfig(() => undefined, {}));
  const dir = synthStackDir(stack);
  const json = JSON.parse(fs.readFileSync(path.join(dir, "cdk.tf.json"), "utf8"));

  test("every konnect_* resource names the konnect-beta provider", () => {
    const types = Object.keys(json.resource).filter((t) => t.startsWith("konnect_"));
    expect(types.length).toBeGreaterThan(0);
    for (const t of types) {
      for (const [name, body] of Object.entries<Record<string, unknown>>(json.resource[t])) {
        expect([`${t}.${name}`, body.provider]).toEqual([`${t}.${name}`, "konnect-beta"]);
      }
    }
  });

  test("required_providers pins kong/konnect-beta 0.19.0", () => {
    expect(json.terraform.required_providers["konnect-beta"]).toEqual({ source: "kong/konnect-beta", version: "0.19.0" });
  });
});

// terraform init + validate of the main stack: __tests__/terraform-validate.test.ts ("main stack").

describe("toolchain script", () => {
  test("with neither terraform nor Go on PATH it names what to install and exits 3", async () => {
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), "kegw-cache-"));
    try {
      const err = await run("bash", [path.join(ROOT, "scripts/toolchain.sh")], {
        env: { PATH: "/usr/bin:/bin", HOME: cache, KEGW_CACHE: cache },
      }).then(
        () => undefined,
        (e) => e,
      );
      expect(err).toBeDefined();
      expect(err.code).toBe(3);
      expect(err.stderr).toMatch(/Go is required to build OpenTofu .* Install Go 1\.25 or newer/);
      expect(fs.existsSync(path.join(cache, "env"))).toBe(false);
    } finally {
      fs.rmSync(cache, { recursive: true, force: true });
    }
  });

  test("a second run reuses the cache and writes the same env file", async () => {
    const env = { ...process.env }; // the same cache as cacheDir() below
    const { cacheDir } = require("../scripts/toolchain-env");
    const envFile = path.join(cacheDir(), "env");
    await run("bash", [path.join(ROOT, "scripts/toolchain.sh")], { env });
    const before = fs.readFileSync(envFile, "utf8");
    const second = await run("bash", [path.join(ROOT, "scripts/toolchain.sh")], { env });
    expect(second.stdout).not.toMatch(/built from/);
    // Providers in the mirror are reused; ones the Go proxy refused are reported again, never rebuilt.
    const missing = (/KEGW_MISSING_PROVIDERS=(.*)/.exec(before)?.[1] ?? "").replace(/^''$/, "").split(",").filter(Boolean);
    expect(second.stdout.match(/provider .* cached/g)?.length ?? 0).toBe(2 - missing.length);
    expect(second.stdout.match(/NOT AVAILABLE/g)?.length ?? 0).toBe(missing.length);
    expect(fs.readFileSync(envFile, "utf8")).toBe(before);
  });
});
