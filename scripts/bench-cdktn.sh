#!/usr/bin/env bash
# Measures `cdktn synth` of main.ts on CDK Terrain (cdktn-cli 0.24.0 on its Node.js 22, app compiled to cdktn/dist)
# against `cdktf synth` of the same main.ts on cdktf 0.21.0 (the reference: cdktf-cli on the machine's Node.js, app in
# dist/), each the way cdktf.json runs the app (an incremental tsc, then node), alternating runs in one process; prints
# the median of each and their ratio. Usage: bench-cdktn.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
export CHECKPOINT_DISABLE=1 CI=1
bash scripts/cdktn.sh >/dev/null
node node_modules/typescript/bin/tsc -b tsconfig.json
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$PWD
mkdir -p "$work/tf" "$work/tn"
app() { printf '{ "language": "typescript", "app": "node %s -b %s && node %s", "sendCrashReports": "false", "context": {} }\n' \
  "$root/node_modules/typescript/bin/tsc" "$1" "$2"; }
app "$root/tsconfig.json" "$root/dist/main.js" > "$work/tf/cdktf.json"
app "$root/cdktn/tsconfig.json" "$root/cdktn/dist/main.js" > "$work/tn/cdktf.json"
tf=(node "$root/node_modules/cdktf-cli/bundle/bin/cdktf" synth)
# cdktn-cli checks the `node` on PATH (>= 22), which also runs the app.
tn=(env "PATH=$root/cdktn/node_modules/node/bin:$PATH" node "$root/cdktn/node_modules/cdktf-cli/bundle/bin/cdktn.js" synth)
synth() { local dir=$1 t0 t1; shift; t0=$(date +%s%N); (cd "$dir" && bash "$root/scripts/with-toolchain.sh" "$@" >/dev/null); t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); }
synth "$work/tf" "${tf[@]}" >/dev/null; synth "$work/tn" "${tn[@]}" >/dev/null # warm up
cmp <(python3 -m json.tool --sort-keys "$work/tf/cdktf.out/stacks/event-gateway/cdk.tf.json" | grep -v '"version": "0.2[14].0"' | sed "s|$work/t[fn]|W|") \
    <(python3 -m json.tool --sort-keys "$work/tn/cdktf.out/stacks/event-gateway/cdk.tf.json" | grep -v '"version": "0.2[14].0"' | sed "s|$work/t[fn]|W|") >/dev/null \
  || echo "warning: the two cdk.tf.json differ beyond the tool version (see npm run test:cdktn)"
a=(); b=()
for i in $(seq "$runs"); do
  if [ $((i % 2)) = 1 ]; then a+=("$(synth "$work/tf" "${tf[@]}")"); b+=("$(synth "$work/tn" "${tn[@]}")")
  else b+=("$(synth "$work/tn" "${tn[@]}")"); a+=("$(synth "$work/tf" "${tf[@]}")"); fi
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
ma=$(median "${a[@]}"); mb=$(median "${b[@]}")
echo "cdktf 0.21.0 synth of main.ts, ms: ${a[*]} (median $ma)"
echo "cdktn 0.24.0 synth of main.ts, ms: ${b[*]} (median $mb)"
awk -v a="$ma" -v b="$mb" 'BEGIN { printf "ratio cdktn/cdktf: %.2f\n", b / a }'
