// The fast path (scripts/stack.js, `npm run synth|diff|deploy|destroy`) with the real Terraform CLI on a small cdktf app
// of its own (outputs only, no provider, so each Terraform run is quick): stack selection, the confirmation prompt,
// the outputs file with and without sensitive outputs, `terraform init` only when needed, never a stale synthesis,
// exit codes, and the Terraform binary it runs. main.ts's stack against the stand-in is __tests__/deploy.test.ts.
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { type KongIdentityLookupRequest } from "../constructs/kong-identity/lookup";
import { writeLookupContext } from "./support/fixtures";
import { scratchDir } from "./support/scratch";
import { describeWithTerraform, tfEnv } from "./support/terraform";

const ROOT = path.join(__dirname, "..");
const STACK_JS = path.join(ROOT, "scripts", "stack.js");

const APP = `
const { App, LocalBackend, TerraformStack, TerraformOutput } = require(${JSON.stringify(path.join(ROOT, "node_modules", "cdktf"))});
const app = new App();
for (const name of (process.env.STACKS || "alpha").split(",")) {
  const s = new TerraformStack(app, name);
  if (process.env.STATE_FILE) new LocalBackend(s, { path: process.env.STATE_FILE });
  new TerraformOutput(s, "greeting", { value: "hello from " + name + (process.env.GREETING_SUFFIX || "") });
  new TerraformOutput(s, "secret", { value: "s3cr3t-of-" + name, sensitive: true });
  if (process.env.WITH_NULL) s.addOverride("terraform.required_providers.null", { source: "hashicorp/null", version: "3.2.4" });
  if (process.env.WITH_PROVIDER) s.addOverride("terraform.required_providers.p", { source: process.env.WITH_PROVIDER });
}
if (process.env.FAIL) { console.error("error: the app failed on purpose"); process.exit(3); }
if (!process.env.NO_SYNTH) app.synth();
`;

// The synthesis-reuse tests' app: what stack.js needs of any app (a manifest naming each stack's file, written to
// CDKTF_OUTDIR), made without loading cdktf, so each of their many runs costs a Node start-up, not a synth.
const LIGHT_APP = `
const fs = require("node:fs");
const path = require("node:path");
const out = process.env.CDKTF_OUTDIR;
const output = { greeting: { value: "hello from alpha" + (process.env.GREETING_SUFFIX || "") } };
if (process.env.READ_FILE) output.from_file = { value: fs.readFileSync(process.env.READ_FILE, "utf8") };
if (process.env.SECRET_TOKEN && process.env.SECRET_TOKEN.length < 3) process.exit(4);
if (process.env.LIST_TREE) fs.readdirSync(process.env.LIST_TREE, { recursive: true });
if (process.env.SPAWN) console.log("child NODE_OPTIONS=" + require("node:child_process").execFileSync(process.execPath, ["-e", "process.stdout.write(String(process.env.NODE_OPTIONS))"]));
if (process.env.FAIL) { console.error("error: the app failed on purpose"); process.exit(3); }
fs.mkdirSync(path.join(out, "stacks", "alpha"), { recursive: true });
fs.writeFileSync(path.join(out, "stacks", "alpha", "cdk.tf.json"), JSON.stringify({ output }, null, 2));
const alpha = { name: "alpha", constructPath: "alpha", synthesizedStackPath: "stacks/alpha/cdk.tf.json", workingDirectory: "stacks/alpha", annotations: [], dependencies: [] };
fs.writeFileSync(path.join(out, "manifest.json"), JSON.stringify({ version: "0.21.0", stacks: { alpha } }, null, 2));
`;

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function project(app = APP): string {
  const dir = scratchDir("kegw-fast");
  fs.writeFileSync(path.join(dir, "app.js"), app);
  fs.writeFileSync(path.join(dir, "cdktf.json"), JSON.stringify({ language: "typescript", app: "node app.js", context: {} }));
  return dir;
}

function stack(dir: string, args: string[], opts: { env?: NodeJS.ProcessEnv; input?: string } = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [STACK_JS, ...args], {
      cwd: dir,
      env: { ...process.env, ...opts.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d));
    child.stderr.on("data", (d: Buffer) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(opts.input ?? "");
  });
}

const all = (r: Run) => r.stdout + r.stderr;
const ok = (r: Run) => {
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${all(r)}`);
  return r;
};

describeWithTerraform("fast path: npm run synth|diff|deploy|destroy", () => {
  test("deploy shows the plan and asks; 'no' applies nothing (Terraform's exit 1), 'yes' applies", async () => {
    const dir = project();
    const no = await stack(dir, ["deploy", "--no-color"], { input: "no\n" });
    expect(no.code).toBe(1);
    expect(no.stdout).toContain('greeting = "hello from alpha"');
    expect(no.stdout).toContain("Do you want to perform these actions?");
    expect(all(no)).toContain("Apply cancelled.");
    expect(fs.existsSync(path.join(dir, "terraform.alpha.tfstate"))).toBe(false);

    const yes = ok(await stack(dir, ["deploy", "--no-color"], { input: "yes\n" }));
    expect(yes.stdout).toContain("Apply complete!");
    expect(JSON.parse(fs.readFileSync(path.join(dir, "terraform.alpha.tfstate"), "utf8")).outputs.greeting.value).toBe("hello from alpha");
    // Progress lines on stderr, in order; Terraform's output alone on stdout.
    expect(yes.stderr.split("\n").filter((l) => l.startsWith("[deploy]")).map((l) => l.replace(/\d+\.\d s/g, "N s"))).toEqual([
      // the answer 'no' left the synthesis as it was: the same app, settings and inputs make it again
      "[deploy] synthesis of alpha reused: the app's code, settings and inputs are unchanged (N s; --fresh-synth runs it anyway)",
      "[deploy] alpha: terraform init not needed (providers, versions and backend unchanged)",
      "[deploy] alpha: terraform apply in cdktf.out/stacks/alpha",
      "[deploy] alpha: deployed in N s",
      "[deploy] done in N s",
    ]);
    expect(yes.stdout).not.toContain("[deploy]");
  });

  test("--outputs-file: cdktf's format; sensitive outputs left out unless asked, never printed, file owner-only", async () => {
    const dir = project();
    const masked = ok(await stack(dir, ["deploy", "--auto-approve", "--no-color", "--outputs-file", "out.json"]));
    expect(masked.stdout).toContain("secret = <sensitive>");
    expect(all(masked)).not.toContain("s3cr3t-of-alpha");
    expect(fs.readFileSync(path.join(dir, "out.json"), "utf8")).toBe(JSON.stringify({ alpha: { greeting: "hello from alpha" } }, null, 2));
    expect(masked.stderr).toContain("[deploy] outputs written to out.json (sensitive outputs left out)");

    const full = ok(await stack(dir, ["deploy", "--auto-approve", "--outputs-file", "out.json", "--outputs-file-include-sensitive-outputs"]));
    expect(all(full)).not.toContain("s3cr3t-of-alpha");
    expect(JSON.parse(fs.readFileSync(path.join(dir, "out.json"), "utf8"))).toEqual({ alpha: { greeting: "hello from alpha", secret: "s3cr3t-of-alpha" } });
    expect(fs.statSync(path.join(dir, "out.json")).mode & 0o777).toBe(0o600);
  });

  test("stack selection: several stacks need a name or a pattern; only the named ones are acted on", async () => {
    const dir = project();
    const env = { STACKS: "alpha,beta" };
    const none = await stack(dir, ["deploy", "--auto-approve"], { env });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("error: the app has 2 stacks (alpha, beta): name the ones to act on, or '*' for all");
    const wrong = await stack(dir, ["diff", "gamma"], { env });
    expect([wrong.code, wrong.stderr.split("\n").find((l) => l.startsWith("error"))]).toEqual([2, 'error: no stack "gamma" in the app; its stacks: alpha, beta']);

    ok(await stack(dir, ["deploy", "beta", "--auto-approve", "--outputs-file", "out.json"], { env }));
    expect(JSON.parse(fs.readFileSync(path.join(dir, "out.json"), "utf8"))).toEqual({ beta: { greeting: "hello from beta" } });
    expect(fs.existsSync(path.join(dir, "terraform.alpha.tfstate"))).toBe(false);

    const both = ok(await stack(dir, ["deploy", "*", "--auto-approve", "--outputs-file", "out.json"], { env }));
    expect(both.stderr.match(/\[deploy\] \w+: deployed/g)).toEqual(["[deploy] alpha: deployed", "[deploy] beta: deployed"]);
    expect(Object.keys(JSON.parse(fs.readFileSync(path.join(dir, "out.json"), "utf8")))).toEqual(["alpha", "beta"]);
    const destroyed = ok(await stack(dir, ["destroy", "*", "--auto-approve"], { env }));
    expect(destroyed.stderr.match(/\[destroy\] \w+: destroyed/g)).toEqual(["[destroy] beta: destroyed", "[destroy] alpha: destroyed"]);
  });

  test("terraform init runs the first time and when the providers change, not otherwise", async () => {
    const dir = project();
    const first = ok(await stack(dir, ["diff"]));
    expect(first.stderr).toContain("[diff] alpha: terraform init (first run in this directory) ...");
    const again = ok(await stack(dir, ["diff"]));
    expect(again.stderr).toContain("[diff] alpha: terraform init not needed");
    const withNull = ok(await stack(dir, ["diff"], { env: { WITH_NULL: "1" } }));
    expect(withNull.stderr).toContain("[diff] alpha: terraform init (providers, versions, backend or Terraform changed) ...");
    expect(fs.readFileSync(path.join(dir, "cdktf.out/stacks/alpha/.terraform.lock.hcl"), "utf8")).toContain('provider "registry.terraform.io/hashicorp/null"');
    const same = ok(await stack(dir, ["diff"], { env: { WITH_NULL: "1" } }));
    expect(same.stderr).toContain("[diff] alpha: terraform init not needed");
  });

  test("a changed backend runs terraform init, which asks for --migrate-state; with it the state moves", async () => {
    const dir = project();
    ok(await stack(dir, ["deploy", "--auto-approve"]));
    const env = { STATE_FILE: path.join(dir, "moved.tfstate") };
    const refused = await stack(dir, ["diff", "--no-color"], { env });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain("[diff] alpha: terraform init (providers, versions, backend or Terraform changed) ...");
    expect(refused.stderr).toMatch(/Backend configuration changed/);
    expect(refused.stderr).toContain("-migrate-state");
    expect(refused.stderr).toContain("[diff] error: alpha: terraform init failed");
    const moved = ok(await stack(dir, ["diff", "--migrate-state", "--no-color"], { env }));
    expect(moved.stdout).toContain("No changes.");
    expect(JSON.parse(fs.readFileSync(env.STATE_FILE, "utf8")).outputs.greeting.value).toBe("hello from alpha");
    expect(ok(await stack(dir, ["diff"], { env })).stderr).toContain("terraform init not needed");
  });

  test("never a stale synthesis: a failing app, or one that writes nothing, leaves no cdk.tf.json to act on", async () => {
    const dir = project();
    ok(await stack(dir, ["synth"]));
    const tfJson = path.join(dir, "cdktf.out/stacks/alpha/cdk.tf.json");
    expect(fs.existsSync(tfJson)).toBe(true);

    const failed = await stack(dir, ["deploy", "--auto-approve"], { env: { FAIL: "1" } });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain("error: the app failed on purpose");
    expect(failed.stderr).toContain('[deploy] error: synth failed (the app "node app.js" exited 3): nothing was planned, applied or destroyed');
    expect(fs.existsSync(tfJson)).toBe(false);

    ok(await stack(dir, ["synth"]));
    const silent = await stack(dir, ["diff"], { env: { NO_SYNTH: "1" } });
    expect(silent.code).toBe(1);
    expect(silent.stderr).toContain('[diff] error: synth failed: the app "node app.js" wrote no cdktf.out/manifest.json (does it call app.synth()?)');
    expect(fs.existsSync(tfJson)).toBe(false);
    expect(fs.existsSync(path.join(dir, "terraform.alpha.tfstate"))).toBe(false);
  });

  test("the toolchain's TERRAFORM_BINARY_NAME is the Terraform it runs (OpenTofu works the same way); KEGW_USE_REGISTRY=1 ignores the toolchain", async () => {
    const dir = project();
    const log = path.join(dir, "calls.log");
    const wrapper = path.join(dir, "my-terraform");
    fs.writeFileSync(wrapper, `#!/bin/sh\necho "$1 config=\${TF_CLI_CONFIG_FILE:-none}" >> ${log}\nexec ${tfEnv!.TERRAFORM_BINARY_NAME} "$@"\n`, { mode: 0o755 });
    const cache = path.join(dir, "cache");
    fs.mkdirSync(cache);
    fs.writeFileSync(path.join(cache, "env"), `TERRAFORM_BINARY_NAME=${wrapper}\nTF_CLI_CONFIG_FILE=${tfEnv!.TF_CLI_CONFIG_FILE}\nKEGW_MISSING_PROVIDERS=''\n`);
    ok(await stack(dir, ["diff"], { env: { KEGW_CACHE: cache, KEGW_USE_REGISTRY: "" } }));
    expect(fs.readFileSync(log, "utf8").trim().split("\n")).toEqual([`init config=${tfEnv!.TF_CLI_CONFIG_FILE}`, `plan config=${tfEnv!.TF_CLI_CONFIG_FILE}`]);

    fs.rmSync(log);
    // The user's own: no toolchain config (the CLI config the machine sets, here none), their TERRAFORM_BINARY_NAME.
    ok(await stack(dir, ["diff"], { env: { KEGW_USE_REGISTRY: "1", TERRAFORM_BINARY_NAME: wrapper, TF_CLI_CONFIG_FILE: "" } }));
    expect(fs.readFileSync(log, "utf8").trim().split("\n")).toEqual(["init config=none", "plan config=none"]);
  });

  test("no toolchain and a provider Terraform cannot install: init's own error, then one line saying where providers come from", async () => {
    const dir = project();
    const env = { KEGW_CACHE: scratchDir("no-toolchain"), KEGW_USE_REGISTRY: "", TF_CLI_CONFIG_FILE: "", TERRAFORM_BINARY_NAME: tfEnv!.TERRAFORM_BINARY_NAME };
    const r = await stack(dir, ["diff"], { env: { ...env, WITH_PROVIDER: "registry.invalid/acme/none" } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("registry.invalid/acme/none");
    expect(r.stderr.trimEnd().split("\n").pop()).toBe(
      "[diff] error: alpha: terraform init failed (exit 1); no toolchain found (the providers come from its mirror): run npm run toolchain, or set KEGW_USE_REGISTRY=1 to use your own Terraform setup",
    );
    // with KEGW_USE_REGISTRY=1 the user's own setup was asked for: Terraform's error alone
    const own = await stack(dir, ["diff"], { env: { ...env, KEGW_USE_REGISTRY: "1", WITH_PROVIDER: "registry.invalid/acme/none" } });
    expect(own.stderr.trimEnd().split("\n").pop()).toBe("[diff] error: alpha: terraform init failed (exit 1)");
  });

  test("bad arguments: one line and the usage, exit 2; Terraform's own exit codes otherwise", async () => {
    const dir = project();
    const bad = await stack(dir, ["diff", "--auto-approve"]);
    expect([bad.code, bad.stderr.split("\n")[0]]).toEqual([2, "error: --auto-approve is for deploy/destroy, not diff"]);
    expect(bad.stderr).toContain("usage: npm run <synth|diff|deploy|destroy> -- [stack ...] [options]");
    const unknown = await stack(dir, ["deploy", "--yes"]);
    expect([unknown.code, unknown.stderr.split("\n")[0]]).toEqual([2, "error: Unknown option '--yes'"]);
    const changes = await stack(dir, ["diff", "--", "-detailed-exitcode"]);
    expect(changes.code).toBe(2);
  });
});

describe("fast path: a synthesis is reused only when everything it was made from is unchanged", () => {
  const synthLine = (r: Run) => r.stderr.split("\n").find((l) => l.startsWith("[synth] synth")) ?? `(none in: ${all(r)})`;
  const REUSED = /^\[synth\] synthesis of alpha reused: the app's code, settings and inputs are unchanged/;
  const tfJson = (dir: string) => fs.readFileSync(path.join(dir, "cdktf.out/stacks/alpha/cdk.tf.json"), "utf8");

  test("the same app, settings and files: reused; a setting the app reads, a file it reads, its code: synthesized again", async () => {
    const dir = project(LIGHT_APP);
    const input = path.join(dir, "input.txt");
    fs.writeFileSync(input, "one");
    const env = { READ_FILE: input };
    expect(synthLine(ok(await stack(dir, ["synth"], { env })))).toMatch(/^\[synth\] synthesized alpha in \d+\.\d s$/);
    const first = tfJson(dir);
    expect(first).toContain('"value": "one"');
    // nothing changed, or only a variable the app never reads
    expect(synthLine(ok(await stack(dir, ["synth"], { env })))).toMatch(REUSED);
    expect(synthLine(ok(await stack(dir, ["synth"], { env: { ...env, UNRELATED: "x" } })))).toMatch(REUSED);
    expect(tfJson(dir)).toBe(first);
    // a variable it reads
    const suffixed = ok(await stack(dir, ["synth"], { env: { ...env, GREETING_SUFFIX: "!" } }));
    expect(synthLine(suffixed)).toMatch(/^\[synth\] synthesized alpha in \d+\.\d s \(ran: GREETING_SUFFIX changed\)$/);
    expect(tfJson(dir)).toContain("hello from alpha!");
    // a file it reads (same length, so only the content and times differ)
    fs.writeFileSync(input, "two");
    expect(synthLine(ok(await stack(dir, ["synth"], { env: { ...env, GREETING_SUFFIX: "!" } })))).toMatch(/\(ran: input\.txt changed\)$/);
    expect(tfJson(dir)).toContain('"value": "two"');
    // its code
    fs.appendFileSync(path.join(dir, "app.js"), "\n// edited\n");
    expect(synthLine(ok(await stack(dir, ["synth"], { env: { ...env, GREETING_SUFFIX: "!" } })))).toMatch(/\(ran: app\.js changed\)$/);
    // --fresh-synth runs the app whatever the record says
    expect(synthLine(ok(await stack(dir, ["synth", "--fresh-synth"], { env: { ...env, GREETING_SUFFIX: "!" } })))).toMatch(/\(ran: --fresh-synth\)$/);
  });

  test("a synthesized file changed or removed since: synthesized again, and the file is what the app makes", async () => {
    const dir = project(LIGHT_APP);
    ok(await stack(dir, ["synth"]));
    const made = tfJson(dir);
    fs.writeFileSync(path.join(dir, "cdktf.out/stacks/alpha/cdk.tf.json"), made.replace("hello from alpha", "hello from elsewhere"));
    expect(synthLine(ok(await stack(dir, ["synth"])))).toMatch(/\(ran: stacks\/alpha\/cdk\.tf\.json was changed or removed\)$/);
    expect(tfJson(dir)).toBe(made);
    fs.rmSync(path.join(dir, "cdktf.out/manifest.json"));
    expect(synthLine(ok(await stack(dir, ["synth"])))).toMatch(/\(ran: manifest\.json was changed or removed\)$/);
  });

  test("an app that starts a process is never reused; its children do not load the recorder", async () => {
    const dir = project(LIGHT_APP);
    const first = ok(await stack(dir, ["synth"], { env: { SPAWN: "1", NODE_OPTIONS: "--no-warnings" } }));
    expect(first.stdout).toContain("child NODE_OPTIONS=--no-warnings\n");
    expect(synthLine(first)).toMatch(/\(not kept for reuse: the app started a process\)$/);
    expect(synthLine(ok(await stack(dir, ["synth"], { env: { SPAWN: "1", NODE_OPTIONS: "--no-warnings" } })))).toMatch(/^\[synth\] synthesized alpha in \d+\.\d s \(not kept/);
  });

  test("a failing app leaves no record: the next run synthesizes; the record holds digests of variables, never values", async () => {
    const dir = project(LIGHT_APP);
    const sentinel = "kegw-sentinel-token-3f9a";
    ok(await stack(dir, ["synth"], { env: { SECRET_TOKEN: sentinel } }));
    const record = fs.readFileSync(path.join(dir, "cdktf.out/.kegw-synth.json"), "utf8");
    expect(record).not.toContain(sentinel);
    expect(JSON.parse(record).env.SECRET_TOKEN).toMatch(/^[0-9a-f]{64}$/);
    const failed = await stack(dir, ["synth"], { env: { SECRET_TOKEN: sentinel, FAIL: "1" } });
    expect(failed.code).toBe(1);
    expect(fs.existsSync(path.join(dir, "cdktf.out/.kegw-synth.json"))).toBe(false);
    expect(fs.existsSync(path.join(dir, "cdktf.out/stacks/alpha/cdk.tf.json"))).toBe(false);
    expect(synthLine(ok(await stack(dir, ["synth"], { env: { SECRET_TOKEN: sentinel } })))).toMatch(/^\[synth\] synthesized alpha in \d+\.\d s$/);
  });

  test("an app command of several node processes: each one's inputs count; a recursive listing is never reused", async () => {
    const dir = project(LIGHT_APP);
    const input = path.join(dir, "pre-input.txt");
    fs.writeFileSync(input, "a");
    // a first process that reads a file and exits before anything creates cdktf.out
    fs.writeFileSync(path.join(dir, "pre.js"), `require("node:fs").readFileSync(${JSON.stringify(input)}, "utf8");\n`);
    fs.writeFileSync(path.join(dir, "cdktf.json"), JSON.stringify({ language: "typescript", app: "node pre.js && node app.js", context: {} }));
    expect(synthLine(ok(await stack(dir, ["synth"])))).toMatch(/^\[synth\] synthesized alpha in \d+\.\d s$/);
    expect(synthLine(ok(await stack(dir, ["synth"])))).toMatch(REUSED);
    fs.writeFileSync(input, "b");
    expect(synthLine(ok(await stack(dir, ["synth"])))).toMatch(/\(ran: pre-input\.txt changed\)$/);
    const tree = ok(await stack(dir, ["synth"], { env: { LIST_TREE: dir } }));
    expect(synthLine(tree)).toMatch(/\(ran: LIST_TREE changed; not kept for reuse: the app listed a directory recursively\)$/);
  });

  test("main.ts in lookup mode: the Kong Identity context file it reads decides, as its settings do", async () => {
    const out = scratchDir("kegw-fast-main");
    const cache = path.join(out, "kong-identity.context.json");
    const request: KongIdentityLookupRequest = { region: "us", authServer: { name: "Kafka Dev" }, clients: { producer: { name: "producer" }, reader: { name: "reader" } } };
    const context = (readerId: string) => {
      const result = { authServer: { id: "as-1", name: "Kafka Dev", issuer: "https://i/auth", audience: "a", jwksUri: "https://i/auth/.well-known/jwks" }, clients: { producer: { id: "p-1", name: "producer" }, reader: { id: readerId, name: "reader" } } };
      writeLookupContext(cache, request, result);
    };
    const env = { KEGW_IDENTITY: "lookup", KEGW_IDENTITY_CACHE: cache };
    const args = ["synth", "--output", path.join(out, "cdktf.out")];
    const line = (r: Run) => r.stderr.split("\n").find((l) => l.startsWith("[synth] synth")) ?? all(r);
    const json = () => fs.readFileSync(path.join(out, "cdktf.out/stacks/event-gateway/cdk.tf.json"), "utf8");
    context("r-1");
    ok(await stack(ROOT, args, { env }));
    expect(json()).toContain('"r-1"');
    expect(line(ok(await stack(ROOT, args, { env })))).toMatch(/^\[synth\] synthesis of event-gateway reused/);
    context("r-2");
    expect(line(ok(await stack(ROOT, args, { env })))).toMatch(/\(ran: .*kong-identity\.context\.json changed\)$/);
    expect(json()).toContain('"r-2"');
    expect(json()).not.toContain('"r-1"');
  });
});
