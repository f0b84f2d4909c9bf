import { randomUUID } from 'node:crypto';

import { ORDER_ADDRESS_TYPES } from '@bpkc/shared-types';

import { createSilentLogger } from '../../observability/logger';
import { migrate, type Store } from '../../store';
import { openTestStore, testBackends, type TestStore } from '../../store/test-stores';
import { address, testOrder } from '../order-gate/checks/test-order';
import {
  applyOrderOverride,
  editableValues,
  overriddenFields,
  readOrderOverride,
  saveOrderOverride,
} from './order-overrides';

// eslint-disable-next-line no-restricted-properties -- injected by the test runner, never by the service
const POSTGRES_URL = process.env.TEST_DATABASE_URL;
const logger = createSilentLogger();
const { billing, shipping } = ORDER_ADDRESS_TYPES;

describe('order overrides: applying', () => {
  const order = testOrder({ Addresses: [address(billing), address(shipping)] });

  it('changes only the corrected fields, on the named address', () => {
    const fixed = applyOrderOverride(order, {
      shipping: { postcode: 'LS2 7HY', line2: '' },
      customerPhone: '+44 113 496 0001',
    });
    const ship = fixed.Addresses.find((a) => a.OrderAddressType === shipping)!;
    expect(ship).toMatchObject({ OrderAddressZip: 'LS2 7HY', OrderAddressLine1: '1 High St' });
    expect(ship.OrderAddressLine2).toBeNull();
    expect(fixed.Addresses.find((a) => a.OrderAddressType === billing)).toEqual(address(billing));
    expect(fixed.Customer.CustomerPhone).toBe('+44 113 496 0001');
    expect(fixed.Customer.CustomerEmail).toBe(order.Customer.CustomerEmail);
    expect(order.Addresses[1]!.OrderAddressZip).toBe('LS1 1AA');
  });

  it('adds a shipping address from billing when the order ships to billing', () => {
    const billingOnly = testOrder({ Addresses: [address(billing)] });
    const fixed = applyOrderOverride(billingOnly, { shipping: { countryIsoCode3: 'fra' } });
    expect(fixed.Addresses).toHaveLength(2);
    expect(fixed.Addresses[1]).toMatchObject({
      OrderAddressType: shipping,
      OrderAddressCity: 'Leeds',
      OrderAddressCountryThreeLetterCode: 'FRA',
    });
  });

  it('leaves the order alone without an override, and lists the fields an override sets', () => {
    expect(applyOrderOverride(order, null)).toBe(order);
    expect(
      overriddenFields({ shipping: { postcode: 'x', city: 'y' }, customerEmail: 'a@b.co' }),
    ).toEqual(['customerEmail', 'shipping.city', 'shipping.postcode']);
    expect(editableValues(order).shipping).toMatchObject({
      postcode: 'LS1 1AA',
      phone: '0113 496 0000',
    });
  });
});

describe.each(testBackends(POSTGRES_URL))('order overrides: store ($name)', (backend) => {
  let handle: TestStore;
  let store: Store;
  beforeEach(async () => {
    handle = await openTestStore(backend, logger);
    store = handle.store;
    await migrate(store, logger);
  });
  afterEach(() => handle.dispose());

  it('merges a later correction into the earlier one', async () => {
    const orderGuid = randomUUID();
    expect(await readOrderOverride(store, orderGuid)).toBeNull();
    await saveOrderOverride(store, {
      orderGuid,
      override: { shipping: { postcode: 'LS2 7HY' } },
      actor: 'alice',
    });
    await saveOrderOverride(store, {
      orderGuid,
      override: { shipping: { city: 'York' }, customerEmail: 'ann@example.org' },
      actor: 'bob',
    });
    expect(await readOrderOverride(store, orderGuid)).toEqual({
      shipping: { postcode: 'LS2 7HY', city: 'York' },
      customerEmail: 'ann@example.org',
    });
    const [row] = await store.query(`SELECT updated_by FROM order_overrides`);
    expect(row).toEqual({ updated_by: 'bob' });
  });
});
