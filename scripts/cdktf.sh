#!/usr/bin/env bash
# npm run cdktf -- <synth|diff|deploy|destroy|output> [args]: the cdktf CLI with the toolchain's Terraform and provider
# mirror (scripts/with-toolchain.sh). `npm run synth|diff|deploy|destroy` are the fast path (scripts/stack.js) instead.
# With the offline mirror, deploy/diff/destroy skip `terraform providers lock`, which would ask the Terraform
# registry for checksums; `terraform init` still records the mirror's checksums.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${KEGW_IN_WRAPPER:-}" ]; then
  KEGW_IN_WRAPPER=1 exec bash scripts/with-toolchain.sh bash scripts/cdktf.sh "$@"
fi
cmd=${1:?usage: npm run cdktf -- <synth|diff|deploy|destroy|output> [args]}
shift
extra=()
if [ -n "${KEGW_TOOLCHAIN_LOADED:-}" ] && [[ $cmd =~ ^(deploy|diff|destroy)$ ]]; then extra=(--skip-provider-lock); fi
exec node node_modules/cdktf-cli/bundle/bin/cdktf "$cmd" ${extra[@]+"${extra[@]}"} "$@"
