#!/usr/bin/env bash
# Installs what `cdktf synth/deploy` and the tests need on a machine that reaches package registries
# (npm, the Go module proxy, Maven Central) but not the Terraform registry:
#   1. a Terraform CLI: `terraform` >= 1.5 from PATH, else OpenTofu built from its Go module;
#   2. the kong/konnect-beta and hashicorp/null providers, built with Go from their modules at the pinned versions,
#      placed in a filesystem mirror in Terraform's standard layout;
#   3. a CLI config file of the project's own that installs providers from that mirror only;
#   4. Apache Kafka's jars from Maven Central (scripts/kafka.sh), for the client tests' real broker.
# Everything is cached outside the clone ($KEGW_CACHE, default ~/.cache/konnect-event-gateway-cdktf); reruns are no-ops.
# It writes $KEGW_CACHE/env, which the project's scripts source (TERRAFORM_BINARY_NAME, TF_CLI_CONFIG_FILE, ...).
# A provider that cannot be built is reported and recorded there; the tests that need it then say so and skip.
# Users with network access to the Terraform registry need none of this: plain `cdktf deploy` downloads providers.
set -euo pipefail

KONNECT_BETA_VERSION=0.19.0
KONNECT_BETA_MODULE=github.com/kong/terraform-provider-konnect-beta
NULL_VERSION=3.2.4
NULL_MODULE=github.com/hashicorp/terraform-provider-null
# Go refuses the v3.2.4 tag on a module path without /v3: the tagged commit by its pseudo-version.
NULL_MODULE_VERSION=v1.0.1-0.20250421213748-01034f80eb23
OPENTOFU_MODULE=github.com/opentofu/opentofu
OPENTOFU_VERSION=v1.10.6
MIN_TERRAFORM=1.5.0

CACHE="${KEGW_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/konnect-event-gateway-cdktf}"
MIRROR="$CACHE/providers"
ENV_FILE="$CACHE/env"
mkdir -p "$CACHE" "$MIRROR"

step_start=0
step() { step_start=$(date +%s%N); printf '[toolchain] %s ... ' "$1"; }
done_() { printf '%s (%d ms)\n' "$1" $(( ($(date +%s%N) - step_start) / 1000000 )); }
die() { printf '\n[toolchain] error: %s\n' "$1" >&2; exit "${2:-1}"; }

need_go() {
  command -v go >/dev/null 2>&1 || die "Go is required to build $1 but 'go' is not on PATH. Install Go 1.25 or newer (https://go.dev/dl/, or your package manager), or put $2 on PATH yourself." 3
}

version_ge() { [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" = "$2" ]; }

# Build a Go module's main package at a version into $3 (no-op when $3 exists).
build_go_module() {
  local module=$1 version=$2 out=$3 pkg=${4:-.}
  local json dir work
  json=$(GOFLAGS=-mod=mod go mod download -json "$module@$version" 2>&1) || {
    local err
    err=$(printf '%s' "$json" | sed -n 's/.*"Error": "\(.*\)".*/\1/p' | sed 's/\\n.*//' | head -n1)
    echo "the Go module proxy did not serve $module@$version: ${err:-$json}"; return 1; }
  dir=$(printf '%s' "$json" | sed -n 's/.*"Dir": "\(.*\)".*/\1/p')
  work="$CACHE/build/$(basename "$module")-$version"
  rm -rf "$work"; mkdir -p "$work"; cp -R "$dir/." "$work/"; chmod -R u+w "$work"
  # Inside the module (go install refuses modules with replace directives).
  (cd "$work" && GOFLAGS=-mod=mod go build -trimpath -o "$out" "$pkg") > "$work.log" 2>&1 || {
    echo "go build of $module@$version failed; see $work.log"; return 1; }
  rm -rf "$work"
}

arch() { case "$(uname -m)" in x86_64) echo amd64 ;; aarch64 | arm64) echo arm64 ;; *) uname -m ;; esac; }
platform="$(go env GOOS 2>/dev/null || uname -s | tr 'A-Z' 'a-z')_$(go env GOARCH 2>/dev/null || arch)"

# 1. Terraform CLI
step "Terraform CLI"
tf_bin=""
if command -v terraform >/dev/null 2>&1; then
  v=$(terraform version -json 2>/dev/null | sed -n 's/.*"terraform_version": *"\([^"]*\)".*/\1/p' | head -n1)
  if [ -n "$v" ] && version_ge "$v" "$MIN_TERRAFORM"; then tf_bin=$(command -v terraform); done_ "terraform $v on PATH"; fi
fi
if [ -z "$tf_bin" ]; then
  tf_bin="$CACHE/bin/tofu"
  if [ -x "$tf_bin" ]; then done_ "OpenTofu $OPENTOFU_VERSION (cached)"; else
    need_go "OpenTofu (no terraform >= $MIN_TERRAFORM on PATH)" "terraform >= $MIN_TERRAFORM"
    mkdir -p "$CACHE/bin"
    msg=$(build_go_module "$OPENTOFU_MODULE" "$OPENTOFU_VERSION" "$tf_bin" ./cmd/tofu) || die "$msg"
    done_ "OpenTofu $OPENTOFU_VERSION built from its Go module"
  fi
fi

# 2. Providers in the filesystem mirror (unpacked layout: HOST/NAMESPACE/TYPE/VERSION/OS_ARCH/)
missing=()
provider() { # name source-address version module module-version
  local name=$1 addr=$2 version=$3 module=$4 modver=$5
  local dir="$MIRROR/$addr/$version/$platform" bin="terraform-provider-${addr##*/}_v$version"
  # OpenTofu looks for `kong/konnect-beta` under registry.opentofu.org and ignores symlinks in a mirror:
  # the same binary is hard-linked there.
  local tofu_dir="$MIRROR/registry.opentofu.org/${addr#*/}/$version/$platform"
  step "provider $addr $version"
  if [ -x "$dir/$bin" ]; then
    [ -e "$tofu_dir/$bin" ] || { mkdir -p "$tofu_dir" && ln -f "$dir/$bin" "$tofu_dir/$bin"; }
    done_ "cached"; return 0
  fi
  need_go "the $addr provider" "$dir/$bin"
  mkdir -p "$dir"
  local msg
  if msg=$(build_go_module "$module" "$modver" "$dir/$bin"); then
    mkdir -p "$tofu_dir" && ln -f "$dir/$bin" "$tofu_dir/$bin"
    done_ "built from $module"
  else
    rmdir "$dir" 2>/dev/null || true
    printf 'NOT AVAILABLE\n[toolchain]   %s\n' "$msg"
    missing+=("$name")
  fi
}
provider konnect-beta registry.terraform.io/kong/konnect-beta "$KONNECT_BETA_VERSION" "$KONNECT_BETA_MODULE" "v$KONNECT_BETA_VERSION"
provider null registry.terraform.io/hashicorp/null "$NULL_VERSION" "$NULL_MODULE" "$NULL_MODULE_VERSION"

# 3. CLI configuration: providers from the mirror only, no registry
step "CLI config"
cat > "$CACHE/terraformrc" <<RC
provider_installation {
  filesystem_mirror {
    path    = "$MIRROR"
    include = ["registry.terraform.io/*/*", "registry.opentofu.org/*/*"]
  }
}
disable_checkpoint = true
RC
# Sourced by bash (scripts/with-toolchain.sh) and read by scripts/toolchain-env.js: values are %q-quoted.
{
  printf 'TERRAFORM_BINARY_NAME=%q\n' "$tf_bin"
  printf 'TF_CLI_CONFIG_FILE=%q\n' "$CACHE/terraformrc"
  printf 'KEGW_PROVIDER_MIRROR=%q\n' "$MIRROR"
  (IFS=,; printf 'KEGW_MISSING_PROVIDERS=%q\n' "${missing[*]:-}") # comma-separated
} > "$ENV_FILE"
done_ "$ENV_FILE"

if [ ${#missing[@]} -gt 0 ]; then
  cat <<MSG
[toolchain] warning: provider(s) not available: ${missing[*]}.
[toolchain]   Tests that run 'terraform init/validate/apply' will be skipped and say so. To enable them, put the
[toolchain]   provider binary at $MIRROR/<address>/<version>/$platform/terraform-provider-<type>_v<version>
[toolchain]   (e.g. built with Go from the provider's source) and rerun 'npm run toolchain'.
MSG
fi

# 4. Apache Kafka jars (Maven Central) for the client's tests against a real broker; needs Java and Maven.
[ -n "${KEGW_SKIP_KAFKA:-}" ] || bash "$(dirname "$0")/kafka.sh"
