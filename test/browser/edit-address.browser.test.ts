import { readFile } from 'node:fs/promises';

import type { MappingVersion } from '@bpkc/shared-types';

import { waitFor } from '../support/wait-for';
import { screenshot } from './support/artifacts';
import { adminSuite, brightpearlOrdersOf, openAdmin } from './support/admin-rig';
import { pageApi } from './support/page-api';
import { waitForOrderState } from './support/review-helpers';

const BAD = 'LS1 1A';
const GOOD = 'LS1 1AA';

describe('an address the check refuses: edited on Failures and retried', () => {
  const suite = adminSuite();

  it('sends the corrected postcode to Brightpearl in one order; Kentico keeps its copy', async () => {
    const { rig, browser } = suite;
    const { page } = browser;
    await openAdmin(page, { rig, screen: 'failures' });
    const current = await pageApi<MappingVersion>(page, {
      method: 'GET',
      path: '/mappings/current',
    });
    await pageApi(page, {
      method: 'PUT',
      path: '/mappings',
      body: {
        mapping: {
          ...current.mapping,
          checks: { ...current.mapping.checks, address: { mode: 'block' } },
        },
        baseVersion: current.version,
        comment: 'Block orders with a bad address',
      },
    });
    const input = rig.generator.nextOrder();
    const address = { ...input.billingAddress, zip: BAD, country: 'GBR' };
    const order = rig.kentico.placeOrder({
      ...input,
      billingAddress: address,
      shippingAddress: address,
    });
    await waitForOrderState(rig, order.OrderGUID, 'dead-lettered');

    await openAdmin(page, { rig, screen: 'failures' });
    const row = page.getByRole('row').filter({ hasText: order.OrderNumber });
    await row.getByText(/^A check or business rule stopped the order: Postcode "LS1 1A"/).waitFor();
    // The CSV of the reason shown: the order by number, the problem in words.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^failures-check-failed-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv).toContain(`,${order.OrderNumber},${order.OrderGUID},order,check-failed,`);

    await row.getByTestId('button-edit').click();
    const dialog = page.getByRole('dialog');
    const shipping = dialog.getByRole('group', { name: 'Shipping address' });
    const billing = dialog.getByRole('group', { name: 'Billing address' });
    // Prefilled with what Kentico has.
    expect(await shipping.getByLabel('Postcode').inputValue()).toBe(BAD);
    expect(await dialog.getByRole('button', { name: 'Save and retry' }).isDisabled()).toBe(true);
    await shipping.getByLabel('Postcode').fill(GOOD);
    await billing.getByLabel('Postcode').fill(GOOD);
    await screenshot(page, 'edit-address');
    await dialog.getByRole('button', { name: 'Save and retry' }).click();
    await page.getByRole('status').filter({ hasText: 'corrected and sent again' }).waitFor();

    await waitFor(() => brightpearlOrdersOf(rig, order.OrderGUID)[0]);
    await waitFor(async () => (await rig.companion.queue.depths())['order-sync'] === 0);
    const sent = brightpearlOrdersOf(rig, order.OrderGUID);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.delivery.address.postalCode).toBe(GOOD);
    expect(rig.kentico.getOrder(order.OrderGUID)!.Addresses[0]!.OrderAddressZip).toBe(BAD);
    // The list and its counts refresh together: the failure is gone from both.
    await page.getByRole('button', { name: 'Refresh' }).click();
    await page.getByText('No open failures').waitFor();
    const audit = await rig.companion.store.query<{ actor: string; details: unknown }>(
      `SELECT actor, details FROM audit_log WHERE action = 'order.edit'`,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor).toBe('sandbox-admin');
    expect(JSON.stringify(audit[0]!.details)).not.toContain(GOOD);
    expect(browser.problems).toEqual([]);
  });
});
