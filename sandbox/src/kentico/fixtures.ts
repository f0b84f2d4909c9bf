import type { PlaceOrderInput } from './place-order-input';

/**
 * A small, hand-checkable order: 3 × 4.99 @ 20 %, 2 × 11.25 @ 5 %, 3 × 0.10 @ 0 %, DPD 6.95.
 * Totals: items 37.77, shipping 6.95, tax 2.99 + 1.13 + 0 + 1.39 = 5.51, grand total 50.23.
 */
export function sampleOrderInput(overrides: Partial<PlaceOrderInput> = {}): PlaceOrderInput {
  return {
    customer: { email: 'ada.lovelace@example.com', firstName: 'Ada', lastName: 'Lovelace' },
    items: [
      { sku: 'BPK-0001', name: 'Tea Towel', quantity: 3, unitPrice: 4.99, taxRate: 20 },
      { sku: 'BPK-0002', name: 'Children’s Book', quantity: 2, unitPrice: 11.25, taxRate: 5 },
      { sku: 'BPK-0003', name: 'Postcard', quantity: 3, unitPrice: 0.1, taxRate: 0 },
    ],
    shippingMethod: 'DpdNextDay',
    paymentMethod: 'Card',
    billingAddress: {
      line1: '12 Analytical Row',
      city: 'London',
      zip: 'SW1A 1AA',
      country: 'GBR',
      phone: '+44 7400 123456',
    },
    ...overrides,
  };
}
