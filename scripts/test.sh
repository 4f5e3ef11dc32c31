#!/usr/bin/env bash
# npm test: the toolchain (idempotent, cached), a type check of everything including the tests, then jest.
set -euo pipefail
cd "$(dirname "$0")/.."
export CHECKPOINT_DISABLE=1
bash scripts/toolchain.sh
node node_modules/typescript/bin/tsc -p tsconfig.check.json
exec bash scripts/with-toolchain.sh node node_modules/jest/bin/jest.js "$@"
