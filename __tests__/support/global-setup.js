// Jest global setup, before any test worker starts:
// - compiles the project to dist/ once (the deploy and sandbox tests run the compiled app and CLIs, as cdktf does;
//   compiling from several workers at once would race on dist/);
// - puts every temporary file of the run (the tests', cdktf's, Terraform's, Kafka's) under one directory, which
//   global-teardown.js removes, so a run leaves nothing behind in the system's temp directory.
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

module.exports = async () => {
  const root = path.join(__dirname, "..", "..");
  execFileSync(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-b", "tsconfig.json"], { cwd: root, stdio: "inherit" });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kegw-jest-"));
  process.env.KEGW_TEST_TMP = tmp;
  process.env.TMPDIR = tmp; // os.tmpdir() in the workers, which start after this
};
