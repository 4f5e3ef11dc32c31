#!/usr/bin/env bash
# Prints the path of the project's OpenTofu CLI, $KEGW_CACHE/bin/tofu, building it from its Go module the first time
# (once per machine: the cold build took 9 min 14 s on 2 cores; later runs reuse it, like the providers). Used by
# scripts/toolchain.sh when no terraform is on PATH, and by `npm run test:tofu`, which runs the deploy tests with
# OpenTofu instead of Terraform. Progress goes to stderr, the path alone to stdout. Exit 3 without Go.
set -euo pipefail
OPENTOFU_MODULE=github.com/opentofu/opentofu
OPENTOFU_VERSION=v1.10.6
. "${0%/*}/cache.sh"
die() { printf '[opentofu] error: %s\n' "$1" >&2; exit "${2:-1}"; }
. "$(dirname "$0")/go-build.sh"

tofu="$CACHE/bin/tofu"
if [ ! -x "$tofu" ]; then
  need_go "OpenTofu" "put an OpenTofu $OPENTOFU_VERSION binary at $tofu yourself (or terraform >= 1.5 on PATH, for the toolchain)"
  mkdir -p "$CACHE/bin"
  t0=$(date +%s)
  echo >&2
  echo "[opentofu] building OpenTofu $OPENTOFU_VERSION from its Go module (about 10 minutes on 2 cores, once) ..." >&2
  # Built beside, then renamed: an interrupted build never leaves a broken $tofu behind.
  # As OpenTofu's release builds do: without version.dev=no it reports itself as v1.10.6-dev.
  msg=$(build_go_module "$OPENTOFU_MODULE" "$OPENTOFU_VERSION" "$tofu.partial" ./cmd/tofu \
    "-s -w -X 'github.com/opentofu/opentofu/version.dev=no'") || die "$msg"
  mv -f "$tofu.partial" "$tofu"
  echo "[opentofu] OpenTofu $OPENTOFU_VERSION built in $(( $(date +%s) - t0 )) s" >&2
fi
echo "$tofu"
