/** Jest runs the TypeScript sources directly through ts-jest. */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  testTimeout: 60000,
  // The task pane is built once per run, and only when browser tests are part of it.
  globalSetup: "<rootDir>/test/browser/build.ts",
  globalTeardown: "<rootDir>/test/browser/teardown.ts",
};
