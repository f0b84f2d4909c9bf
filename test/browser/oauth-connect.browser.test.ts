import { type OAuthCompanionRig, startOAuthCompanion } from '../support/oauth-companion';
import { keepScreenshotOnFailure, screenshot } from './support/artifacts';
import { openAdmin } from './support/admin-rig';
import { type BrowserSession, openBrowser } from './support/browser';

describe('Connection screen: connecting the Brightpearl account (OAuth)', () => {
  let rig: OAuthCompanionRig;
  let browser: BrowserSession;

  beforeAll(async () => {
    rig = await startOAuthCompanion({ adminShell: true });
    browser = await openBrowser();
  });
  keepScreenshotOnFailure(() => browser?.page);
  afterAll(async () => {
    await browser?.close();
    await rig?.stop();
  });

  it('Connect opens Brightpearl consent in a new tab; back on the screen the account is connected', async () => {
    const { page, context } = browser;
    await openAdmin(page, { rig, screen: 'connection' });
    await page.getByText('Not connected yet').waitFor();

    const consentTab = context.waitForEvent('page');
    await page.getByRole('button', { name: 'Connect to Brightpearl' }).click();
    const tab = await consentTab;
    // The simulator's consent page sends the browser straight back to the companion's callback.
    await tab.getByText('Brightpearl connected').waitFor();
    await tab.close();
    expect(rig.brightpearl.oauth.grants.authorizationCode).toBe(1);

    await page.getByRole('status').filter({ hasText: 'Finish in the Brightpearl tab' }).waitFor();
    await page.getByRole('button', { name: 'Refresh' }).click();
    await page.getByText('Authorisation').locator('xpath=..').getByText('Connected').waitFor();
    await page.getByRole('button', { name: 'Reconnect' }).waitFor();
    await screenshot(page, 'connection-oauth');
    expect(browser.problems).toEqual([]);
  });
});
