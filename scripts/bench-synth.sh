#!/usr/bin/env bash
# Measures `cdktf synth` of main.ts against an empty cdktf app synthesized the same way (compiled JS after an
# incremental tsc), alternating runs, and prints the median of each and their ratio. Usage: bench-synth.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
export CHECKPOINT_DISABLE=1 CI=1
empty=$(mktemp -d)
trap 'rm -rf "$empty"' EXIT
ln -s "$PWD/node_modules" "$empty/node_modules"
# The empty app runs its compiled JavaScript as main.ts does through scripts/app.js (no compile when up to date).
echo '{ "language": "typescript", "app": "node dist/main.js" }' > "$empty/cdktf.json"
cat > "$empty/tsconfig.json" <<JSON
{ "compilerOptions": { "target": "ES2022", "module": "commonjs", "strict": true, "incremental": true,
  "tsBuildInfoFile": "dist/.tsbuildinfo", "outDir": "dist", "rootDir": ".", "skipLibCheck": true, "types": ["node"] },
  "include": ["main.ts"] }
JSON
cat > "$empty/main.ts" <<'TS'
import { App, TerraformStack } from "cdktf";
const app = new App();
new TerraformStack(app, "empty");
app.synth();
TS
synth() { local t0 t1; t0=$(date +%s%N); (cd "$1" && bash "$OLDPWD/scripts/with-toolchain.sh" node node_modules/cdktf-cli/bundle/bin/cdktf synth >/dev/null); t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); }
(cd "$empty" && node "$OLDPWD/node_modules/typescript/bin/tsc" -b tsconfig.json)
synth . >/dev/null; synth "$empty" >/dev/null   # warm the incremental builds
main=(); base=()
for _ in $(seq "$runs"); do main+=("$(synth .)"); base+=("$(synth "$empty")"); done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
m=$(median "${main[@]}"); b=$(median "${base[@]}")
echo "main.ts synth ms: ${main[*]} (median $m)"
echo "empty app synth ms: ${base[*]} (median $b)"
awk -v m="$m" -v b="$b" 'BEGIN { printf "ratio main/empty: %.3f\n", m / b }'
