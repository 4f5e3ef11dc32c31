// Reads the environment file that scripts/toolchain.sh writes, merged over process.env, so every script and test
// uses the project's Terraform binary and CLI config (never a TF_CLI_CONFIG_FILE the machine happens to set).
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

function cacheDir() {
  return (
    process.env.KEGW_CACHE ||
    path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache"), "konnect-event-gateway-cdktf")
  );
}

/**
 * The toolchain's variables over process.env, or undefined when the toolchain has not run. KEGW_TERRAFORM_BINARY, when
 * set, replaces the toolchain's Terraform CLI (`npm run test:tofu` sets it to OpenTofu).
 */
function readToolchainEnv() {
  const file = path.join(cacheDir(), "env");
  if (!fs.existsSync(file)) return undefined;
  const vars = {};
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    const i = line.indexOf("=");
    if (i > 0) vars[line.slice(0, i)] = unquote(line.slice(i + 1));
  }
  if (process.env.KEGW_TERRAFORM_BINARY) vars.TERRAFORM_BINARY_NAME = process.env.KEGW_TERRAFORM_BINARY;
  return { ...process.env, CHECKPOINT_DISABLE: "1", ...vars };
}

/** Undoes bash's printf %q for the values the toolchain writes (paths, comma lists): backslash escapes, ''. */
function unquote(value) {
  if (value === "''") return "";
  return value.replace(/\\(.)/g, "$1");
}

function toolchainEnv() {
  const env = readToolchainEnv();
  if (!env) throw new Error(`the toolchain has not run (no ${path.join(cacheDir(), "env")}): run 'npm run toolchain'`);
  return env;
}

module.exports = { cacheDir, readToolchainEnv, toolchainEnv };
