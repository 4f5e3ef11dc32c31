# Sourced by scripts/toolchain.sh and scripts/opentofu.sh: building Go programs from their modules, with the Go module
# proxy (the only network these machines have besides package registries). The caller sets CACHE and defines die.

need_go() { # what, what else the user can do
  command -v go >/dev/null 2>&1 || die "Go is required to build $1 but 'go' is not on PATH. Install Go 1.25 or newer (https://go.dev/dl/, or your package manager), or $2." 3
}

# Build a Go module's main package ($4, default .) at a version into $3, with linker flags $5 (optional).
build_go_module() {
  local module=$1 version=$2 out=$3 pkg=${4:-.} ldflags=${5:-}
  local json dir work
  json=$(GOFLAGS=-mod=mod go mod download -json "$module@$version" 2>&1) || {
    local err
    err=$(printf '%s' "$json" | sed -n 's/.*"Error": "\(.*\)".*/\1/p' | sed 's/\\n.*//' | head -n1)
    echo "the Go module proxy did not serve $module@$version: ${err:-$json}"; return 1; }
  dir=$(printf '%s' "$json" | sed -n 's/.*"Dir": "\(.*\)".*/\1/p')
  work="$CACHE/build/$(basename "$module")-$version"
  rm -rf "$work"; mkdir -p "$work"; cp -R "$dir/." "$work/"; chmod -R u+w "$work"
  # Inside the module (go install refuses modules with replace directives).
  (cd "$work" && GOFLAGS=-mod=mod go build -trimpath -ldflags="$ldflags" -o "$out" "$pkg") > "$work.log" 2>&1 || {
    echo "go build of $module@$version failed; see $work.log"; return 1; }
  rm -rf "$work"
}
