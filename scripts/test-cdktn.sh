#!/usr/bin/env bash
# npm run test:cdktn: the construct, synth, `terraform validate` and deploy-on-the-stand-in suites on CDK Terrain
# (cdktn 0.24.0, cdktn-cli 0.24.0) instead of cdktf, from the same source (see README, "Moving to CDK Terrain or
# OpenTofu"). Arguments go to jest and replace the default list of suites.
set -euo pipefail
cd "$(dirname "$0")/.."
export CHECKPOINT_DISABLE=1
KEGW_SKIP_KAFKA=1 bash scripts/toolchain.sh
bash scripts/cdktn.sh
node node_modules/typescript/bin/tsc -p cdktn/tsconfig.check.json
suites=(__tests__/cdktn.test.ts __tests__/constructs __tests__/main-stack.test.ts __tests__/examples.test.ts
  __tests__/foundation.test.ts __tests__/terraform-validate.test.ts __tests__/deploy.test.ts __tests__/standin-terraform.test.ts)
[ $# -eq 0 ] || suites=("$@")
# On the Node.js that cdktn-cli needs (>= 22.19, from the second manifest), for jest and every process it starts.
export PATH="$PWD/cdktn/node_modules/node/bin:$PATH"
KEGW_CDKTN_READY=1 exec bash scripts/with-toolchain.sh node node_modules/jest/bin/jest.js --config jest.cdktn.config.js "${suites[@]}"
