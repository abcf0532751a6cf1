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

// ES-module-only packages: Node 20 requires them as they are, Jest's loader needs them compiled to
// CommonJS (colombian-holidays needs `pascua`; documents need tus, file-type and their dependencies).
const esm = [
  'pascua',
  '@tus',
  'srvx',
  'file-type',
  'strtok3',
  'token-types',
  'uint8array-extras',
  '@tokenizer',
  '@borewit',
  'peek-readable',
];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // file-type offers Node's entry only to `import` and `module-sync`, conditions Jest's resolver does not use.
  moduleNameMapper: { '^file-type$': '<rootDir>/node_modules/file-type/index.js' },
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts'],
  // test/client/ and test/console/ hold the heavy client suites (headless Chromium, relay-compiler, codegen, Apollo
  // Client): they exercise the HTTP contract, not the database, so they run once, on PostgreSQL.
  testPathIgnorePatterns:
    process.env.TEST_DB === 'postgresql'
      ? ['/node_modules/']
      : ['/node_modules/', '<rootDir>/test/client/', '<rootDir>/test/console/', '<rootDir>/test/deployment/'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', swc],
    // colombian-holidays requires `pascua`, an ES module: Node 20 loads it, Jest's loader needs it compiled.
    [`/node_modules/(${esm.join('|')})/.+\\.m?js$`]: ['@swc/jest', swc],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esm.join('|')})/)`],
  setupFiles: ['reflect-metadata'],
  setupFilesAfterEnv: ['<rootDir>/test/support/cleanup.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  maxWorkers: 2,
  testTimeout: 60000,
};
