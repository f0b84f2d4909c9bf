import { SANDBOX_MAPPING } from '@bpkc/sandbox';
import type { MappingVersion } from '@bpkc/shared-types';

import { waitFor } from '../support/wait-for';
import { screenshot } from './support/artifacts';
import { adminSuite, brightpearlOrdersOf, openAdmin } from './support/admin-rig';
import { adminGet, waitForOrderState } from './support/review-helpers';

// The merchant has not mapped "DPD Next Day" nor "International Tracked" yet; Brightpearl has
// methods of those very names.
const UNMAPPED = ['DpdNextDay', 'InternationalTracked'];
const shippingMethods = Object.fromEntries(
  Object.entries(SANDBOX_MAPPING.shippingMethods).filter(([method]) => !UNMAPPED.includes(method)),
);

describe('suggestions for unmapped shipping methods: one accepted (order replayed), one rejected', () => {
  const suite = adminSuite({ mapping: { ...SANDBOX_MAPPING, shippingMethods } });

  it('proposes DPD Next Day, stores it as version 2, and the failed order reaches Brightpearl once', async () => {
    const { rig, browser } = suite;
    const { page } = browser;
    const order = rig.kentico.placeOrder({
      ...rig.generator.nextOrder(),
      shippingMethod: 'DpdNextDay',
    });
    rig.kentico.placeOrder({
      ...rig.generator.nextOrder(),
      shippingMethod: 'InternationalTracked',
    });
    await waitFor(
      async () => (await rig.companion.status()).deadLetters['unmapped-shipping-method'] === 2,
    );

    await openAdmin(page, { rig, screen: 'suggestions' });
    const row = page
      .getByRole('row')
      .filter({ hasText: 'DpdNextDay' })
      .filter({ hasText: 'DPD Next Day (2)' });
    await row.waitFor();
    await row.getByText(/^\d{1,3}%$/).waitFor();
    await screenshot(page, 'suggestions');
    await row.getByTestId('button-accept').click();
    await page.getByRole('status').filter({ hasText: 'Saved as version 2' }).waitFor();
    const current = await adminGet<MappingVersion>(page, '/mappings/current');
    expect(current.version).toBe(2);
    expect(current.mapping.shippingMethods).toMatchObject({ DpdNextDay: 2 });
    await page
      .getByRole('row')
      .filter({ hasText: 'DPD Next Day (2)' })
      .waitFor({ state: 'detached' });

    await openAdmin(page, { rig, screen: 'failures' });
    // Failures name the order by its number (the GUID is in the details).
    const failure = page.getByRole('row').filter({ hasText: order.OrderNumber });
    await failure.getByTestId('button-replay').click();
    await page.getByRole('status').filter({ hasText: '1 replayed' }).waitFor();
    await waitForOrderState(rig, order.OrderGUID, 'synced');
    const sent = brightpearlOrdersOf(rig, order.OrderGUID);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.delivery.shippingMethodId).toBe(2);
    expect(browser.problems).toEqual([]);
  });

  it('rejects a suggestion: it is not proposed again and the mapping stays as it was', async () => {
    const { rig, browser } = suite;
    const { page } = browser;
    await openAdmin(page, { rig, screen: 'suggestions' });
    const row = page.getByRole('row').filter({ hasText: 'International Tracked (4)' });
    await row.getByTestId('button-reject').click();
    await page.getByRole('status').filter({ hasText: 'will not be proposed again' }).waitFor();
    await row.waitFor({ state: 'detached' });
    await page.getByText('No suggestions').waitFor();
    const current = await adminGet<MappingVersion>(page, '/mappings/current');
    expect(current.version).toBe(2);
    expect(current.mapping.shippingMethods).not.toHaveProperty('InternationalTracked');
    const audit = await rig.companion.store.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE action LIKE 'suggestion.%' ORDER BY id`,
    );
    expect(audit.map((row) => row.action)).toEqual(['suggestion.accept', 'suggestion.reject']);
    expect(browser.problems).toEqual([]);
  });
});
