import { type KenticoOrder, RuleCondition } from '@bpkc/shared-types';

import { SAMPLE_ORDER } from '../../../shaping';
import { conditionHolds } from './conditions';

// SAMPLE_ORDER: GBP 54.00, shipping and billing GBR, 2 × SKU-RED-M, 'standard', 'card'.
const holds = (condition: unknown, order: KenticoOrder = SAMPLE_ORDER, isNew = false) =>
  conditionHolds(RuleCondition.parse(condition), { order, isNewCustomer: async () => isNew });

const withShippingCountry = (country: string): KenticoOrder => ({
  ...SAMPLE_ORDER,
  Addresses: SAMPLE_ORDER.Addresses.map((address) =>
    address.OrderAddressType === 'Shipping'
      ? { ...address, OrderAddressCountryThreeLetterCode: country }
      : address,
  ),
});

describe('rule conditions', () => {
  it('total-over / total-under compare the grand total, in the order currency if named', async () => {
    expect(await holds({ kind: 'total-over', amount: 50 })).toBe(true);
    expect(await holds({ kind: 'total-over', amount: 54 })).toBe(false);
    expect(await holds({ kind: 'total-over', amount: 50, currency: 'EUR' })).toBe(false);
    expect(await holds({ kind: 'total-under', amount: 60, currency: 'GBP' })).toBe(true);
    expect(await holds({ kind: 'total-under', amount: 54 })).toBe(false);
  });

  it('country-in / country-not-in read the chosen address (shipping by default)', async () => {
    const toFrance = withShippingCountry('FRA');
    expect(await holds({ kind: 'country-in', countries: ['FRA'] }, toFrance)).toBe(true);
    expect(
      await holds({ kind: 'country-in', address: 'billing', countries: ['FRA'] }, toFrance),
    ).toBe(false);
    expect(await holds({ kind: 'country-not-in', countries: ['GBR'] }, toFrance)).toBe(true);
    expect(await holds({ kind: 'country-not-in', countries: ['GBR'] })).toBe(false);
  });

  it('a missing shipping address falls back to billing', async () => {
    const billingOnly = {
      ...SAMPLE_ORDER,
      Addresses: SAMPLE_ORDER.Addresses.filter((a) => a.OrderAddressType === 'Billing'),
    };
    expect(await holds({ kind: 'country-in', countries: ['GBR'] }, billingOnly)).toBe(true);
    expect(await holds({ kind: 'billing-country-differs' }, billingOnly)).toBe(false);
  });

  it('customer-is-new asks the lookup', async () => {
    expect(await holds({ kind: 'customer-is-new' }, SAMPLE_ORDER, true)).toBe(true);
    expect(await holds({ kind: 'customer-is-new' }, SAMPLE_ORDER, false)).toBe(false);
  });

  it('shipping-method-in, payment-method-in and sku-in match code names exactly', async () => {
    expect(await holds({ kind: 'shipping-method-in', methods: ['standard'] })).toBe(true);
    expect(await holds({ kind: 'shipping-method-in', methods: ['express'] })).toBe(false);
    expect(await holds({ kind: 'payment-method-in', methods: ['card', 'invoice'] })).toBe(true);
    expect(await holds({ kind: 'payment-method-in', methods: ['invoice'] })).toBe(false);
    expect(await holds({ kind: 'sku-in', skus: ['SKU-RED-M'] })).toBe(true);
    expect(await holds({ kind: 'sku-in', skus: ['SKU-RED-L'] })).toBe(false);
  });

  it('quantity-over counts one line or the whole order', async () => {
    const twoLines = {
      ...SAMPLE_ORDER,
      Items: [...SAMPLE_ORDER.Items, { ...SAMPLE_ORDER.Items[0]!, OrderItemQuantity: 3 }],
    };
    expect(await holds({ kind: 'quantity-over', quantity: 3 }, twoLines)).toBe(false);
    expect(await holds({ kind: 'quantity-over', scope: 'order', quantity: 4 }, twoLines)).toBe(
      true,
    );
    expect(await holds({ kind: 'quantity-over', quantity: 1 })).toBe(true);
  });

  it('billing-country-differs compares billing with shipping', async () => {
    expect(await holds({ kind: 'billing-country-differs' })).toBe(false);
    expect(await holds({ kind: 'billing-country-differs' }, withShippingCountry('DEU'))).toBe(true);
  });

  it('expression evaluates JSONata over the order: true/false, nothing matched is false', async () => {
    expect(await holds({ kind: 'expression', expression: 'OrderGrandTotal > 50' })).toBe(true);
    expect(
      await holds({
        kind: 'expression',
        expression: '$contains(Customer.CustomerEmail, "@example")',
      }),
    ).toBe(true);
    expect(await holds({ kind: 'expression', expression: 'NoSuchField = 1' })).toBe(false);
    await expect(holds({ kind: 'expression', expression: 'OrderNumber' })).rejects.toThrow(
      /true or false/,
    );
  });
});
