// Under `npm run test:tofu` (KEGW_TERRAFORM_BINARY set to the toolchain's OpenTofu build), the Terraform CLI every
// Terraform test and deployment runs is OpenTofu; and a stack Terraform deployed moves to OpenTofu as it is.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { startStandin } from "../standin";
import { Deployment } from "../standin/deployment";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readToolchainEnv } = require("../scripts/toolchain-env");
import { describeWithTerraform, tfEnv } from "./support/terraform";

const tofu = process.env.KEGW_TERRAFORM_BINARY;
const underTofu = tofu ? describeWithTerraform : describe.skip;

/** The toolchain's own Terraform CLI (what KEGW_TERRAFORM_BINARY replaces). */
function toolchainTerraform(): string {
  const saved = process.env.KEGW_TERRAFORM_BINARY;
  delete process.env.KEGW_TERRAFORM_BINARY;
  try {
    return readToolchainEnv().TERRAFORM_BINARY_NAME;
  } finally {
    process.env.KEGW_TERRAFORM_BINARY = saved;
  }
}

/** Runs f with the deployments' Terraform CLI set to bin. */
async function withCli<T>(bin: string, f: () => Promise<T>): Promise<T> {
  const saved = process.env.KEGW_TERRAFORM_BINARY;
  process.env.KEGW_TERRAFORM_BINARY = bin;
  try {
    return await f();
  } finally {
    process.env.KEGW_TERRAFORM_BINARY = saved;
  }
}

underTofu(`OpenTofu as the Terraform CLI${tofu ? "" : " [runs in npm run test:tofu]"}`, () => {
  test("the toolchain's environment names OpenTofu v1.10.6, for the tests and for cdktf (TERRAFORM_BINARY_NAME)", () => {
    expect(tfEnv!.TERRAFORM_BINARY_NAME).toBe(tofu);
    expect(path.basename(tofu!)).toBe("tofu");
    expect(execFileSync(tofu!, ["version"], { env: tfEnv }).toString()).toMatch(/^OpenTofu v1\.10\.6\n/);
  });

  const terraform = tofu ? toolchainTerraform() : "";
  const fromTerraform = path.basename(terraform).startsWith("terraform") ? test : test.skip;
  fromTerraform(`main.ts deployed with Terraform (${path.basename(terraform)}) plans no changes with OpenTofu, which then destroys it`, async () => {
    const standin = await startStandin();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kegw-move-tofu-"));
    try {
      const d = new Deployment({ dir, serverUrl: standin.url, token: standin.token });
      const deployed = await withCli(terraform, () => d.deploy());
      if (deployed.code !== 0) throw new Error(deployed.output);
      expect(standin.objects()).toHaveLength(12);
      const state = JSON.parse(fs.readFileSync(path.join(dir, "terraform.event-gateway.tfstate"), "utf8"));
      expect(state.terraform_version).toBe(execFileSync(terraform, ["version", "-json"], { env: tfEnv }).toString().match(/"terraform_version": *"([^"]+)"/)![1]);
      const diff = await withCli(tofu!, () => d.diff());
      expect([diff.code, diff.output]).toEqual([0, expect.stringContaining("No changes.")]);
      const destroyed = await withCli(tofu!, () => d.destroy());
      if (destroyed.code !== 0) throw new Error(destroyed.output);
      expect(standin.objects()).toEqual([]);
    } finally {
      await standin.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
