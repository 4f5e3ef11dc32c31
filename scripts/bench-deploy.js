// npm run bench:deploy [-- runs]: this project's `npm run deploy -- --auto-approve`, `npm run diff` and
// `npm run destroy -- --auto-approve` of main.ts's stack (12 objects) against the local stand-in for Konnect,
// alternating with raw `terraform apply -auto-approve`, `plan` and `destroy -auto-approve` in the same stack directory
// on the same cdk.tf.json; prints every time, the medians and the ratios (goal: at most 1.5).
// It works in a directory of its own (cdktf.json, a package.json whose scripts are the project's, cdktf.out, state),
// so the project's own cdktf.out and state are not touched. npm run's own start-up is measured beside it.
"use strict";
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { ensureBuilt } = require("./app");
const { readToolchainEnv } = require("./toolchain-env");

const ROOT = path.join(__dirname, "..");
const runs = Number(process.argv[2] ?? 5);

function timed(cmd, args, cwd, env) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, args, { cwd, env, stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    child.on("close", (code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (code !== 0) reject(new Error(`${cmd} ${args.join(" ")} exited ${code}:\n${err}`));
      else resolve(ms);
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main() {
  if (!ensureBuilt()) throw new Error("the TypeScript build failed");
  const { startStandin } = require(path.join(ROOT, "dist", "standin"));
  const standin = await startStandin();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kegw-bench-deploy-"));
  try {
    const stackJs = path.join(ROOT, "scripts", "stack.js");
    fs.writeFileSync(path.join(dir, "cdktf.json"), JSON.stringify({ language: "typescript", app: `node ${JSON.stringify(path.join(ROOT, "scripts", "app.js"))}`, context: {} }));
    fs.writeFileSync(
      path.join(dir, "package.json"),
      JSON.stringify({
        name: "bench-deploy",
        private: true,
        scripts: {
          deploy: `node ${JSON.stringify(stackJs)} deploy`,
          diff: `node ${JSON.stringify(stackJs)} diff`,
          destroy: `node ${JSON.stringify(stackJs)} destroy`,
          noop: "true",
        },
      }),
    );
    const tool = process.env.KEGW_USE_REGISTRY ? undefined : readToolchainEnv();
    const env = { ...(tool ?? process.env), KONNECT_SERVER_URL: standin.url, KONNECT_TOKEN: standin.token, CHECKPOINT_DISABLE: "1" };
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const tf = env.TERRAFORM_BINARY_NAME || "terraform";
    const stackDir = path.join(dir, "cdktf.out", "stacks", "event-gateway");

    const ours = {
      deploy: () => timed(npm, ["run", "--silent", "deploy", "--", "--auto-approve"], dir, env),
      diff: () => timed(npm, ["run", "--silent", "diff"], dir, env),
      destroy: () => timed(npm, ["run", "--silent", "destroy", "--", "--auto-approve"], dir, env),
    };
    const raw = {
      deploy: () => timed(tf, ["apply", "-auto-approve", "-input=false"], stackDir, env),
      diff: () => timed(tf, ["plan", "-input=false"], stackDir, env),
      destroy: () => timed(tf, ["destroy", "-auto-approve", "-input=false"], stackDir, env),
    };
    // Warm-up: the first deploy runs terraform init; one round of each side, not counted.
    for (const side of [ours, raw]) for (const step of ["deploy", "diff", "destroy"]) await side[step]();

    const times = { ours: { deploy: [], diff: [], destroy: [] }, raw: { deploy: [], diff: [], destroy: [] }, npm: [] };
    for (let i = 0; i < runs; i++) {
      // Alternate which side goes first, so neither always runs on a warmer machine.
      const order = i % 2 ? [["raw", raw], ["ours", ours]] : [["ours", ours], ["raw", raw]];
      for (const [name, side] of order) for (const step of ["deploy", "diff", "destroy"]) times[name][step].push(await side[step]());
      times.npm.push(await timed(npm, ["run", "--silent", "noop"], dir, env));
      if (standin.objects().length) throw new Error("the stand-in is not empty after a destroy");
    }
    const f = (ms) => `${(ms / 1000).toFixed(2)} s`;
    const rows = [
      ["npm run deploy -- --auto-approve", "terraform apply -auto-approve", "deploy"],
      ["npm run diff", "terraform plan", "diff"],
      ["npm run destroy -- --auto-approve", "terraform destroy -auto-approve", "destroy"],
    ];
    console.log(`main.ts's stack (12 objects) against the stand-in, ${runs} alternating runs each (after one warm-up), medians:`);
    for (const [a, b, k] of rows) {
      const m = median(times.ours[k]);
      const r = median(times.raw[k]);
      console.log(`  ${a.padEnd(34)} ${f(m).padStart(7)}   vs ${b.padEnd(31)} ${f(r).padStart(7)}   ratio ${(m / r).toFixed(2)}`);
      console.log(`    runs (ms): ours ${times.ours[k].map(Math.round).join(" ")}; raw ${times.raw[k].map(Math.round).join(" ")}`);
    }
    console.log(`  npm run's own start-up (npm run noop): ${f(median(times.npm))}, included in the npm run figures`);
  } finally {
    await standin.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`bench:deploy: ${e.message}`);
  process.exit(1);
});
