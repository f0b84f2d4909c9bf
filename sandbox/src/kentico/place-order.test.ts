import { KenticoOrder } from '@bpkc/shared-types';

import { sampleOrderInput } from './fixtures';
import { createOrderGenerator, defaultCatalog } from './generator';
import { createKenticoSimulator, type KenticoSimulator } from './simulator';

describe('placeOrder', () => {
  let sim: KenticoSimulator;
  beforeEach(() => {
    sim = createKenticoSimulator({ secret: 's3cret' });
  });
  afterEach(() => sim.close());

  it('prices lines and totals in exact decimals (hand-computed)', () => {
    const order = sim.placeOrder(sampleOrderInput(), { emit: false });
    expect(order.Items.map((i) => [i.OrderItemTotalPrice, i.OrderItemTotalTax])).toEqual([
      [14.97, 2.99], // 2.994 rounds down
      [22.5, 1.13], // 1.125 rounds half up (naive float maths gives 1.12)
      [0.3, 0], // 3 × 0.1 without drift
    ]);
    expect(order).toMatchObject({
      OrderTotalPrice: 37.77,
      OrderTotalShipping: 6.95,
      OrderShippingMethodPrice: 6.95,
      OrderTotalTax: 5.51,
      OrderGrandTotal: 50.23,
      OrderShippingMethodName: 'DpdNextDay',
      OrderShippingMethodID: 2,
      OrderPaymentMethodName: 'Card',
      OrderStatusName: 'Pending',
      BpcCurrencyCode: 'GBP',
      BpcBrightpearlOrderID: null,
    });
  });

  it('produces orders that parse with the shared KenticoOrder schema', () => {
    const order = sim.placeOrder(sampleOrderInput(), { emit: false });
    expect(KenticoOrder.parse(order)).toEqual(order);
    expect(order.OrderNumber).toBe('ORD#000001');
    expect(order.OrderCreatedWhen).toMatch(/\+00:00$/);
    expect(order.Addresses.map((a) => a.OrderAddressType)).toEqual(['Billing', 'Shipping']);
    expect(order.Addresses[0]).toMatchObject({
      OrderAddressFirstName: 'Ada',
      OrderAddressEmail: 'ada.lovelace@example.com',
      OrderAddressCountryID: 1,
      OrderAddressCountryThreeLetterCode: 'GBR',
    });
  });

  it('re-uses the customer by e-mail (case-insensitively) and numbers orders in sequence', () => {
    const first = sim.placeOrder(sampleOrderInput(), { emit: false });
    const customer = { email: 'ADA.LOVELACE@example.com', firstName: 'Augusta', lastName: 'King' };
    const second = sim.placeOrder(sampleOrderInput({ customer }), { emit: false });
    expect(second.Customer).toEqual(first.Customer);
    expect(second.OrderNumber).toBe('ORD#000002');
    expect(second.OrderModifiedWhen > first.OrderModifiedWhen).toBe(true);
  });

  it('keeps deliberately bad data instead of validating it away', () => {
    const order = sim.placeOrder(
      sampleOrderInput({
        items: [{ sku: 'NOT-IN-ERP', name: 'Mystery', quantity: 1, unitPrice: 10 }],
        shippingMethod: 'DroneDrop',
        shippingPrice: 2.5,
        billingAddress: { line1: '', city: 'Paris', zip: '75001', country: 'FRA' },
      }),
      { emit: false },
    );
    expect(order.Items[0]).toMatchObject({ OrderItemSKU: 'NOT-IN-ERP', OrderItemTaxRate: 20 });
    expect(order.OrderShippingMethodName).toBe('DroneDrop');
    expect(order.OrderTotalShipping).toBe(2.5);
    expect(order.Addresses[1]?.OrderAddressLine1).toBe('');
    expect(KenticoOrder.safeParse(order).success).toBe(true);
  });

  it('returns copies: callers cannot change the stored order', () => {
    const order = sim.placeOrder(sampleOrderInput(), { emit: false });
    order.OrderTotalPrice = 0;
    expect(sim.getOrder(order.OrderGUID.toUpperCase())?.OrderTotalPrice).toBe(37.77);
  });

  it('places generated orders that all parse, with grand total = price + shipping + tax', () => {
    const generator = createOrderGenerator({ seed: 3, catalog: defaultCatalog(25) });
    for (let i = 0; i < 200; i += 1) {
      const order = KenticoOrder.parse(sim.placeOrder(generator.nextOrder(), { emit: false }));
      const cents = (n: number) => Math.round(n * 100);
      const parts = [order.OrderTotalPrice, order.OrderTotalShipping, order.OrderTotalTax];
      expect(cents(order.OrderGrandTotal)).toBe(parts.map(cents).reduce((a, b) => a + b));
      expect(cents(order.OrderGrandTotal) / 100).toBe(order.OrderGrandTotal); // 2 dp, no drift
    }
    expect(new Set(sim.listOrders().map((o) => o.Customer.CustomerID)).size).toBeLessThan(200);
  });

  it('stores the payment method code name, adding an unknown one, and null for none', () => {
    const paypal = sim.placeOrder(sampleOrderInput({ paymentMethod: 'PayPal' }), { emit: false });
    expect(paypal).toMatchObject({
      OrderPaymentMethodName: 'PayPal',
      OrderPaymentMethodID: 2,
      OrderPaymentMethodDisplayName: 'PayPal',
    });
    const klarna = sim.placeOrder(sampleOrderInput({ paymentMethod: 'Klarna' }));
    expect(klarna.OrderPaymentMethodName).toBe('Klarna');
    const none = sim.placeOrder(sampleOrderInput({ paymentMethod: null, status: 'Processing' }));
    expect(none).toMatchObject({ OrderPaymentMethodName: null, OrderStatusName: 'Processing' });
    expect(none.OrderPaymentMethodID).toBeNull();
    const collect = sim.placeOrder(sampleOrderInput({ shippingMethod: null }), { emit: false });
    expect(collect).toMatchObject({ OrderShippingMethodName: null, OrderTotalShipping: 0 });
  });
});
