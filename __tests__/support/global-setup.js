// Jest global setup, before any test worker starts:
// - compiles the project to dist/ once, through scripts/app.js's ensureBuilt (tsc -b only when a source is newer than
//   the last build, which it records), so the app runs of the fast path and cdktf in the tests compile nothing (the
//   deploy and sandbox tests run the compiled app and CLIs; compiling from several workers at once would race on dist/);
// - puts every temporary file of the run (the tests', cdktf's, Terraform's, Kafka's) under one directory, which
//   global-teardown.js removes, so a run leaves nothing behind in the system's temp directory.
const { ensureBuilt } = require("../../scripts/app");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

module.exports = async () => {
  if (!ensureBuilt()) throw new Error("the TypeScript build failed (above)");
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kegw-jest-"));
  process.env.KEGW_TEST_TMP = tmp;
  process.env.TMPDIR = tmp; // os.tmpdir() in the workers, which start after this
};
