#!/usr/bin/env bash
# Installs what `cdktf synth/deploy` and the tests need, cached outside the clone ($KEGW_CACHE, default
# ~/.cache/konnect-event-gateway-cdktf); reruns are no-ops:
#   1. a Terraform CLI: `terraform` >= 1.5 from PATH, else OpenTofu built from its Go module;
#   2. the kong/konnect-beta and hashicorp/null providers, each from the first source that has it:
#      a. the filesystem mirror in the cache (always first: no network, no build);
#      b. the Terraform registry, when it answers within a short timeout (terraform init downloads the provider
#         into a shared plugin cache; no Go needed);
#      c. a Go build from the provider's module at the pinned version, into the mirror (machines that reach package
#         registries but not the Terraform registry);
#   3. a CLI config file of the project's own: mirrored providers from the mirror, the others from the registry;
#   4. Apache Kafka's jars from Maven Central (scripts/kafka.sh), for the client tests' real broker.
# The registry decision is printed. KEGW_REGISTRY_URL and KEGW_REGISTRY_TIMEOUT (seconds) override the registry probed
# and the timeout (tests inject a local server).
# It writes $KEGW_CACHE/env, which the project's scripts source (TERRAFORM_BINARY_NAME, TF_CLI_CONFIG_FILE, ...).
# A provider that cannot be had is reported and recorded there; the tests that need it then say so and skip.
set -euo pipefail

KONNECT_BETA_VERSION=0.19.0
KONNECT_BETA_MODULE=github.com/kong/terraform-provider-konnect-beta
NULL_VERSION=3.2.4
NULL_MODULE=github.com/hashicorp/terraform-provider-null
# Go refuses the v3.2.4 tag on a module path without /v3: the tagged commit by its pseudo-version.
NULL_MODULE_VERSION=v1.0.1-0.20250421213748-01034f80eb23
MIN_TERRAFORM=1.5.0

. "${0%/*}/cache.sh"
MIRROR="$CACHE/providers"
ENV_FILE="$CACHE/env"
mkdir -p "$CACHE" "$MIRROR"

step_start=0
step() { step_start=$(date +%s%N); printf '[toolchain] %s ... ' "$1"; }
done_() { printf '%s (%d ms)\n' "$1" $(( ($(date +%s%N) - step_start) / 1000000 )); }
die() { printf '\n[toolchain] error: %s\n' "$1" >&2; exit "${2:-1}"; }

. "$(dirname "$0")/go-build.sh" # need_go, build_go_module

version_ge() { [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" = "$2" ]; }

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
  # No terraform >= $MIN_TERRAFORM on PATH: OpenTofu, built once from its Go module (scripts/opentofu.sh).
  tf_bin=$(KEGW_CACHE="$CACHE" bash "$(dirname "$0")/opentofu.sh") || exit $?
  done_ "OpenTofu ($tf_bin)"
fi

# 2. Providers: the mirror first, then the Terraform registry, then a Go build into the mirror.
# The registry the CLI installs `kong/konnect-beta` from: OpenTofu's for OpenTofu, Terraform's otherwise.
case "$(basename "$tf_bin")" in tofu*) default_registry=https://registry.opentofu.org ;; *) default_registry=https://registry.terraform.io ;; esac
REGISTRY_URL="${KEGW_REGISTRY_URL:-$default_registry}"
REGISTRY_TIMEOUT="${KEGW_REGISTRY_TIMEOUT:-3}"
registry_state="" # not-asked, reachable or unreachable (scripts/toolchain-env.js reads none of it)
registry_why=""

# The registry answers its service discovery document (/.well-known/terraform.json) with a providers.v1 entry.
probe_registry() {
  local url="${REGISTRY_URL%/}/.well-known/terraform.json" body
  command -v curl >/dev/null 2>&1 || { registry_why="curl is not on PATH"; return 1; }
  body=$(curl -fsS --max-time "$REGISTRY_TIMEOUT" "$url" 2>&1) || { registry_why=$(printf '%s' "$body" | head -n1); return 1; }
  case "$body" in *'"providers.v1"'*) return 0 ;; esac
  registry_why="no providers.v1 in its service discovery document"; return 1
}

# Asks the registry once, as a step of its own, only when some provider is not in the mirror.
decide_registry() {
  step "Terraform registry $REGISTRY_URL"
  if [ $# -eq 0 ]; then registry_state=not-asked; done_ "not asked: every provider is in the mirror"; return; fi
  if probe_registry; then
    registry_state=reachable
    done_ "reachable: $* from it (terraform init downloads, no Go build)"
  else
    registry_state=unreachable
    done_ "unreachable (${registry_why:-no answer}; timeout ${REGISTRY_TIMEOUT}s): Go builds $* into the mirror"
  fi
}

missing=()
mirrored=()      # source addresses served from the mirror
from_registry=() # source addresses terraform init downloads from the registry
provider() { # name source-address version module module-version
  local name=$1 addr=$2 version=$3 module=$4 modver=$5
  local dir="$MIRROR/$addr/$version/$platform" bin="terraform-provider-${addr##*/}_v$version"
  # OpenTofu looks for `kong/konnect-beta` under registry.opentofu.org and ignores symlinks in a mirror:
  # the same binary is hard-linked there.
  local tofu_dir="$MIRROR/registry.opentofu.org/${addr#*/}/$version/$platform"
  step "provider $addr $version"
  if in_mirror "$addr" "$version"; then
    [ -e "$tofu_dir/$bin" ] || { mkdir -p "$tofu_dir" && ln -f "$dir/$bin" "$tofu_dir/$bin"; }
    mirrored+=("$addr"); done_ "cached"; return 0
  fi
  if [ "$registry_state" = reachable ]; then
    from_registry+=("$addr"); done_ "from the Terraform registry (downloaded once into the plugin cache)"; return 0
  fi
  need_go "the $addr provider (the Terraform registry $REGISTRY_URL is unreachable)" "put the provider binary at $dir/$bin yourself"
  mkdir -p "$dir"
  local msg
  if msg=$(build_go_module "$module" "$modver" "$dir/$bin"); then
    mkdir -p "$tofu_dir" && ln -f "$dir/$bin" "$tofu_dir/$bin"
    mirrored+=("$addr"); done_ "built from $module"
  else
    rmdir "$dir" 2>/dev/null || true
    printf 'NOT AVAILABLE\n[toolchain]   %s\n' "$msg"
    missing+=("$name")
  fi
}
in_mirror() { [ -x "$MIRROR/$1/$2/$platform/terraform-provider-${1##*/}_v$2" ]; }
absent=()
in_mirror registry.terraform.io/kong/konnect-beta "$KONNECT_BETA_VERSION" || absent+=(konnect-beta)
in_mirror registry.terraform.io/hashicorp/null "$NULL_VERSION" || absent+=(null)
decide_registry ${absent[@]+"${absent[@]}"}
provider konnect-beta registry.terraform.io/kong/konnect-beta "$KONNECT_BETA_VERSION" "$KONNECT_BETA_MODULE" "v$KONNECT_BETA_VERSION"
provider null registry.terraform.io/hashicorp/null "$NULL_VERSION" "$NULL_MODULE" "$NULL_MODULE_VERSION"

# 3. CLI configuration. Mirror only when no provider comes from the registry (no network at all); otherwise the
# mirrored providers from the mirror and every other one from the registry, downloads shared through a plugin cache.
step "CLI config"
hcl_list() { local first=1 a; printf '['; for a in "$@"; do [ $first = 1 ] || printf ', '; first=0; printf '"%s"' "$a"; done; printf ']'; }
rc_tmp=$(mktemp "$CACHE/terraformrc.XXXXXX")
if [ ${#from_registry[@]} -eq 0 ]; then
  cat > "$rc_tmp" <<RC
provider_installation {
  filesystem_mirror {
    path    = "$MIRROR"
    include = ["registry.terraform.io/*/*", "registry.opentofu.org/*/*"]
  }
}
disable_checkpoint = true
RC
else
  mkdir -p "$CACHE/plugin-cache"
  both=()
  for a in ${mirrored[@]+"${mirrored[@]}"}; do both+=("$a" "registry.opentofu.org/${a#*/}"); done
  {
    echo "provider_installation {"
    if [ ${#both[@]} -gt 0 ]; then
      printf '  filesystem_mirror {\n    path    = "%s"\n    include = %s\n  }\n' "$MIRROR" "$(hcl_list "${both[@]}")"
      printf '  direct {\n    exclude = %s\n  }\n' "$(hcl_list "${both[@]}")"
    else
      printf '  direct {}\n'
    fi
    echo "}"
    printf 'plugin_cache_dir = "%s"\n' "$CACHE/plugin-cache"
    echo "disable_checkpoint = true"
  } > "$rc_tmp"
fi
chmod 644 "$rc_tmp" && mv -f "$rc_tmp" "$CACHE/terraformrc"
# Sourced by bash (scripts/with-toolchain.sh) and read by scripts/toolchain-env.js: values are %q-quoted.
env_tmp=$(mktemp "$CACHE/env.XXXXXX")
{
  printf 'TERRAFORM_BINARY_NAME=%q\n' "$tf_bin"
  printf 'TF_CLI_CONFIG_FILE=%q\n' "$CACHE/terraformrc"
  printf 'KEGW_PROVIDER_MIRROR=%q\n' "$MIRROR"
  (IFS=,; printf 'KEGW_MISSING_PROVIDERS=%q\n' "${missing[*]:-}") # comma-separated
  [ ${#from_registry[@]} -eq 0 ] || (IFS=,; printf 'KEGW_REGISTRY_PROVIDERS=%q\n' "${from_registry[*]}")
} > "$env_tmp"
chmod 644 "$env_tmp" && mv -f "$env_tmp" "$ENV_FILE"
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
