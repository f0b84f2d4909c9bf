import request from 'supertest';

import { KenticoLookups, LOOKUP_PATHS } from '@bpkc/shared-types';

import { SANDBOX_MAPPING } from '../rig/sandbox-mapping';
import { sampleOrderInput } from './fixtures';
import { createOrderGenerator, defaultCatalog } from './generator';
import { createKenticoSimulator, type KenticoSimulator } from './simulator';
import { BASE, signedCall, TEST_SECRET } from './test-support';

describe('bridge: lookups for the mapping screens', () => {
  let sim: KenticoSimulator;
  beforeEach(() => {
    sim = createKenticoSimulator({ secret: TEST_SECRET });
  });
  afterEach(() => sim.close());

  const lookups = async (): Promise<KenticoLookups> => {
    const res = await signedCall(sim, { method: 'get', path: LOOKUP_PATHS.lookups }).expect(200);
    return KenticoLookups.parse(res.body);
  };
  const names = (items: Array<{ name: string }>) => items.map((item) => item.name);

  it('answers only a signed call', async () => {
    const res = await request(sim.app)
      .get(BASE + LOOKUP_PATHS.lookups)
      .expect(401);
    expect(res.body.error).toMatch(/^Unauthorized/);
  });

  it('lists statuses in their order and methods by display name, with code names', async () => {
    const lists = await lookups();
    expect(names(lists.orderStatuses)).toEqual([
      'Pending',
      'PaymentReceived',
      'Processing',
      'Fulfilled',
      'Cancelled',
      'PartiallyShipped',
      'Refunded',
    ]);
    expect(lists.shippingMethods).toContainEqual({
      name: 'DpdNextDay',
      displayName: 'DPD Next Day',
      enabled: true,
    });
    expect(lists.paymentMethods.map((m) => m.displayName)).toEqual([
      'Bank transfer',
      'Credit / debit card',
      'PayPal',
    ]);
  });

  it('covers everything the generator and the sandbox mapping use, and one method left unmapped', async () => {
    const lists = await lookups();
    const generator = createOrderGenerator({ seed: 7, catalog: defaultCatalog(20) });
    for (let i = 0; i < 300; i++) {
      const order = generator.nextOrder();
      expect(names(lists.shippingMethods)).toContain(order.shippingMethod);
      expect(names(lists.paymentMethods)).toContain(order.paymentMethod);
    }
    const statuses = names(lists.orderStatuses);
    const mapping = SANDBOX_MAPPING;
    for (const status of [
      ...Object.keys(mapping.orderStatuses),
      ...mapping.statusSync.kenticoOwned,
      ...Object.values(mapping.statusSync.fromBrightpearl),
      ...mapping.payments.paidStatuses,
      mapping.fulfilment.shippedStatus,
      mapping.fulfilment.partiallyShippedStatus,
      mapping.refunds.refundedStatus,
    ]) {
      expect(statuses).toContain(status);
    }
    expect(names(lists.paymentMethods).sort()).toEqual(
      Object.keys(mapping.payments.methods).sort(),
    );
    const unmapped = names(lists.shippingMethods).filter(
      (name) => !(name in mapping.shippingMethods),
    );
    expect(unmapped).toEqual(['PigeonPost']);
  });

  it('includes a method an order added on the fly', async () => {
    sim.placeOrder({ ...sampleOrderInput(), shippingMethod: 'Courier' }, { emit: false });
    expect((await lookups()).shippingMethods).toContainEqual({
      name: 'Courier',
      displayName: 'Courier',
      enabled: true,
    });
  });
});
