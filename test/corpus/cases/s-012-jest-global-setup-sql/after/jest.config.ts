export default {
  preset: "ts-jest",
  globalSetup: "<rootDir>/test/global-setup.ts",
  testEnvironment: "node",
};
