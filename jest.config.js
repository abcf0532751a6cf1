// One configuration for every suite; TEST_DB (sqlite | postgresql) picks the database the
// integration and end-to-end tests run against. `npm test` runs it once per database.
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
};

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts'],
  // test/client/ holds the heavy client suites (headless Chromium, relay-compiler, codegen, Apollo
  // Client): they exercise the HTTP contract, not the database, so they run once, on PostgreSQL.
  testPathIgnorePatterns: process.env.TEST_DB === 'postgresql' ? ['/node_modules/'] : ['/node_modules/', '<rootDir>/test/client/'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', swc],
    // colombian-holidays requires `pascua`, an ES module: Node 20 loads it, Jest's loader needs it compiled.
    '/node_modules/pascua/.+\\.js$': ['@swc/jest', swc],
  },
  transformIgnorePatterns: ['/node_modules/(?!pascua/)'],
  setupFiles: ['reflect-metadata'],
  setupFilesAfterEnv: ['<rootDir>/test/support/cleanup.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  maxWorkers: 2,
  testTimeout: 60000,
};
