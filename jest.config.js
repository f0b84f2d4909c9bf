/** One jest run for every workspace: unit tests beside the code, cross-package suites in test/. */
const path = require('node:path');

const source = (workspace) => path.join(__dirname, workspace, 'src', 'index.ts');

module.exports = {
  testEnvironment: 'node',
  roots: [
    '<rootDir>/shared-types',
    '<rootDir>/companion-service',
    '<rootDir>/sandbox',
    '<rootDir>/test',
    // Pure modules of the admin client (the templates are covered by the browser tests).
    '<rootDir>/kentico-admin-module/Client/src',
  ],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/test/browser/', '/test/chaos/'],
  transform: { '^.+\\.tsx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  moduleNameMapper: {
    '^@bpkc/shared-types$': source('shared-types'),
    '^@bpkc/companion-service$': source('companion-service'),
    '^@bpkc/companion-service/signing$': path.join(
      __dirname,
      'companion-service/src/kentico/signing.ts',
    ),
    '^@bpkc/sandbox$': source('sandbox'),
  },
  testTimeout: 120000,
  // On a 2-core machine jest would run every suite in its own main process ("in band"), and what
  // each suite leaves behind (PGlite's WebAssembly memory, servers' module graphs) piles up: by
  // the last suites the heap neared 1 GB and GC tripled the long end-to-end tests' run time. A
  // memory limit makes jest use worker processes and recycle one that grew past it.
  workerIdleMemoryLimit: '512MB',
};
