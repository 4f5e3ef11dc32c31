#!/usr/bin/env bash
# npm run test:tofu: the deploy end to end with OpenTofu instead of Terraform, with the toolchain's providers: cdktf
# deploy, no-change diff, in-place update and destroy of main.ts (__tests__/deploy.test.ts), and all ten resource types
# applied, updated in place, destroyed and the fault cases (__tests__/standin-terraform.test.ts), against the stand-in.
# OpenTofu is built once per machine and cached (scripts/opentofu.sh). Arguments go to jest and replace the suites.
set -euo pipefail
cd "$(dirname "$0")/.."
export CHECKPOINT_DISABLE=1
KEGW_SKIP_KAFKA=1 bash scripts/toolchain.sh
KEGW_TERRAFORM_BINARY=$(bash scripts/opentofu.sh)
export KEGW_TERRAFORM_BINARY
echo "[test:tofu] $("$KEGW_TERRAFORM_BINARY" version | head -n1) ($KEGW_TERRAFORM_BINARY)"
suites=(__tests__/opentofu.test.ts __tests__/deploy.test.ts __tests__/standin-terraform.test.ts)
[ $# -eq 0 ] || suites=("$@")
exec bash scripts/with-toolchain.sh node node_modules/jest/bin/jest.js "${suites[@]}"
