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
  // examples/ import the library by its package name, as other projects do.
  moduleNameMapper: { "^konnect-event-gateway-cdktf$": "<rootDir>/constructs" },
};
