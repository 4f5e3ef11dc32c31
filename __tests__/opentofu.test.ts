// Under `npm run test:tofu` (KEGW_TERRAFORM_BINARY set to the toolchain's OpenTofu build), the Terraform CLI every
// Terraform test and deployment runs is OpenTofu, with the toolchain's providers from the mirror.
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { describeWithTerraform, tfEnv } from "./support/terraform";

const tofu = process.env.KEGW_TERRAFORM_BINARY;
const underTofu = tofu ? describeWithTerraform : describe.skip;

underTofu(`OpenTofu as the Terraform CLI${tofu ? "" : " [runs in npm run test:tofu]"}`, () => {
  test("the toolchain's environment names OpenTofu v1.10.6, for the tests and for cdktf (TERRAFORM_BINARY_NAME)", () => {
    expect(tfEnv!.TERRAFORM_BINARY_NAME).toBe(tofu);
    expect(path.basename(tofu!)).toBe("tofu");
    expect(execFileSync(tofu!, ["version"], { env: tfEnv }).toString()).toMatch(/^OpenTofu v1\.10\.6\n/);
  });
});
