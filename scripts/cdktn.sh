#!/usr/bin/env bash
# npm run cdktn: the project on CDK Terrain (cdktn) from the same source. Installs the second manifest
# (cdktn/package.json, made from package.json by scripts/cdktn-manifest.js: cdktn, cdktn-cli and friends under their
# cdktf names) into cdktn/node_modules, compiles the generated null bindings (.gen/cdktn) into its
# @cdktf/provider-null, and compiles the project into cdktn/dist, whose nearest node_modules is the second manifest's
# (everything else resolves from the main node_modules). Idempotent: a warm run only runs tsc's incremental build.
set -euo pipefail
cd "$(dirname "$0")/.."
t0=$(date +%s%N)
ms() { echo $(( ($(date +%s%N) - t0) / 1000000 )); }
node scripts/cdktn-manifest.js --check >/dev/null
stamp=cdktn/node_modules/.kegw-installed-lock
if ! cmp -s cdktn/package-lock.json "$stamp"; then
  # cdktn-cli 0.24.0 declares node >= 22.19; it runs on Node 20 here (npm only warns): see README.
  npm ci --prefix cdktn --no-audit --no-fund --loglevel=error
  cp cdktn/package-lock.json "$stamp"
  echo "[cdktn] installed cdktn/package.json ($(ms) ms)"
fi
pkg=cdktn/node_modules/@cdktf/provider-null
mkdir -p "$pkg"
printf '{\n  "name": "@cdktf/provider-null",\n  "version": "0.0.0-generated",\n  "private": true,\n  "description": "hashicorp/null bindings for cdktn, compiled from .gen/cdktn/providers/null by scripts/cdktn.sh",\n  "main": "lib/index.js",\n  "types": "lib/index.d.ts"\n}\n' > "$pkg/package.json"
tsc=node_modules/typescript/bin/tsc
node "$tsc" -p cdktn/tsconfig.null.json
node "$tsc" -b cdktn/tsconfig.json
echo "[cdktn] cdktn/dist ready ($(ms) ms)"
