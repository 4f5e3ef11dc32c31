// Runs the project's app (scripts/app.js, which runs dist/main.js) in a working directory of its own, pointed at a
// Konnect API URL, through the fast path users run (`npm run deploy|diff|destroy`: scripts/stack.js) or the real
// cdktf CLI (`npx cdktf deploy|diff|destroy`): what the sandbox and the end-to-end tests use. The working directory
// holds cdktf.json, cdktf.out, the local state and the outputs file, so nothing touches the project's own state.
// On CDK Terrain (`cdk: "cdktn"`), the app is the same main.ts compiled against the second manifest (cdktn/dist, made
// by `npm run cdktn`) and the CLI is cdktn-cli, both on the Node.js 22 the second manifest brings.
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

/** The project root: the nearest directory above this file (source or dist/) with the package.json. */
export function projectRoot(from = __dirname): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, "cdktf.json"))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`no cdktf.json above ${from}`);
    dir = up;
  }
  return dir;
}

const ROOT = projectRoot();
const FAST = path.join(ROOT, "scripts", "stack.js");

/** The CDK a deployment runs on: cdktf 0.21 (the main manifest) or CDK Terrain 0.24 (the second manifest, cdktn/). */
export type Cdk = "cdktf" | "cdktn";
const TN = path.join(ROOT, "cdktn", "node_modules");
const CDKS: Record<Cdk, { node: string; cli: string; app: string }> = {
  cdktf: {
    node: process.execPath,
    cli: path.join(ROOT, "node_modules", "cdktf-cli", "bundle", "bin", "cdktf"),
    app: path.join(ROOT, "scripts", "app.js"),
  },
  cdktn: {
    node: path.join(TN, "node", "bin", "node"),
    cli: path.join(TN, "cdktf-cli", "bundle", "bin", "cdktn.js"),
    app: path.join(ROOT, "cdktn", "dist", "main.js"),
  },
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readToolchainEnv } = require(path.join(ROOT, "scripts", "toolchain-env.js"));

export interface CdktfResult {
  readonly code: number;
  readonly output: string;
  readonly ms: number;
}

export interface DeploymentOptions {
  /** The working directory (created; cdktf.json written into it). */
  readonly dir: string;
  /** Konnect API URL (the provider's server_url). */
  readonly serverUrl: string;
  /** The Konnect token, passed to the provider through the environment only. */
  readonly token: string;
  /** Settings of app/config.ts, as environment variables. */
  readonly env?: NodeJS.ProcessEnv;
  /** `fast` (default): scripts/stack.js, what `npm run deploy` runs; `cdktf`: the cdktf CLI (cdktn-cli on cdktn). */
  readonly cli?: "fast" | "cdktf";
  /** @default "cdktf" */
  readonly cdk?: Cdk;
}

export class Deployment {
  public readonly outputsFile: string;
  private readonly cdk: { node: string; cli: string; app: string };

  /**
   * Why the toolchain cannot deploy here (a provider missing from its mirror and no registry access asked for), or
   * undefined when it can.
   */
  public static unavailable(): string | undefined {
    if (process.env.KEGW_USE_REGISTRY) return undefined;
    const tool = readToolchainEnv();
    if (!tool) return "the toolchain has not run: run 'npm run toolchain' (or set KEGW_USE_REGISTRY=1 to download providers)";
    if (tool.KEGW_MISSING_PROVIDERS) {
      return `provider(s) ${tool.KEGW_MISSING_PROVIDERS} not in the toolchain's mirror (see README, Toolchain), or set KEGW_USE_REGISTRY=1 to download them`;
    }
    return undefined;
  }

  constructor(private readonly opts: DeploymentOptions) {
    // owner-only: the local state and the outputs file in it hold client secrets
    fs.mkdirSync(opts.dir, { recursive: true, mode: 0o700 });
    fs.chmodSync(opts.dir, 0o700);
    this.cdk = CDKS[opts.cdk ?? "cdktf"];
    const app = `node ${JSON.stringify(this.cdk.app)}`;
    fs.writeFileSync(
      path.join(opts.dir, "cdktf.json"),
      JSON.stringify({ language: "typescript", app, sendCrashReports: "false", terraformProviders: [], context: {} }, null, 2) + "\n",
    );
    this.outputsFile = path.join(opts.dir, "outputs.json");
  }

  public deploy(extraEnv: NodeJS.ProcessEnv = {}): Promise<CdktfResult> {
    return this.run(["deploy", "--auto-approve", "--outputs-file", this.outputsFile, "--outputs-file-include-sensitive-outputs"], extraEnv);
  }

  public diff(extraEnv: NodeJS.ProcessEnv = {}): Promise<CdktfResult> {
    return this.run(["diff"], extraEnv);
  }

  public destroy(extraEnv: NodeJS.ProcessEnv = {}): Promise<CdktfResult> {
    return this.run(["destroy", "--auto-approve"], extraEnv);
  }

  /** Runs the chosen CLI with these arguments in the working directory. */
  public run(args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<CdktfResult> {
    return this.opts.cli === "cdktf" ? this.cdktf(args, extraEnv) : this.spawn(FAST, args, extraEnv);
  }

  /** The synthesized stack (cdk.tf.json) of the last deploy. */
  public synthesized(): unknown {
    const stacks = path.join(this.opts.dir, "cdktf.out", "stacks");
    const names = fs.existsSync(stacks) ? fs.readdirSync(stacks) : [];
    if (names.length !== 1) throw new Error(`expected one synthesized stack in ${stacks}, found ${names.length}`);
    return JSON.parse(fs.readFileSync(path.join(stacks, names[0], "cdk.tf.json"), "utf8"));
  }

  /** The stack's outputs from the last deploy. */
  public outputs(): Record<string, string> {
    const all = JSON.parse(fs.readFileSync(this.outputsFile, "utf8")) as Record<string, Record<string, string>>;
    const stacks = Object.values(all);
    if (stacks.length !== 1) throw new Error(`expected one stack in ${this.outputsFile}`);
    return stacks[0];
  }

  private cdktf(args: string[], extraEnv: NodeJS.ProcessEnv): Promise<CdktfResult> {
    const tool = process.env.KEGW_USE_REGISTRY ? undefined : readToolchainEnv();
    // With the toolchain's offline mirror, `terraform providers lock` would ask the registry (see scripts/cdktf.sh).
    const lock = tool && args[0] !== "synth" ? ["--skip-provider-lock"] : [];
    return this.spawn(this.cdk.cli, [...args, ...lock], extraEnv, tool);
  }

  /** Runs node <script> in the working directory; the environment: base (default process.env), settings, extraEnv. */
  private spawn(script: string, args: string[], extraEnv: NodeJS.ProcessEnv, base: NodeJS.ProcessEnv = process.env): Promise<CdktfResult> {
    const env: NodeJS.ProcessEnv = {
      ...base,
      ...this.opts.env,
      ...extraEnv,
      KONNECT_SERVER_URL: this.opts.serverUrl,
      KONNECT_TOKEN: this.opts.token,
      CHECKPOINT_DISABLE: "1",
      CI: "1",
      FORCE_COLOR: "0",
    };
    // cdktn-cli checks the `node` on PATH, which also runs the app: the same Node.js as the CLI's.
    env.PATH = [path.dirname(this.cdk.node), env.PATH].filter(Boolean).join(path.delimiter);
    const started = Date.now();
    return new Promise((resolve) => {
      const child = spawn(this.cdk.node, [script, ...args], { cwd: this.opts.dir, env, stdio: ["ignore", "pipe", "pipe"] });
      let output = "";
      child.stdout.on("data", (d: Buffer) => (output += d.toString()));
      child.stderr.on("data", (d: Buffer) => (output += d.toString()));
      child.on("close", (code) => resolve({ code: code ?? 1, output: stripAnsi(output), ms: Date.now() - started }));
    });
  }
}

export function stripAnsi(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\u001b\[[0-9;]*[A-Za-z]/g, "");
}
