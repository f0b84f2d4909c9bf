/**
 * `npm run test:browser`: the admin module's templates in headless Chromium (Debian's
 * /usr/bin/chromium through playwright-core), loaded through SystemJS with the real Kentico
 * bundles from the sandbox's /admin shell. One browser test at a time: they share 2 cores.
 */
const base = require('./jest.config');

module.exports = {
  ...base,
  roots: ['<rootDir>/test/browser'],
  testEnvironment: '<rootDir>/test/browser/support/failure-environment.js',
  testMatch: ['**/*.browser.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  maxWorkers: 1,
  testTimeout: 180000,
};
