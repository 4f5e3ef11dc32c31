#!/usr/bin/env bash
# npm run bench:tofu [rounds]: cdktf deploy / diff / destroy of main.ts against the stand-in with OpenTofu vs Terraform
# (scripts/bench-tofu.js).
set -euo pipefail
cd "$(dirname "$0")/.."
export CHECKPOINT_DISABLE=1
KEGW_SKIP_KAFKA=1 bash scripts/toolchain.sh >/dev/null
KEGW_OPENTOFU=$(bash scripts/opentofu.sh)
export KEGW_OPENTOFU
node node_modules/typescript/bin/tsc -b tsconfig.json
exec node scripts/bench-tofu.js "$@"
