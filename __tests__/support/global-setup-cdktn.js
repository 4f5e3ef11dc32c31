// Jest global setup of `npm run test:cdktn`: the usual one (dist/, one temp directory per run), and the project on
// CDK Terrain (scripts/cdktn.sh: the second manifest installed, the null bindings and the app compiled to cdktn/dist).
const { execFileSync } = require("node:child_process");
const path = require("node:path");
const setup = require("./global-setup");

module.exports = async () => {
  await setup();
  // scripts/test-cdktn.sh has run it already (and says so); jest alone with this config runs it here.
  if (!process.env.KEGW_CDKTN_READY) execFileSync("bash", [path.join(__dirname, "..", "..", "scripts", "cdktn.sh")], { stdio: "inherit" });
};
