// Removes the run's temporary directory (see global-setup.js).
const fs = require("node:fs");

module.exports = async () => {
  if (process.env.KEGW_TEST_TMP) fs.rmSync(process.env.KEGW_TEST_TMP, { recursive: true, force: true });
};
