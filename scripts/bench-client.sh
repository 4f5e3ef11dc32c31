#!/usr/bin/env bash
# Benchmarks the client CLI against Kafka's own perf-test tools on a local broker (see __tests__/support/bench-client.ts).
# Needs the Kafka jars (bash scripts/kafka.sh). BENCH_RECORDS=n changes the record count (default 10000).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/kafka.sh >/dev/null
exec node -e '
const ts = require("typescript"), fs = require("fs");
require.extensions[".ts"] = (m, file) => m._compile(ts.transpileModule(fs.readFileSync(file, "utf8"), {
  compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true }, fileName: file }).outputText, file);
require("./__tests__/support/bench-client.ts").main().then(() => process.exit(0), (e) => { console.error("bench failed: " + e.message); process.exit(1); });
'
