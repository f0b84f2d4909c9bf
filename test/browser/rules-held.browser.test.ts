import type { MappingVersion } from '@bpkc/shared-types';

import { screenshot } from './support/artifacts';
import { adminSuite, brightpearlOrdersOf, openAdmin } from './support/admin-rig';
import { adminGet, placeOrderWorth, waitForOrderState } from './support/review-helpers';

describe('a hold rule made on Rules, its orders approved and rejected on Held', () => {
  const suite = adminSuite();

  it('saves a "total over 500" hold rule and a check change as a new version', async () => {
    const { rig, browser } = suite;
    const { page } = browser;
    await openAdmin(page, { rig, screen: 'rules' });
    await page.getByText('No rules yet').waitFor();
    await page.getByRole('button', { name: 'Add rule' }).click();
    const rule = page.getByRole('group', { name: /^Rule 1:/ });
    await rule.getByLabel('Rule name').fill('Big orders');
    await rule.getByRole('button', { name: 'Add condition' }).click();
    await rule.getByLabel('Amount (order currency)').fill('500');
    await rule.getByLabel('Reason shown in Held').fill('Over 500: check stock and payment');
    const outlier = page.getByRole('group', { name: 'Check: Unusual order value' });
    await outlier.getByRole('combobox').click();
    await page.getByTestId('menu-item').filter({ hasText: 'Hold for review' }).click();
    await outlier.getByLabel('Orders needed before judging').fill('50');
    await page.getByLabel('What changed (kept with the version)').fill('Hold big orders');
    await page.getByRole('button', { name: 'Save as new version' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved as version 2' }).waitFor();
    await page.getByRole('group', { name: 'Rule 1: Big orders' }).waitFor();
    await screenshot(page, 'rules');

    const current = await adminGet<MappingVersion>(page, '/mappings/current');
    expect(current.version).toBe(2);
    expect(current.mapping.checks.valueOutlier).toEqual({
      mode: 'hold',
      threshold: 6,
      minHistory: 50,
    });
    expect(current.mapping.rules).toEqual([
      {
        id: 'rule-1',
        name: 'Big orders',
        enabled: true,
        when: [{ kind: 'total-over', amount: 500 }],
        action: { kind: 'hold', reason: 'Over 500: check stock and payment' },
      },
    ]);
    expect(browser.problems).toEqual([]);
  });

  it('shows an expression the companion refuses at its field, and saves nothing', async () => {
    const { rig, browser } = suite;
    const { page } = browser;
    await openAdmin(page, { rig, screen: 'rules' });
    const rule = page.getByRole('group', { name: 'Rule 1: Big orders' });
    await rule.getByRole('button', { name: 'Add condition' }).click();
    const condition = rule.getByRole('group', { name: 'Condition 2' });
    await condition.getByRole('combobox').click();
    await page.getByTestId('menu-item').filter({ hasText: 'Expression (JSONata) is true' }).click();
    await condition.getByLabel(/JSONata expression/).fill('$sum(OrderItems.(');
    await page.getByRole('button', { name: 'Save as new version' }).click();
    await page.getByRole('alert').filter({ hasText: 'Not saved' }).waitFor();
    await rule.getByRole('alert').filter({ hasText: 'Condition 2 (expression)' }).waitFor();
    const current = await adminGet<MappingVersion>(page, '/mappings/current');
    expect(current.version).toBe(2);
    // A refused save answers 200 with issues (validate), never an HTTP error.
    expect(browser.problems).toEqual([]);
  });

  it('holds two big orders: one approved (sent once), one rejected (never sent)', async () => {
    const { rig, browser } = suite;
    const { page } = browser;
    const approved = placeOrderWorth(rig, 900);
    const rejected = placeOrderWorth(rig, 1200);
    await waitForOrderState(rig, approved.OrderGUID, 'held');
    await waitForOrderState(rig, rejected.OrderGUID, 'held');
    expect(brightpearlOrdersOf(rig, approved.OrderGUID)).toHaveLength(0);

    await openAdmin(page, { rig, screen: 'held' });
    const approvedRow = page.getByRole('row').filter({ hasText: approved.OrderNumber });
    const rejectedRow = page.getByRole('row').filter({ hasText: rejected.OrderNumber });
    await approvedRow.filter({ hasText: 'Over 500: check stock and payment' }).waitFor();
    await rejectedRow.waitFor();
    await screenshot(page, 'held');

    await approvedRow.getByTestId('button-approve').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Comment (optional)').fill('Known customer, stock checked');
    await dialog.getByRole('button', { name: 'Approve and send' }).click();
    await page.getByRole('status').filter({ hasText: 'approved' }).waitFor();
    await waitForOrderState(rig, approved.OrderGUID, 'synced');
    expect(brightpearlOrdersOf(rig, approved.OrderGUID)).toHaveLength(1);

    await rejectedRow.getByTestId('button-reject').click();
    const rejectDialog = page.getByRole('dialog');
    expect(
      await rejectDialog.getByRole('button', { name: 'Reject', exact: true }).isDisabled(),
    ).toBe(true);
    await rejectDialog.getByLabel('Why is it rejected?').fill('Card flagged by the bank');
    await rejectDialog.getByRole('button', { name: 'Reject', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'rejected' }).waitFor();
    await waitForOrderState(rig, rejected.OrderGUID, 'rejected');
    await page.getByText('No held orders').waitFor();

    await page.getByRole('button', { name: 'Rejected', exact: true }).click();
    await page
      .getByRole('row')
      .filter({ hasText: rejected.OrderNumber })
      .filter({ hasText: 'Card flagged by the bank' })
      .waitFor();
    expect(brightpearlOrdersOf(rig, rejected.OrderGUID)).toHaveLength(0);
    expect(brightpearlOrdersOf(rig, approved.OrderGUID)).toHaveLength(1);
    const audit = await rig.companion.store.query<{ action: string; actor: string }>(
      `SELECT action, actor FROM audit_log WHERE action IN ('order.approve', 'order.reject') ORDER BY id`,
    );
    expect(audit).toEqual([
      { action: 'order.approve', actor: 'sandbox-admin' },
      { action: 'order.reject', actor: 'sandbox-admin' },
    ]);
    expect(browser.problems).toEqual([]);
  });

  it('shows a view-only user the held orders with Approve and Reject disabled', async () => {
    const { rig, browser } = suite;
    const { page } = browser;
    const order = placeOrderWorth(rig, 700);
    await waitForOrderState(rig, order.OrderGUID, 'held');
    await openAdmin(page, { rig, screen: 'held', as: 'viewer' });
    const row = page.getByRole('row').filter({ hasText: order.OrderNumber });
    await row.waitFor();
    await page.getByRole('note').filter({ hasText: 'may view held orders' }).waitFor();
    expect(await row.getByTestId('button-approve').isDisabled()).toBe(true);
    expect(await row.getByTestId('button-reject').isDisabled()).toBe(true);
    expect(brightpearlOrdersOf(rig, order.OrderGUID)).toHaveLength(0);
    expect(browser.problems).toEqual([]);
  });

  it('adds a route rule, moves it first, switches it off, then deletes it', async () => {
    const { rig, browser } = suite;
    const { page } = browser;
    // The test before signed in as the viewer.
    await openAdmin(page, { rig, screen: 'rules', as: 'admin' });
    await page.getByRole('button', { name: 'Add rule' }).click();
    const rule = page.getByRole('group', { name: /^Rule 2:/ });
    await rule.getByLabel('Rule name').fill('Irish orders from Overflow');
    await rule.getByRole('button', { name: 'Add condition' }).click();
    await rule.getByRole('group', { name: 'Condition 1' }).getByRole('combobox').click();
    await page.getByTestId('menu-item').filter({ hasText: 'Country is one of' }).click();
    await rule.getByLabel(/^Countries/).fill('irl');
    const action = rule.getByRole('group', { name: 'Action' });
    await action.getByRole('combobox').first().click();
    await page.getByTestId('menu-item').filter({ hasText: 'Route in Brightpearl' }).click();
    await action
      .getByRole('group', { name: 'Brightpearl warehouse' })
      .getByRole('combobox')
      .click();
    await page.getByTestId('menu-item').filter({ hasText: 'Overflow' }).click();
    await rule.getByRole('button', { name: 'Move up' }).click();
    const moved = page.getByRole('group', { name: 'Rule 1: Irish orders from Overflow' });
    // Kentico draws the switch over its input: the click lands on the drawn switch.
    await moved.getByRole('switch').click({ force: true });
    await page.getByRole('button', { name: 'Save as new version' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved as version 3' }).waitFor();
    const saved = await adminGet<MappingVersion>(page, '/mappings/current');
    expect(saved.mapping.rules.map((r) => [r.name, r.enabled])).toEqual([
      ['Irish orders from Overflow', false],
      ['Big orders', true],
    ]);
    expect(saved.mapping.rules[0]).toMatchObject({
      when: [{ kind: 'country-in', address: 'shipping', countries: ['IRL'] }],
      action: { kind: 'route', warehouseId: 3 },
    });

    await moved.getByText('1. Irish orders from Overflow (off)').waitFor();
    await moved.getByRole('button', { name: 'Delete rule' }).click();
    await page.getByRole('button', { name: 'Save as new version' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved as version 4' }).waitFor();
    const after = await adminGet<MappingVersion>(page, '/mappings/current');
    expect(after.mapping.rules.map((r) => r.name)).toEqual(['Big orders']);
    expect(browser.problems).toEqual([]);
  });
});
