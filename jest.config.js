/** @type {import('jest').Config} */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/__tests__"],
  testMatch: ["**/*.test.ts"],
  globalSetup: "<rootDir>/__tests__/support/global-setup.js",
  globalTeardown: "<rootDir>/__tests__/support/global-teardown.js",
  // Terraform, the stand-in and Kafka tests start real processes.
  testTimeout: 180000,
  // Terraform runs are CPU-heavy; two at a time on a 2-core machine.
  maxWorkers: 2,
  // @marcbachmann/cel-js is ESM only: Node requires it natively (>= 20.19), jest's module system needs it as CommonJS.
  transform: { "/node_modules/@marcbachmann/cel-js/.+\\.js$": ["ts-jest", { tsconfig: { allowJs: true, checkJs: false } }] },
  transformIgnorePatterns: ["/node_modules/(?!@marcbachmann/cel-js/)"],
  // examples/ import the library by its package name, as other projects do.
  moduleNameMapper: { "^konnect-event-gateway-cdktf$": "<rootDir>/constructs" },
};
