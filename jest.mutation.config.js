// Jest as Stryker runs it (npm run test:mutation): the tests that run in-process and exercise the mutated code.
// Left out: the tests whose code under test runs in other processes (Terraform, Kafka, the built CLI), where a
// mutant could not be seen, and which take minutes each. The tests here synthesize in tests or in beforeEach: Stryker
// activates a mutant when a test starts, so a synth while jest collects tests makes every construct mutant "static"
// (run against all), and one in beforeAll is reached by no test. Stryker's perTest coverage then runs, for each
// mutant, only the tests that reach it.
const base = require("./jest.config");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: [
    "<rootDir>/__tests__/constructs/*.test.ts",
    "<rootDir>/__tests__/text.test.ts",
    "<rootDir>/__tests__/client-token.test.ts",
    "<rootDir>/__tests__/client-token-errors.test.ts",
    "<rootDir>/__tests__/kong-identity-api.test.ts",
    "<rootDir>/__tests__/kong-identity-api-answers.test.ts",
    "<rootDir>/__tests__/explain.test.ts",
    "<rootDir>/__tests__/explain-decisions.test.ts",
    "<rootDir>/__tests__/explain-encryption.test.ts",
    "<rootDir>/__tests__/explain-kafka-acls.test.ts",
    "<rootDir>/__tests__/explain-model.test.ts",
    "<rootDir>/__tests__/explain-records.test.ts",
    "<rootDir>/__tests__/main-stack.test.ts",
  ],
  // One jest worker per Stryker test runner: Stryker's concurrency sets the parallelism.
  maxWorkers: 1,
};
