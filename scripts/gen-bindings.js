#!/usr/bin/env node
// Generates .gen/providers/konnect-beta from the committed schema snapshot (schema/konnect-beta.json) with cdktf's own
// provider generator: no network, no provider binary. `--check` compares instead of writing and exits 1 on drift.
// `--cdktn` generates .gen/cdktn/providers/null from schema/null.json the same way, with the generator of the second
// manifest (cdktn/package.json, where @cdktn/provider-generator has the name @cdktf/provider-generator), for the
// project on CDK Terrain, where no prebuilt null provider exists. It needs the second manifest installed
// (`npm run cdktn`).
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
// @cdktf/commons runs the Terraform CLI when loaded: give it the project's CLI config, not the machine's.
Object.assign(process.env, require("./toolchain-env").readToolchainEnv() || {});

const ROOT = path.join(__dirname, "..");

/** What one run generates: from which schema, into which directory, with which manifest's generator. */
function target(cdktn = false) {
  return {
    schema: path.join(ROOT, "schema", cdktn ? "null.json" : "konnect-beta.json"),
    gen: path.join(ROOT, ".gen", cdktn ? "cdktn" : ""),
    // The main manifest's generator packages, or the second manifest's (cdktn/node_modules).
    load: (name) => require(require.resolve(name, cdktn ? { paths: [path.join(ROOT, "cdktn")] } : undefined)),
    // .gen/cdktn belongs to the --cdktn run; the default run leaves it alone.
    skip: cdktn ? [] : ["cdktn"],
    command: cdktn ? "npm run get -- --cdktn" : "npm run get",
  };
}

async function generate(outdir, cdktn = false) {
  const t = target(cdktn);
  const { TerraformProviderGenerator, CodeMaker } = t.load("@cdktf/provider-generator");
  const { TerraformProviderConstraint, ConstructsMakerProviderTarget, LANGUAGES } = t.load("@cdktf/commons");
  const schema = JSON.parse(fs.readFileSync(t.schema, "utf8"));
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

function listFiles(dir, skip = [], base = dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (dir === base && skip.includes(e.name)) return [];
    return e.isDirectory() ? listFiles(p, skip, base) : [path.relative(base, p)];
  });
}

/** Files that differ between a generated tree and .gen (added, removed or changed). */
function diffTrees(a, b, cdktn = false) {
  const skip = target(cdktn).skip;
  const fa = new Set(listFiles(a, skip));
  const fb = new Set(listFiles(b, skip));
  const all = [...new Set([...fa, ...fb])].sort();
  return all.filter((f) => !fa.has(f) || !fb.has(f) || !fs.readFileSync(path.join(a, f)).equals(fs.readFileSync(path.join(b, f))));
}

async function main() {
  const check = process.argv.includes("--check");
  const cdktn = process.argv.includes("--cdktn");
  const t = target(cdktn);
  const rel = (p) => path.relative(ROOT, p);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kegw-gen-"));
  try {
    await generate(tmp, cdktn);
    if (check) {
      const drift = diffTrees(tmp, t.gen, cdktn);
      if (drift.length) {
        console.error(`${rel(t.gen)} differs from what the generator makes of ${rel(t.schema)} (run '${t.command}'):\n  ${drift.join("\n  ")}`);
        process.exitCode = 1;
      } else console.log(`${rel(t.gen)} matches ${rel(t.schema)}`);
      return;
    }
    for (const f of fs.existsSync(t.gen) ? fs.readdirSync(t.gen) : []) {
      if (!t.skip.includes(f)) fs.rmSync(path.join(t.gen, f), { recursive: true, force: true });
    }
    fs.cpSync(tmp, t.gen, { recursive: true });
    console.log(`generated ${rel(t.gen)} (${listFiles(t.gen, t.skip).length} files) from ${rel(t.schema)}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

module.exports = { generate, diffTrees };
if (require.main === module) main().catch((e) => { console.error(e.message); process.exit(1); });
