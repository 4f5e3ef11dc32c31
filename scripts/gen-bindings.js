#!/usr/bin/env node
// Generates .gen/providers/konnect-beta from the committed schema snapshot (schema/konnect-beta.json) with cdktf's own
// provider generator: no network, no provider binary. `--check` compares instead of writing and exits 1 on drift.
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
// @cdktf/commons runs the Terraform CLI when loaded: give it the project's CLI config, not the machine's.
Object.assign(process.env, require("./toolchain-env").readToolchainEnv() || {});
const { TerraformProviderGenerator, CodeMaker } = require("@cdktf/provider-generator");
const { TerraformProviderConstraint, ConstructsMakerProviderTarget, LANGUAGES } = require("@cdktf/commons");

const ROOT = path.join(__dirname, "..");
const SCHEMA = path.join(ROOT, "schema", "konnect-beta.json");
const GEN = path.join(ROOT, ".gen");

async function generate(outdir) {
  const schema = JSON.parse(fs.readFileSync(SCHEMA, "utf8"));
  const [fqpn, version] = Object.entries(schema.provider_versions)[0];
  const source = fqpn.split("/").slice(1).join("/"); // kong/konnect-beta
  const code = new CodeMaker();
  const generator = new TerraformProviderGenerator(code, schema);
  generator.generate(
    new ConstructsMakerProviderTarget(new TerraformProviderConstraint(`${source}@${version}`), LANGUAGES[0]),
  );
  await code.save(outdir);
  fs.writeFileSync(path.join(outdir, "versions.json"), JSON.stringify({ [fqpn]: version }, null, 2) + "\n");
}

function listFiles(dir, base = dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(p, base) : [path.relative(base, p)];
  });
}

/** Files that differ between two trees (added, removed or changed). */
function diffTrees(a, b) {
  const fa = new Set(listFiles(a));
  const fb = new Set(listFiles(b));
  const all = [...new Set([...fa, ...fb])].sort();
  return all.filter((f) => !fa.has(f) || !fb.has(f) || !fs.readFileSync(path.join(a, f)).equals(fs.readFileSync(path.join(b, f))));
}

async function main() {
  const check = process.argv.includes("--check");
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kegw-gen-"));
  try {
    await generate(tmp);
    if (check) {
      const drift = diffTrees(tmp, GEN);
      if (drift.length) {
        console.error(`.gen differs from what the generator makes of schema/konnect-beta.json (run 'npm run get'):\n  ${drift.join("\n  ")}`);
        process.exitCode = 1;
      } else console.log(".gen matches schema/konnect-beta.json");
      return;
    }
    fs.rmSync(GEN, { recursive: true, force: true });
    fs.cpSync(tmp, GEN, { recursive: true });
    console.log(`generated .gen (${listFiles(GEN).length} files) from schema/konnect-beta.json`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

module.exports = { generate, diffTrees };
if (require.main === module) main().catch((e) => { console.error(e.message); process.exit(1); });
