#!/usr/bin/env node
// Measures `cdktf deploy`, a no-change `cdktf diff` and `cdktf destroy` of main.ts's stack (12 objects) against the
// stand-in for Konnect with OpenTofu (the toolchain's build) against Terraform (the toolchain's, the reference), the
// same stack, the same CLI and providers, rounds alternating which goes first, each round in a fresh working directory
// with a fresh stand-in; prints the median of each step and the ratio OpenTofu/Terraform. Usage: bench-tofu.js [rounds]
// (run through `npm run bench:tofu`, which builds dist/ and OpenTofu first).
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { execFileSync } = require("node:child_process");
const { readToolchainEnv } = require("./toolchain-env");

const ROOT = path.join(__dirname, "..");
const { startStandin } = require(path.join(ROOT, "dist/standin"));
const { Deployment } = require(path.join(ROOT, "dist/standin/deployment"));

const rounds = Number(process.argv[2] || 5);
const terraform = readToolchainEnv()?.TERRAFORM_BINARY_NAME;
const tofu = process.env.KEGW_OPENTOFU;
if (!terraform || !tofu) throw new Error("run through npm run bench:tofu (needs the toolchain and OpenTofu)");
const clis = { terraform, tofu };
const version = (bin) => execFileSync(bin, ["version"], { env: readToolchainEnv() }).toString().split("\n")[0];

async function round(name) {
  process.env.KEGW_TERRAFORM_BINARY = clis[name]; // read by the toolchain env of every cdktf run
  const standin = await startStandin();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `kegw-bench-${name}-`));
  try {
    const d = new Deployment({ dir, serverUrl: standin.url, token: standin.token });
    const step = async (what, res) => {
      const r = await res;
      if (r.code !== 0 || (what === "diff" && !r.output.includes("No changes."))) throw new Error(`${name} ${what} failed:\n${r.output.slice(-3000)}`);
      return r.ms;
    };
    const deploy = await step("deploy", d.deploy());
    if (standin.objects().length !== 12) throw new Error(`${name}: ${standin.objects().length} objects after deploy, expected 12`);
    const diff = await step("diff", d.diff());
    const destroy = await step("destroy", d.destroy());
    if (standin.objects().length !== 0) throw new Error(`${name}: objects left after destroy`);
    return { deploy, diff, destroy };
  } finally {
    await standin.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main() {
  console.log(`reference: ${version(terraform)}; measured: ${version(tofu)}; ${rounds} rounds, alternating`);
  const times = { terraform: [], tofu: [] };
  for (let i = 0; i < rounds; i++) {
    const order = i % 2 ? ["tofu", "terraform"] : ["terraform", "tofu"];
    for (const name of order) times[name].push(await round(name));
  }
  for (const stepName of ["deploy", "diff", "destroy"]) {
    const tf = times.terraform.map((t) => t[stepName]);
    const tn = times.tofu.map((t) => t[stepName]);
    const [a, b] = [median(tf), median(tn)];
    console.log(
      `${stepName.padEnd(7)} terraform ms: ${tf.join(" ")} (median ${a}); tofu ms: ${tn.join(" ")} (median ${b}); ratio tofu/terraform ${(b / a).toFixed(2)}`,
    );
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(`bench failed: ${e.message}`);
    process.exit(1);
  },
);
