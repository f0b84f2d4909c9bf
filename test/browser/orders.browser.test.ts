import type { KenticoOrder } from '@bpkc/shared-types';

import { waitFor } from '../support/wait-for';
import { screenshot } from './support/artifacts';
import { brightpearlOrdersOf, openAdmin, placeSyncedOrders, adminSuite } from './support/admin-rig';

const SEARCHES = 'GET /order-service/order-search';

describe('Orders screen and the order-detail view', () => {
  const suite = adminSuite();
  const placed: KenticoOrder[] = [];

  it('lists orders with their Brightpearl ids; Resend makes a new Brightpearl call, no duplicate', async () => {
    const { rig, browser } = suite;
    placed.push(...(await placeSyncedOrders(rig, 2)));
    const order = placed[0];
    const { page } = browser;
    await openAdmin(page, { rig, screen: 'orders' });
    const bpId = String(brightpearlOrdersOf(rig, order!.OrderGUID)[0]!.id);
    const row = page.getByRole('row').filter({ hasText: order!.OrderNumber });
    await row.getByText(bpId, { exact: true }).waitFor();
    expect(await row.getByRole('link', { name: bpId }).getAttribute('href')).toContain(bpId);

    const searchesBefore = rig.brightpearl.requestLog.count(SEARCHES);
    await row.getByTestId('button-resend').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Resend' }).click();
    await page.getByRole('status').filter({ hasText: 'queued for Brightpearl' }).waitFor();
    // The resend looks the order up in Brightpearl by its reference (a new call) and adopts it.
    await waitFor(() => rig.brightpearl.requestLog.count(SEARCHES) > searchesBefore);
    await waitFor(async () => (await rig.companion.queue.depths())['order-sync'] === 0);
    expect(brightpearlOrdersOf(rig, order!.OrderGUID)).toHaveLength(1);

    // The timeline side panel shows the operator's resend.
    await row.getByTestId('button-timeline').click();
    await page.getByText('Operator').first().waitFor();
    await screenshot(page, 'orders-timeline');
    // Resend from the side panel asks in place (a dialog would sit under the panel).
    const panel = page.getByTestId('side-panel');
    await panel.getByRole('button', { name: 'Resend' }).click();
    await panel.getByText(`Resend order ${order!.OrderNumber}?`).waitFor();
    await panel.getByRole('button', { name: 'Resend' }).click();
    await panel.getByRole('status').filter({ hasText: 'queued for Brightpearl' }).waitFor();
    expect(browser.problems).toEqual([]);
  });

  it('finds an order by its number or its customer e-mail', async () => {
    const { rig, browser } = suite;
    placed.push(...(await placeSyncedOrders(rig, 3)));
    const order = placed.at(-1)!;
    const email = order.Customer.CustomerEmail;
    const sameCustomer = placed.filter((o) => o.Customer.CustomerEmail === email);
    const { page } = browser;
    await openAdmin(page, { rig, screen: 'orders' });
    const search = page.getByLabel('Search');
    await search.fill(email.toUpperCase());
    await page.getByRole('row').filter({ hasText: order.OrderNumber }).waitFor();
    // Every order of that customer (returning customers have several), and no other.
    await waitFor(async () => (await page.getByRole('row').count()) === sameCustomer.length + 1);
    await search.fill(order.OrderNumber);
    await waitFor(async () => (await page.getByRole('row').count()) === 2);
    await search.fill('no-such-order-anywhere');
    await page.getByText('No orders found').waitFor();
    expect(browser.problems).toEqual([]);
  });

  it('opens the order-detail view (page command) and shows the Brightpearl id there', async () => {
    const { rig, browser } = suite;
    const [order] = await placeSyncedOrders(rig, 1);
    const bpId = String(brightpearlOrdersOf(rig, order!.OrderGUID)[0]!.id);
    const { page } = browser;
    await openAdmin(page, { rig, screen: 'orders' });
    await page
      .getByRole('row')
      .filter({ hasText: order!.OrderNumber })
      .getByTestId('button-timeline')
      .click();
    await page.getByRole('button', { name: 'Open order page' }).click();
    await page.waitForURL(`**/admin/orders/${order!.OrderGUID}`);
    await page.waitForFunction(
      () => (window as { bpconnectShellReady?: boolean }).bpconnectShellReady,
    );
    await page.getByText(`Brightpearl: order ${order!.OrderNumber}`, { exact: true }).waitFor();
    await page.getByRole('link', { name: bpId }).waitFor();
    await page.getByText('In Brightpearl', { exact: true }).waitFor();
    await screenshot(page, 'order-detail');
    expect(browser.problems).toEqual([]);
  });

  it('can be driven from the keyboard: Tab reaches Resend, Enter asks, Escape cancels', async () => {
    const { rig, browser } = suite;
    const [order] = await placeSyncedOrders(rig, 1);
    const { page } = browser;
    await openAdmin(page, { rig, screen: `orders/${order!.OrderGUID}` });
    const resend = page.getByRole('button', { name: 'Resend' });
    await resend.waitFor();
    const focusedOnResend = () => resend.evaluate((button) => button === document.activeElement);
    for (let presses = 0; presses < 40 && !(await focusedOnResend()); presses += 1) {
      await page.keyboard.press('Tab');
    }
    expect(await focusedOnResend()).toBe(true);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.getByText(`Resend order ${order!.OrderNumber}?`).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(browser.problems).toEqual([]);
  });
});
