// Runs the real Terraform CLI (or OpenTofu) with the toolchain's providers on synthesized stacks.
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { promisify } from "node:util";
import { Testing, TerraformStack } from "cdktf";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readToolchainEnv } = require("../../scripts/toolchain-env");
import { scratchDir } from "./scratch";

const run = promisify(execFile);

export const tfEnv: NodeJS.ProcessEnv | undefined = readToolchainEnv();

/** Why Terraform tests cannot run here, or undefined when they can. */
export function terraformUnavailable(): string | undefined {
  if (!tfEnv) return "the toolchain has not run (npm run toolchain)";
  if (tfEnv.KEGW_MISSING_PROVIDERS) return `provider(s) not in the mirror: ${tfEnv.KEGW_MISSING_PROVIDERS} (see npm run toolchain)`;
  return undefined;
}

/** `describe` when Terraform and the providers are available, else a skipped block whose name says why. */
export function describeWithTerraform(name: string, fn: () => void): void {
  const why = terraformUnavailable();
  if (why) describe.skip(`${name} [SKIPPED: ${why}]`, fn);
  else describe(name, fn);
}

/** Synthesizes a stack the way `cdktf synth` does and returns its cdk.tf.json directory. */
export function synthStackDir(stack: TerraformStack): string {
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

/** Copies a synthesized stack to a scratch directory and runs `terraform init` (no backend) + `validate -json`. */
export async function initAndValidate(stackDir: string): Promise<{ valid: boolean; diagnostics: unknown[]; dir: string }> {
  const dir = scratchDir("tf");
  fs.copyFileSync(path.join(stackDir, "cdk.tf.json"), path.join(dir, "cdk.tf.json"));
  const init = await terraform(dir, ["init", "-backend=false", "-input=false", "-no-color"]);
  if (init.code !== 0) throw new Error(`terraform init failed:\n${init.stderr}\n${init.stdout}`);
  const v = await terraform(dir, ["validate", "-json", "-no-color"]);
  const out = JSON.parse(v.stdout) as { valid: boolean; diagnostics: unknown[] };
  return { ...out, dir };
}
