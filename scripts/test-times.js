// npm run test:times [-- jest arguments]: `npm test` (toolchain, type check, jest), then the jest time and each test
// file's time, slowest first, from jest's own JSON report (--json): the same measurement every time it is reported.
// A file's time is its wall time in its worker (jest runs two at a time), so the column sums to more than the total.
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");
const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kegw-test-times-")), "jest.json");
const res = spawnSync("bash", [path.join(ROOT, "scripts/test.sh"), "--json", `--outputFile=${report}`, ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: "inherit",
});
if (!fs.existsSync(report)) process.exit(res.status ?? 1);
const r = JSON.parse(fs.readFileSync(report, "utf8"));
fs.rmSync(path.dirname(report), { recursive: true, force: true });
const files = r.testResults
  .map((t) => ({ name: path.relative(ROOT, t.name), ms: t.endTime - t.startTime, tests: t.assertionResults.length, status: t.status }))
  .sort((a, b) => b.ms - a.ms);
const total = Math.max(...r.testResults.map((t) => t.endTime)) - r.startTime;
const load = os.loadavg().map((l) => l.toFixed(1)).join(" ");
console.log(`\njest time ${(total / 1000).toFixed(1)} s for ${r.numTotalTests} tests in ${files.length} files (${r.numFailedTests} failed); load average now ${load} on ${os.cpus().length} CPUs`);
for (const f of files) console.log(`  ${(f.ms / 1000).toFixed(1).padStart(6)} s  ${f.name} (${f.tests}${f.status === "passed" ? "" : `, ${f.status}`})`);
process.exit(res.status ?? 1);
