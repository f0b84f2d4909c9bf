import { waitFor } from '../support/wait-for';
import { screenshot } from './support/artifacts';
import {
  adminSuite,
  brightpearlOrderOf,
  openAdmin,
  placeUnmappedShippingOrder,
} from './support/admin-rig';

describe('an unmapped shipping method: fixed on Mappings, replayed from Failures', () => {
  const suite = adminSuite();

  it('ends with the order in Brightpearl, once', async () => {
    const { rig, browser } = suite;
    // The Kentico store offers "Pigeon post", which the sandbox mapping does not map.
    const order = await placeUnmappedShippingOrder(rig);
    const { page } = browser;

    await openAdmin(page, { rig, screen: 'failures' });
    await page.getByText('Unmapped shipping method', { exact: true }).first().waitFor();
    // The row names the order by its number and the problem by Kentico's name, not codes.
    const listed = page.getByRole('row').filter({ hasText: order.OrderNumber });
    await listed
      .getByText('Shipping method Pigeon post has no Brightpearl shipping method in the mapping.')
      .waitFor();
    expect(await listed.textContent()).not.toContain(order.OrderGUID);
    await screenshot(page, 'failures');

    // Acting on the hint: its link opens Mappings at the row to fill in, outlined.
    await listed.getByRole('link', { name: 'Open the mapping row' }).click();
    await page.waitForURL('**/admin/mappings#shippingMethods:PigeonPost');
    await page.waitForFunction(
      () => (window as { bpconnectShellReady?: boolean }).bpconnectShellReady,
    );
    const row = page.getByRole('group', { name: 'Shipping methods: PigeonPost' });
    expect(await row.getAttribute('data-target-row')).toBe('true');
    // Kentico's Select is a combobox whose options are menu items (role button).
    await row.getByRole('combobox').nth(1).click();
    await page.getByTestId('menu-item').filter({ hasText: 'Royal Mail 1st Class' }).click();
    await page
      .getByLabel('What changed (kept with the version)')
      .fill('Pigeon post ships as Royal Mail');
    await page.getByRole('button', { name: 'Save as new version' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved as version 2' }).waitFor();
    await screenshot(page, 'mappings');

    await openAdmin(page, { rig, screen: 'failures' });
    const failure = page.getByRole('row').filter({ hasText: order.OrderNumber });
    await failure.getByTestId('button-replay').click();
    await page.getByRole('status').filter({ hasText: '1 replayed' }).waitFor();
    await waitFor(() => brightpearlOrderOf(rig, order.OrderGUID));
    const bp = [...rig.brightpearl.state.orders.values()].filter(
      (o) => o.externalRef === order.OrderGUID,
    );
    expect(bp).toHaveLength(1);
    expect(bp[0]!.delivery.shippingMethodId).toBe(1);
    // Once the companion has resolved the failure, refresh instead of waiting for the screen's
    // own 10-second poll.
    await waitFor(
      async () => !((await rig.companion.status()).deadLetters['unmapped-shipping-method'] ?? 0),
    );
    await page.getByRole('button', { name: 'Refresh' }).click();
    await page.getByText('No open failures').waitFor();
    expect(browser.problems).toEqual([]);
  });

  it('shows what an older version differs in, and reverts to it as a new version', async () => {
    const { rig, browser } = suite;
    const { page } = browser;
    await openAdmin(page, { rig, screen: 'mappings' });
    await page.getByRole('row').filter({ hasText: '2 (current)' }).waitFor();
    await page.getByRole('row').filter({ hasText: 'Sandbox administrator' }).waitFor();
    await page.getByRole('row').filter({ hasText: 'the mapping running when' }).click();
    const panel = page.getByTestId('side-panel');
    // The difference in words, the Brightpearl id named, the document path after them.
    const added = panel.getByRole('row').filter({
      hasText: 'Shipping method PigeonPost (Pigeon post) → Brightpearl shipping method',
    });
    await added.filter({ hasText: '1 (Royal Mail 1st Class)' }).waitFor();
    expect(await added.textContent()).toContain('shippingMethods.PigeonPost');
    await screenshot(page, 'mapping-version-diff');
    await panel.getByRole('button', { name: 'Revert to version 1' }).click();
    await panel.getByText('Revert to version 1?').waitFor();
    await panel.getByRole('button', { name: 'Revert', exact: true }).click();
    await page.getByRole('row').filter({ hasText: '3 (current)' }).waitFor();
    const current = await page.evaluate(async () => {
      const config = JSON.parse(document.getElementById('shell-config')!.textContent!) as {
        props: { companionUrl: string; adminToken: string };
      };
      const response = await fetch(`${config.props.companionUrl}/api/v1/mappings/current`, {
        headers: { Authorization: `Bearer ${config.props.adminToken}` },
      });
      return (await response.json()) as { version: number; mapping: { shippingMethods: object } };
    });
    expect(current.version).toBe(3);
    expect(current.mapping.shippingMethods).not.toHaveProperty('PigeonPost');
    expect(browser.problems).toEqual([]);
  });

  it('discards a failure with a reason, which lands in the audit log', async () => {
    const { rig, browser } = suite;
    // Version 3 (the revert) no longer maps Pigeon post, so this order fails again.
    const order = await placeUnmappedShippingOrder(rig);
    const { page } = browser;
    await openAdmin(page, { rig, screen: 'failures' });
    const failure = page.getByRole('row').filter({ hasText: order.OrderNumber });
    await failure.getByTestId('button-discard').click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByRole('button', { name: 'Discard' }).isDisabled()).toBe(true);
    await dialog.getByLabel('Why is it discarded?').fill('Test order, never shipped');
    await dialog.getByRole('button', { name: 'Discard' }).click();
    await page.getByRole('status').filter({ hasText: 'discarded' }).waitFor();
    await page.getByText('No open failures').waitFor();
    const audit = await rig.companion.store.query<{ actor: string; details: unknown }>(
      `SELECT actor, details FROM audit_log WHERE action LIKE '%discard%'`,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor).toBe('sandbox-admin');
    expect(JSON.stringify(audit[0]!.details)).toContain('Test order, never shipped');
    expect(browser.problems).toEqual([]);
  });
});
