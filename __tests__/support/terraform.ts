// Runs the real Terraform CLI (or OpenTofu) with the toolchain's providers on synthesized stacks.
import { execFile, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { LocalBackend, Testing, TerraformBackend, TerraformStack } from "cdktf";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readToolchainEnv } = require("../../scripts/toolchain-env");
import { scratchDir } from "./scratch";

const run = promisify(execFile);

export const tfEnv: NodeJS.ProcessEnv | undefined = readToolchainEnv();

/** This machine as Terraform names platforms in a provider mirror (linux_amd64, darwin_arm64, ...). */
export const PROVIDER_PLATFORM = `${process.platform}_${process.arch === "x64" ? "amd64" : process.arch}`;

/** Why Terraform tests cannot run here, or undefined when they can. */
export function terraformUnavailable(): string | undefined {
  if (!tfEnv) return "the toolchain has not run (npm run toolchain)";
  if (tfEnv.KEGW_MISSING_PROVIDERS) return `provider(s) not in the mirror: ${tfEnv.KEGW_MISSING_PROVIDERS} (see npm run toolchain)`;
  return undefined;
}

/** The Terraform CLI the tests run: terraform, or tofu under `npm run test:tofu`. */
export function terraformName(): string {
  return path.basename(tfEnv?.TERRAFORM_BINARY_NAME ?? "terraform");
}

/** `describe` when Terraform and the providers are available, else a skipped block whose name says why. */
export function describeWithTerraform(name: string, fn: () => void): void {
  const why = terraformUnavailable();
  if (why) describe.skip(`${name} [SKIPPED: ${why}]`, fn);
  else describe(name, fn);
}

/**
 * Synthesizes a stack the way `cdktf synth` does and returns its cdk.tf.json directory. A stack without a backend gets
 * a local one with its state in Terraform's working directory: cdktn's Testing.fullSynth adds the implicit local
 * backend (state under the process's working directory) where cdktf 0.21's adds none, and this keeps both the same.
 */
export function synthStackDir(stack: TerraformStack): string {
  if (!stack.node.findAll().some((c) => TerraformBackend.isBackend(c))) new LocalBackend(stack, { path: "terraform.tfstate" });
  const outdir = Testing.fullSynth(stack);
  return path.join(outdir, "stacks", stack.node.id);
}

export interface TfResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the Terraform binary in dir; never throws on a non-zero exit. */
export async function terraform(dir: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<TfResult> {
  if (!tfEnv) throw new Error("toolchain has not run");
  try {
    const { stdout, stderr } = await run(tfEnv.TERRAFORM_BINARY_NAME!, args, {
      cwd: dir,
      env: { ...tfEnv, ...extraEnv, TF_IN_AUTOMATION: "1" },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof err.code === "number" ? err.code : 1, stdout: err.stdout ?? "", stderr: err.stderr ?? String(e) };
  }
}

/**
 * One `terraform init` per set of required providers (and local backend) per test run, shared by every validate: workers
 * and test files reuse its .terraform (symlinked) and lock file instead of running init again. The first caller
 * creates the directory (mkdir is atomic across jest workers); the others wait for it to be ready.
 */
async function sharedInit(requiredProviders: unknown, backend: Record<string, unknown> | undefined): Promise<string> {
  // A local backend (synthStackDir gives one to stacks without a backend) is initialized too, so plan can run in the
  // validated directory; its state path is relative, so each directory keeps its own state. Other backends are not.
  const local = backend !== undefined && Object.keys(backend).join() === "local";
  const key = createHash("sha256").update(JSON.stringify([requiredProviders ?? {}, local ? backend : {}])).digest("hex").slice(0, 16);
  const root = path.join(process.env.KEGW_TEST_TMP ?? os.tmpdir(), "tf-init");
  const dir = path.join(root, key);
  fs.mkdirSync(root, { recursive: true });
  const ready = path.join(dir, "ready");
  const failed = path.join(dir, "failed");
  try {
    fs.mkdirSync(dir);
  } catch {
    for (const deadline = Date.now() + 180_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 50))) {
      if (fs.existsSync(ready)) return dir;
      if (fs.existsSync(failed)) throw new Error(fs.readFileSync(failed, "utf8"));
    }
    throw new Error(`the shared terraform init in ${dir} did not finish`);
  }
  fs.writeFileSync(path.join(dir, "main.tf.json"), JSON.stringify({ terraform: { required_providers: requiredProviders ?? {}, ...(local ? { backend } : {}) } }));
  const init = await terraform(dir, ["init", ...(local ? [] : ["-backend=false"]), "-input=false", "-no-color"]);
  if (init.code !== 0) {
    const msg = `terraform init failed:\n${init.stderr}\n${init.stdout}`;
    fs.writeFileSync(failed, msg);
    throw new Error(msg);
  }
  fs.writeFileSync(ready, "");
  return dir;
}

/**
 * Copies a synthesized stack to a scratch directory, initialized through the shared init of its providers (and of
 * its backend when local), and runs `terraform validate -json`.
 */
export async function initAndValidate(stackDir: string): Promise<{ valid: boolean; diagnostics: unknown[]; dir: string }> {
  const dir = scratchDir("tf");
  const text = fs.readFileSync(path.join(stackDir, "cdk.tf.json"), "utf8");
  fs.writeFileSync(path.join(dir, "cdk.tf.json"), text);
  const init = await sharedInit(JSON.parse(text).terraform?.required_providers, JSON.parse(text).terraform?.backend);
  if (fs.existsSync(path.join(init, ".terraform"))) fs.symlinkSync(path.join(init, ".terraform"), path.join(dir, ".terraform"));
  if (fs.existsSync(path.join(init, ".terraform.lock.hcl"))) fs.copyFileSync(path.join(init, ".terraform.lock.hcl"), path.join(dir, ".terraform.lock.hcl"));
  const v = await terraform(dir, ["validate", "-json", "-no-color"]);
  const out = JSON.parse(v.stdout) as { valid: boolean; diagnostics: unknown[] };
  return { ...out, dir };
}


/**
 * One konnect-beta provider process serving every Terraform run of a working directory, through Terraform's
 * TF_REATTACH_PROVIDERS, for the suites that run Terraform many times on one stack: each plan, apply or destroy would
 * otherwise start the provider (and load its schema) two or three times. It is the mirror's binary, the one Terraform
 * would start, in its debug mode (`-debug`). It reads its environment (KONNECT_TOKEN, ...) once, when it starts, where
 * a provider Terraform starts gets each run's. Installing providers and the lock file are left to the other suites:
 * `terraform init` does not install a reattached provider. Undefined when the mirror has no binary for this platform.
 */
export async function startSharedProvider(version: string, env: NodeJS.ProcessEnv): Promise<SharedProvider | undefined> {
  const mirror = tfEnv?.KEGW_PROVIDER_MIRROR;
  const bin = mirror && path.join(mirror, "registry.terraform.io/kong/konnect-beta", version, PROVIDER_PLATFORM, `terraform-provider-konnect-beta_v${version}`);
  if (!bin || !fs.existsSync(bin)) return undefined;
  const child = spawn("bash", ["-c", PROVIDER_WATCHDOG, "provider-watchdog", String(process.pid), bin, "-debug"], {
    env: { ...tfEnv, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // The watchdog stops the provider (SIGINT, which its debug server handles) on SIGTERM, or when this process is gone.
  const kill = () => child.kill("SIGTERM");
  process.once("exit", kill);
  child.stderr.resume();
  let out = "";
  const reattach = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the provider printed no TF_REATTACH_PROVIDERS within 30 s:\n${out.slice(-2000)}`)), 30_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString("utf8");
      const m = /TF_REATTACH_PROVIDERS='([^']+)'/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      child.stdout.off("data", onData);
      child.stdout.resume(); // the provider logs on: drained, not kept
      resolve(m[1]!);
    };
    child.stdout.on("data", onData);
    child.once("exit", (code) => (clearTimeout(timer), reject(new Error(`the provider exited (${code}) before serving:\n${out.slice(-2000)}`))));
  }).catch((e) => {
    kill();
    process.removeListener("exit", kill);
    throw e;
  });
  // The provider names itself by its Terraform registry address; OpenTofu looks it up by its own registry's.
  const [entry] = Object.values(JSON.parse(reattach) as Record<string, unknown>);
  const address = `${terraformName() === "tofu" ? "registry.opentofu.org" : "registry.terraform.io"}/kong/konnect-beta`;
  return {
    env: { TF_REATTACH_PROVIDERS: JSON.stringify({ [address]: entry }) },
    stop: () => {
      kill();
      process.removeListener("exit", kill);
    },
  };
}

const PROVIDER_WATCHDOG = `
owner=$1; shift
"$@" &
pid=$!
stop() { kill -INT "$pid" 2>/dev/null; for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done; kill -KILL "$pid" 2>/dev/null; }
trap 'stop; exit 0' TERM INT
while kill -0 "$pid" 2>/dev/null; do
  kill -0 "$owner" 2>/dev/null || { stop; exit 1; }
  sleep 1 & wait $!
done
`;

export interface SharedProvider {
  /** What each Terraform run of the working directory needs in its environment. */
  readonly env: NodeJS.ProcessEnv;
  stop(): void;
}

/** The konnect-beta version a synthesized stack in dir requires, if it requires one. */
function konnectBetaVersion(dir: string): string | undefined {
  const json = JSON.parse(fs.readFileSync(path.join(dir, "cdk.tf.json"), "utf8")) as { terraform?: { required_providers?: Record<string, { source?: string; version?: string }> } };
  return Object.values(json.terraform?.required_providers ?? {}).find((p) => /kong\/konnect-beta$/.test(p.source ?? ""))?.version;
}

export interface TerraformSession {
  /** Runs Terraform in dir with the session's provider environment, extraEnv for Terraform itself (TF_VAR_...). */
  run(dir: string, args: string[], extraEnv?: NodeJS.ProcessEnv): Promise<TfResult>;
  stop(): void;
}

/**
 * Terraform runs that share one konnect-beta provider process (startSharedProvider), started at the first run with
 * providerEnv (KONNECT_TOKEN, ...), at the version the first directory's stack requires.
 */
export function terraformSession(providerEnv: NodeJS.ProcessEnv): TerraformSession {
  let provider: Promise<SharedProvider | undefined> | undefined;
  return {
    async run(dir, args, extraEnv = {}) {
      const version = konnectBetaVersion(dir);
      provider ??= version ? startSharedProvider(version, providerEnv) : undefined;
      const shared = await provider;
      return terraform(dir, args, { ...providerEnv, ...extraEnv, ...shared?.env });
    },
    stop: () => void provider?.then(
      (p) => p?.stop(),
      () => undefined,
    ),
  };
}

/** Terraform runs against a stand-in: its token as KONNECT_TOKEN, no other Konnect variable from the machine. */
export function standinSession(token: string): TerraformSession {
  return terraformSession({ KONNECT_TOKEN: token, KONNECT_SPAT: "", KONNECT_SERVER_URL: "" });
}
