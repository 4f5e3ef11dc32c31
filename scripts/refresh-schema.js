#!/usr/bin/env node
// Refreshes schema/konnect-beta.json from the provider binary in the toolchain's mirror (for provider upgrades):
// `terraform providers schema -json` in a scratch directory, pruned to the Event Gateway and Kong Identity resources (all 25 of 0.19.0), plus the
// provider_versions entry that makes the synthesized configuration pin the version. Run `npm run get` afterwards.
// `refresh-schema.js null` does the same for schema/null.json (hashicorp/null, whole), which the null bindings on
// CDK Terrain are generated from (`npm run get -- --cdktn`).
"use strict";
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { toolchainEnv } = require("./toolchain-env");

const PROVIDERS = {
  "konnect-beta": {
    source: "registry.terraform.io/kong/konnect-beta",
    version: process.env.KONNECT_BETA_VERSION || "0.19.0",
    resources: [
      "konnect_event_gateway",
      "konnect_event_gateway_backend_cluster",
      "konnect_event_gateway_virtual_cluster",
      "konnect_event_gateway_listener",
      "konnect_event_gateway_listener_policy_forward_to_virtual_cluster",
      "konnect_event_gateway_cluster_policy_acls",
      "konnect_event_gateway_consume_policy_skip_record",
      "konnect_event_gateway_consume_policy_decrypt",
      "konnect_event_gateway_consume_policy_decrypt_fields",
      "konnect_event_gateway_consume_policy_modify_headers",
      "konnect_event_gateway_consume_policy_schema_validation",
      "konnect_event_gateway_data_plane_certificate",
      "konnect_event_gateway_listener_policy_tls_server",
      "konnect_event_gateway_produce_policy_encrypt",
      "konnect_event_gateway_produce_policy_encrypt_fields",
      "konnect_event_gateway_produce_policy_modify_headers",
      "konnect_event_gateway_produce_policy_schema_validation",
      "konnect_event_gateway_schema_registry",
      "konnect_event_gateway_static_key",
      "konnect_event_gateway_tls_trust_bundle",
      "konnect_event_gateway_vault",
      "konnect_identity_auth_server",
      "konnect_identity_auth_server_scope",
      "konnect_identity_auth_server_client",
      "konnect_identity_auth_server_claim",
    ],
  },
  // Only the lookup's null_data_source is used; the whole (small) schema keeps the bindings' API that of
  // @cdktf/provider-null.
  null: { source: "registry.terraform.io/hashicorp/null", version: process.env.NULL_VERSION || "3.2.4" },
};
const NAME = process.argv[2] || "konnect-beta";
const spec = PROVIDERS[NAME];
if (!spec) {
  console.error(`unknown provider ${NAME}: one of ${Object.keys(PROVIDERS).join(", ")}`);
  process.exit(2);
}
const { source: SOURCE, version: VERSION, resources: RESOURCES } = spec;
const LOCAL_NAME = SOURCE.split("/").pop();

const env = toolchainEnv();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kegw-schema-"));
try {
  fs.writeFileSync(
    path.join(dir, "main.tf"),
    `terraform {\n  required_providers {\n    ${LOCAL_NAME} = {\n      source  = "${SOURCE.split("/").slice(1).join("/")}"\n      version = "${VERSION}"\n    }\n  }\n}\n`,
  );
  const tf = env.TERRAFORM_BINARY_NAME;
  const opts = { cwd: dir, env, maxBuffer: 256 * 1024 * 1024 };
  execFileSync(tf, ["init", "-input=false", "-no-color"], { ...opts, stdio: ["ignore", "ignore", "inherit"] });
  const full = JSON.parse(execFileSync(tf, ["providers", "schema", "-json"], opts).toString());
  const provider = full.provider_schemas[SOURCE];
  if (!provider) throw new Error(`${SOURCE} is not in the schema terraform printed`);
  const missing = (RESOURCES ?? []).filter((r) => !provider.resource_schemas[r]);
  if (missing.length) throw new Error(`the provider has no resource(s) ${missing.join(", ")}`);
  const pruned = {
    format_version: full.format_version,
    provider_schemas: {
      [SOURCE]: RESOURCES
        ? { provider: provider.provider, resource_schemas: Object.fromEntries(RESOURCES.map((r) => [r, provider.resource_schemas[r]])) }
        : provider,
    },
    provider_versions: { [SOURCE]: VERSION },
  };
  const out = path.join(__dirname, "..", "schema", `${NAME}.json`);
  fs.writeFileSync(out, JSON.stringify(pruned, null, 2) + "\n");
  const n = Object.keys(pruned.provider_schemas[SOURCE].resource_schemas ?? {}).length;
  console.log(`wrote ${path.relative(process.cwd(), out)} (${n} resources, ${SOURCE} ${VERSION})`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
