// npm run synth|diff|deploy|destroy: the fast path. Runs the app cdktf.json names (as cdktf does: CDKTF_OUTDIR,
// the context), then Terraform itself in each selected stack's directory: `plan`, `apply` (the plan shown and
// confirmation asked unless --auto-approve) or `destroy`, with Terraform's own output, prompts and exit code.
// `terraform init` runs only when what it depends on changed (required providers and versions, backend, modules,
// the Terraform binary, its CLI config). Never acts on a stale synthesis: the previous cdk.tf.json files and manifest
// are removed before the app runs, so a failed or silent app leaves nothing to plan or apply; a synthesis is reused
// only when the app's code, the variables and files it read, and the synthesized files are all unchanged
// (scripts/synth-cache.js).
// What cdktf-cli adds on top (its start-up, a synth in a separate process tree, provider locking, output parsing) is
// left out: see README, "Deploying: the fast path and cdktf".
"use strict";
const { spawn } = require("node:child_process");
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");
const { parseArgs } = require("node:util");
const { NO_RECORD, SynthCache } = require("./synth-cache");
const { readToolchainEnv } = require("./toolchain-env");

const COMMANDS = ["synth", "diff", "deploy", "destroy"];
const USAGE = `usage: npm run <synth|diff|deploy|destroy> -- [stack ...] [options]
  stack ...                                  stacks to act on (names or * patterns); needed when the app has several
  --auto-approve                             deploy/destroy without asking (otherwise Terraform shows the plan and asks)
  --outputs-file <file>                      deploy: write the stacks' outputs as JSON (cdktf's format)
  --outputs-file-include-sensitive-outputs   deploy: include sensitive outputs in that file (left out otherwise)
  --var <name=value>, --var-file <file>      Terraform input variables (repeatable)
  --parallelism <n>                          Terraform's -parallelism
  --refresh-only                             diff/deploy: only reconcile the state with the real objects
  --migrate-state                            pass -migrate-state to terraform init when the backend changed
  --output, -o <dir>                         synthesis directory (default cdktf.json "output", else cdktf.out)
  --no-color                                 no colours in Terraform's output
  --fresh-synth                              run the app even when its last synthesis can be reused
  -- <args>                                  further arguments for terraform plan/apply/destroy`;

class UsageError extends Error {}

function parse(argv) {
  const [command, ...rest] = argv;
  if (!COMMANDS.includes(command)) throw new UsageError(`unknown command ${JSON.stringify(command ?? "")}`);
  const dash = rest.indexOf("--");
  const tfArgs = dash >= 0 ? rest.slice(dash + 1) : [];
  let parsed;
  try {
    parsed = parseArgs({
      args: dash >= 0 ? rest.slice(0, dash) : rest,
      allowPositionals: true,
      options: {
        "auto-approve": { type: "boolean" },
        "outputs-file": { type: "string" },
        "outputs-file-include-sensitive-outputs": { type: "boolean" },
        var: { type: "string", multiple: true },
        "var-file": { type: "string", multiple: true },
        parallelism: { type: "string" },
        "terraform-parallelism": { type: "string" },
        "refresh-only": { type: "boolean" },
        "migrate-state": { type: "boolean" },
        output: { type: "string", short: "o" },
        "no-color": { type: "boolean" },
        "fresh-synth": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    throw new UsageError(e.message.replace(/\. To specify a positional argument.*$/s, ""));
  }
  const o = parsed.values;
  const parallelism = o.parallelism ?? o["terraform-parallelism"];
  if (parallelism !== undefined && !/^[1-9]\d*$/.test(parallelism)) throw new UsageError(`--parallelism ${parallelism}: a positive integer`);
  const only = (flag, cmds) => {
    if (o[flag] !== undefined && !cmds.includes(command)) throw new UsageError(`--${flag} is for ${cmds.join("/")}, not ${command}`);
  };
  only("auto-approve", ["deploy", "destroy"]);
  only("outputs-file", ["deploy"]);
  only("outputs-file-include-sensitive-outputs", ["deploy"]);
  only("refresh-only", ["diff", "deploy"]);
  return { command, stacks: parsed.positionals, tfArgs, parallelism, ...o };
}

// ---------------------------------------------------------------------------------------------------------- output
const started = Date.now();
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
/** Progress lines go to stderr: stdout is Terraform's (npm run diff > plan.txt keeps the plan alone). */
const say = (line) => process.stderr.write(`[${COMMAND}] ${line}\n`);
let COMMAND = "stack";

// ----------------------------------------------------------------------------------------------------- environment
/** The toolchain's Terraform and CLI config (scripts/toolchain.sh), unless KEGW_USE_REGISTRY asks for the user's own. */
function terraformEnv() {
  const env = (!process.env.KEGW_USE_REGISTRY && readToolchainEnv()) || { ...process.env, CHECKPOINT_DISABLE: "1" };
  // A CLI config file that does not exist only makes Terraform print warnings (as scripts/with-toolchain.sh does).
  if (env.TF_CLI_CONFIG_FILE && !fs.existsSync(env.TF_CLI_CONFIG_FILE)) delete env.TF_CLI_CONFIG_FILE;
  return env;
}

/** Runs a command with inherited stdio (or captured output); resolves with its exit code. Ctrl-C goes to the child. */
function run(cmd, args, opts) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: opts.capture ? ["ignore", "pipe", "pipe"] : "inherit", ...opts });
    let out = "";
    let err = "";
    if (opts.capture) {
      child.stdout.on("data", (d) => (out += d));
      child.stderr.on("data", (d) => (err += d));
    }
    // Terraform handles SIGINT itself (it stops cleanly and saves the state); wait for it instead of dying first.
    const ignore = () => undefined;
    process.on("SIGINT", ignore);
    child.on("error", (e) => {
      process.off("SIGINT", ignore);
      reject(e.code === "ENOENT" ? new Error(`${cmd} not found: run 'npm run toolchain', or put terraform on PATH`) : e);
    });
    child.on("close", (code, signal) => {
      process.off("SIGINT", ignore);
      resolve({ code: code ?? (signal ? 128 + (signal === "SIGINT" ? 2 : 15) : 1), out, err });
    });
  });
}

// ----------------------------------------------------------------------------------------------------------- synth
function readCdktfJson(dir) {
  const file = path.join(dir, "cdktf.json");
  if (!fs.existsSync(file)) throw new UsageError(`no cdktf.json in ${dir}: run this in the project's directory`);
  const cfg = JSON.parse(fs.readFileSync(file, "utf8"));
  if (!cfg.app) throw new UsageError(`${file} has no "app"`);
  return cfg;
}

/** Removes what an earlier synthesis left that could be taken for this one; keeps .terraform and the lock file. */
function removeEarlierSynthesis(outdir) {
  fs.rmSync(path.join(outdir, "manifest.json"), { force: true });
  const stacks = path.join(outdir, "stacks");
  if (!fs.existsSync(stacks)) return;
  for (const name of fs.readdirSync(stacks)) {
    const dir = path.join(stacks, name);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const f of ["cdk.tf.json", "cdk.tf", "metadata.json", "assets"]) fs.rmSync(path.join(dir, f), { recursive: true, force: true });
  }
}

/**
 * Runs the app as cdktf does and returns the manifest's stacks; throws when the app fails or writes no synthesis. The
 * synthesis is reused instead when everything it was made from is unchanged (scripts/synth-cache.js), unless
 * --fresh-synth.
 */
async function synth(cwd, cfg, outdir, env, opts = {}) {
  let context = process.env.CDKTF_CONTEXT_JSON ? JSON.parse(process.env.CDKTF_CONTEXT_JSON) : {};
  if (cfg.context) context = cfg.context; // cdktf-cli: cdktf.json's context replaces the environment's
  const relativeModules = (cfg.terraformModules ?? []).filter((m) => /^\.\.?\//.test(typeof m === "string" ? m : m.source));
  const appEnv = {
    ...Object.fromEntries(Object.entries(env).filter(([k]) => !k.startsWith("TF_VAR_"))), // execution-time only
    CDKTF_OUTDIR: outdir,
    CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS: "true",
    CDKTF_CONTEXT_JSON: JSON.stringify({ ...context, cdktfRelativeModules: relativeModules }),
    SYNTH_HCL_OUTPUT: "false",
  };
  const cache = new SynthCache(outdir);
  const t0 = Date.now();
  const why = opts["fresh-synth"] ? "--fresh-synth" : cache.check(cfg.app, appEnv);
  if (!why) {
    const stacks = readSynthesis(cwd, cfg, outdir);
    say(`synthesis of ${stacks.map((s) => s.name).join(", ")} reused: the app's code, settings and inputs are unchanged (${secs(Date.now() - t0)}; --fresh-synth runs it anyway)`);
    return stacks;
  }
  cache.clear();
  removeEarlierSynthesis(outdir);
  const { code } = await run(cfg.app, [], { cwd, shell: true, env: cache.recordingEnv(appEnv) });
  if (code !== 0) {
    cache.clear();
    throw new Failure(`synth failed (the app "${cfg.app}" exited ${code}): nothing was planned, applied or destroyed`, 1);
  }
  let stacks;
  try {
    stacks = readSynthesis(cwd, cfg, outdir);
  } catch (e) {
    cache.clear();
    throw e;
  }
  const notKept = cache.save(cfg.app, stacks);
  const notes = [why === NO_RECORD ? "" : `ran: ${why}`, notKept ? `not kept for reuse: ${notKept}` : ""].filter(Boolean);
  say(`synthesized ${stacks.map((s) => s.name).join(", ")} in ${secs(Date.now() - t0)}${notes.length ? ` (${notes.join("; ")})` : ""}`);
  return stacks;
}

/** The manifest's stacks, its annotations printed; throws when the synthesis has errors or is incomplete. */
function readSynthesis(cwd, cfg, outdir) {
  const manifestFile = path.join(outdir, "manifest.json");
  if (!fs.existsSync(manifestFile)) {
    throw new Failure(`synth failed: the app "${cfg.app}" wrote no ${path.relative(cwd, manifestFile)} (does it call app.synth()?)`, 1);
  }
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8"));
  const stacks = Object.values(manifest.stacks);
  let errors = 0;
  for (const s of stacks) {
    for (const a of s.annotations ?? []) {
      const level = { "@cdktf/info": "INFO", "@cdktf/warn": "WARN", "@cdktf/error": "ERROR" }[a.level] ?? a.level;
      if (level === "ERROR") errors++;
      process.stderr.write(`${level} [${a.constructPath}]: ${a.message}\n`);
    }
  }
  if (errors) throw new Failure(`synth failed: ${errors} error annotation(s) above; nothing was planned, applied or destroyed`, 1);
  if (stacks.length === 0) throw new Failure("synth failed: the app defines no stack", 1);
  for (const s of stacks) {
    const file = path.join(outdir, s.synthesizedStackPath);
    if (!fs.existsSync(file)) throw new Failure(`synth failed: the manifest names ${file}, which the app did not write`, 1);
  }
  return stacks;
}

class Failure extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

// ------------------------------------------------------------------------------------------------------- selection
function globToRegExp(p) {
  return new RegExp(`^${p.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
}

/** The stacks named (all matching any pattern), dependencies first; one stack needs no name. */
function select(stacks, names) {
  const all = stacks.map((s) => s.name);
  let chosen;
  if (names.length === 0) {
    if (stacks.length > 1) {
      throw new UsageError(`the app has ${stacks.length} stacks (${all.join(", ")}): name the ones to act on, or '*' for all`);
    }
    chosen = stacks;
  } else {
    for (const n of names) {
      if (!all.some((a) => globToRegExp(n).test(a))) throw new UsageError(`no stack ${JSON.stringify(n)} in the app; its stacks: ${all.join(", ")}`);
    }
    chosen = stacks.filter((s) => names.some((n) => globToRegExp(n).test(s.name)));
  }
  // Dependencies first (the manifest lists each stack's dependencies by name).
  const ordered = [];
  const visit = (s, seen = new Set()) => {
    if (ordered.includes(s) || seen.has(s.name)) return;
    seen.add(s.name);
    for (const d of s.dependencies ?? []) {
      const dep = chosen.find((c) => c.name === d);
      if (dep) visit(dep, seen);
    }
    ordered.push(s);
  };
  for (const s of chosen) visit(s);
  return ordered;
}

// ------------------------------------------------------------------------------------------------------------ init
/** What `terraform init` depends on: when none of it changed, the stack directory's init is still good. */
function initKey(dir, tfJson, env) {
  const tf = tfJson.terraform ?? {};
  const modules = Object.entries(tfJson.module ?? {}).map(([k, m]) => [k, m.source, m.version]);
  const file = (f) => (f && fs.existsSync(f) ? fs.readFileSync(f, "utf8") : null);
  let binary = env.TERRAFORM_BINARY_NAME || "terraform";
  try {
    const real = fs.realpathSync(binary);
    const st = fs.statSync(real);
    binary = `${real}:${st.size}:${st.mtimeMs}`;
  } catch {
    // a name on PATH: its name stands for it
  }
  return crypto
    .createHash("sha256")
    .update(
      JSON.stringify({
        providers: tf.required_providers ?? {},
        backend: tf.backend ?? {},
        cloud: tf.cloud ?? null,
        modules,
        binary,
        cliConfig: file(env.TF_CLI_CONFIG_FILE),
        lock: file(path.join(dir, ".terraform.lock.hcl")),
      }),
    )
    .digest("hex");
}

async function ensureInit(stack, dir, tfJson, tf, env, opts) {
  const stampFile = path.join(dir, ".terraform", "kegw-init.sha256");
  const before = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, "utf8") : undefined;
  if (before && before === initKey(dir, tfJson, env)) {
    say(`${stack}: terraform init not needed (providers, versions and backend unchanged)`);
    return;
  }
  const why = before ? "providers, versions, backend or Terraform changed" : "first run in this directory";
  const args = ["init", "-input=false"];
  // A changed provider version conflicts with the old lock file: let init pick the new one.
  if (before) args.push("-upgrade");
  if (opts["migrate-state"]) args.push("-migrate-state", "-force-copy");
  if (opts["no-color"]) args.push("-no-color");
  say(`${stack}: terraform init (${why}) ...`);
  const t0 = Date.now();
  const res = await run(tf, args, { cwd: dir, env, capture: true });
  if (res.code !== 0) {
    process.stderr.write(res.out + res.err);
    // Without the toolchain's mirror Terraform asks the registry for the providers: say where they come from.
    const noToolchain = !process.env.KEGW_USE_REGISTRY && !readToolchainEnv() && /provider/i.test(res.out + res.err);
    const hint = noToolchain ? "; no toolchain found (the providers come from its mirror): run npm run toolchain, or set KEGW_USE_REGISTRY=1 to use your own Terraform setup" : "";
    throw new Failure(`${stack}: terraform init failed (exit ${res.code})${hint}`, res.code);
  }
  fs.writeFileSync(stampFile, initKey(dir, tfJson, env));
  say(`${stack}: terraform init done in ${secs(Date.now() - t0)}`);
}

// --------------------------------------------------------------------------------------------------------- outputs
/** cdktf's outputs file: outputs by construct path ({"<stack>": {"<id>": value}}); sensitive ones only if asked. */
function outputsByConstructId(tfJson, tfOutputs, includeSensitive) {
  const mapping = tfJson["//"]?.outputs;
  const unpack = (o) => (o.sensitive && !includeSensitive ? undefined : o.value);
  if (!mapping) return Object.fromEntries(Object.entries(tfOutputs).map(([k, o]) => [k, unpack(o)]));
  const walk = (m) => {
    const acc = {};
    for (const [k, v] of Object.entries(m)) {
      if (typeof v === "string") {
        if (tfOutputs[v]) acc[k] = unpack(tfOutputs[v]);
      } else {
        const inner = walk(v);
        if (Object.keys(inner).length) acc[k] = inner;
      }
    }
    return acc;
  };
  return walk(mapping);
}

// ------------------------------------------------------------------------------------------------------------ main
async function main(argv) {
  const opts = parse(argv);
  COMMAND = opts.command;
  if (opts.help) {
    process.stdout.write(USAGE + "\n");
    return 0;
  }
  const cwd = process.cwd();
  const cfg = readCdktfJson(cwd);
  const outdir = path.resolve(cwd, opts.output ?? cfg.output ?? "cdktf.out");
  const env = terraformEnv();
  const stacks = await synth(cwd, cfg, outdir, env, opts);
  const chosen = opts.command === "synth" ? (opts.stacks.length ? select(stacks, opts.stacks) : stacks) : select(stacks, opts.stacks);
  if (opts.command === "synth") {
    for (const s of chosen) say(`${s.name}: ${path.relative(cwd, path.join(outdir, s.synthesizedStackPath)) || "."}`);
    return 0;
  }

  const tf = env.TERRAFORM_BINARY_NAME || "terraform";
  const common = [];
  for (const v of opts.var ?? []) common.push(`-var=${v}`);
  for (const f of opts["var-file"] ?? []) common.push(`-var-file=${path.resolve(cwd, f)}`);
  if (opts["no-color"]) common.push("-no-color");
  if (opts.parallelism) common.push(`-parallelism=${opts.parallelism}`);
  const order = opts.command === "destroy" ? [...chosen].reverse() : chosen;
  const outputs = {};
  for (const s of order) {
    const dir = path.join(outdir, s.workingDirectory);
    const tfJson = JSON.parse(fs.readFileSync(path.join(outdir, s.synthesizedStackPath), "utf8"));
    await ensureInit(s.name, dir, tfJson, tf, env, opts);
    const args =
      opts.command === "diff"
        ? ["plan", "-input=false", ...(opts["refresh-only"] ? ["-refresh-only"] : [])]
        : opts.command === "deploy"
          ? ["apply", ...(opts["auto-approve"] ? ["-auto-approve", "-input=false"] : []), ...(opts["refresh-only"] ? ["-refresh-only"] : [])]
          : ["destroy", ...(opts["auto-approve"] ? ["-auto-approve", "-input=false"] : [])];
    say(`${s.name}: terraform ${args[0]} in ${path.relative(cwd, dir) || "."}`);
    const t0 = Date.now();
    const res = await run(tf, [...args, ...common, ...opts.tfArgs], { cwd: dir, env });
    if (res.code !== 0) {
      say(`${s.name}: terraform ${args[0]} exited ${res.code} after ${secs(Date.now() - t0)}`);
      return res.code;
    }
    say(`${s.name}: ${{ diff: "planned", deploy: "deployed", destroy: "destroyed" }[opts.command]} in ${secs(Date.now() - t0)}`);
    if (opts.command === "deploy" && opts["outputs-file"]) {
      const out = await run(tf, ["output", "-json"], { cwd: dir, env, capture: true });
      if (out.code !== 0) throw new Failure(`${s.name}: terraform output failed (exit ${out.code}): ${out.err.trim()}`, out.code);
      Object.assign(outputs, outputsByConstructId(tfJson, JSON.parse(out.out), !!opts["outputs-file-include-sensitive-outputs"]));
    }
  }
  if (opts.command === "deploy" && opts["outputs-file"]) {
    const file = path.resolve(cwd, opts["outputs-file"]);
    // Owner-only: with --outputs-file-include-sensitive-outputs it holds client secrets.
    fs.writeFileSync(file, JSON.stringify(outputs, null, 2), { mode: 0o600 });
    fs.chmodSync(file, 0o600);
    const sensitive = opts["outputs-file-include-sensitive-outputs"] ? "sensitive outputs included" : "sensitive outputs left out";
    say(`outputs written to ${path.relative(cwd, file)} (${sensitive})`);
  }
  say(`done in ${secs(Date.now() - started)}`);
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      if (e instanceof UsageError) {
        process.stderr.write(`error: ${e.message}\n${USAGE}\n`);
        process.exit(2);
      }
      process.stderr.write(`[${COMMAND}] error: ${e.message}\n`);
      process.exit(e instanceof Failure ? e.code || 1 : 1);
    },
  );
}

module.exports = { outputsByConstructId, select, parse };
