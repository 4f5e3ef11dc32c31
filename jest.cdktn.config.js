// `npm run test:cdktn`: the same tests on CDK Terrain. cdktf, constructs and @cdktf/provider-null resolve to the
// second manifest's packages (cdktn/node_modules: cdktn under the name cdktf, constructs 10.6, the generated null
// bindings), in the tests and in everything they load; processes the tests start run cdktn-cli and cdktn/dist.
const path = require("node:path");
const base = require("./jest.config");

process.env.KEGW_CDK = "cdktn"; // read by __tests__/support/cdk.ts in the workers, which inherit it
const overlay = path.join(__dirname, "cdktn", "node_modules");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  globalSetup: "<rootDir>/__tests__/support/global-setup-cdktn.js",
  moduleNameMapper: {
    ...base.moduleNameMapper,
    "^cdktf$": path.join(overlay, "cdktf"),
    "^constructs$": path.join(overlay, "constructs"),
    "^@cdktf/provider-null/(.*)$": path.join(overlay, "@cdktf", "provider-null", "$1"),
  },
};
