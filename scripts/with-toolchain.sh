#!/usr/bin/env bash
# Runs a command with the toolchain's Terraform binary and CLI config (see scripts/toolchain.sh), when the toolchain
# has run. Set KEGW_USE_REGISTRY=1 to use your own terraform and the Terraform registry instead, KEGW_TERRAFORM_BINARY
# to use another Terraform CLI (OpenTofu) with the toolchain's providers.
set -euo pipefail
export CHECKPOINT_DISABLE=1
. "${0%/*}/cache.sh"
env_file="$CACHE/env"
if [ -z "${KEGW_USE_REGISTRY:-}" ] && [ -f "$env_file" ]; then
  set -a; . "$env_file"; set +a
  [ -z "${KEGW_TERRAFORM_BINARY:-}" ] || export TERRAFORM_BINARY_NAME="$KEGW_TERRAFORM_BINARY"
  export KEGW_TOOLCHAIN_LOADED=1
elif [ -n "${TF_CLI_CONFIG_FILE:-}" ] && [ ! -f "$TF_CLI_CONFIG_FILE" ]; then
  unset TF_CLI_CONFIG_FILE # a config file that does not exist only makes Terraform print warnings
fi
exec "$@"
