// Jest global setup: every temporary file of the run (the tests', cdktf's, Terraform's, Kafka's) goes under one
// directory, which global-teardown.js removes, so a run leaves nothing behind in the system's temp directory.
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

module.exports = async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "kegw-jest-"));
  process.env.KEGW_TEST_TMP = root;
  process.env.TMPDIR = root; // os.tmpdir() in the workers, which start after this
};
