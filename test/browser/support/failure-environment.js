const { TestEnvironment } = require('jest-environment-node');

/**
 * jest's node environment, plus a mark on the test's global when a test fails, so the browser
 * suites can keep a screenshot of the page as it was (jest tells hooks nothing of the outcome).
 */
class BrowserTestEnvironment extends TestEnvironment {
  async handleTestEvent(event) {
    if (event.name === 'test_fn_failure') this.global.__browserTestFailure = event.test.name;
  }
}

module.exports = BrowserTestEnvironment;
