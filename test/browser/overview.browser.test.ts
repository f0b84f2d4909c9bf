import { screenshot } from './support/artifacts';
import { openAdmin, placeSyncedOrders, adminSuite } from './support/admin-rig';

describe('Overview screen (real Kentico bundles through SystemJS)', () => {
  const suite = adminSuite();

  it('shows live figures and updates them without a reload', async () => {
    const { rig, browser } = suite;
    await placeSyncedOrders(rig, 3);
    const { page } = browser;
    await openAdmin(page, { rig, screen: 'overview' });

    const received = page.getByText('Received since start').locator('xpath=..');
    await received.getByText('3', { exact: true }).waitFor();
    await page.getByText('Connected').first().waitFor();
    expect(await page.getByText('Requests used since start').count()).toBe(1);

    // Two more orders: the screen refreshes itself (every 5 s) to show them.
    await placeSyncedOrders(rig, 2);
    await received.getByText('5', { exact: true }).waitFor({ timeout: 20_000 });
    const navigations = await page.evaluate(
      () => performance.getEntriesByType('navigation').length,
    );
    expect(navigations).toBe(1);

    await screenshot(page, 'overview');
    expect(browser.problems).toEqual([]);
  });

  it('Connection: shows the account and webhooks, tests the connection, registers webhooks again', async () => {
    const { rig, browser } = suite;
    const { page } = browser;
    await openAdmin(page, { rig, screen: 'connection' });
    await page.getByText('Sandbox (simulated Brightpearl)').waitFor();
    await page.getByText(/^All registered/).waitFor();

    const callsBefore = rig.brightpearl.requestLog.count();
    await page.getByRole('button', { name: 'Test connection' }).click();
    await page
      .getByText(/^OK in \d+ ms/)
      .first()
      .waitFor();
    expect(rig.brightpearl.requestLog.count()).toBeGreaterThan(callsBefore);

    await page.getByRole('button', { name: 'Register webhooks again' }).click();
    await page.getByText(/^All registered/).waitFor();
    await screenshot(page, 'connection');
    expect(browser.problems).toEqual([]);
  });
});
