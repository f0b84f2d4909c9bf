import { DEAD_LETTER_REASONS, type Lookups } from '@bpkc/shared-types';

import { FIX_HINTS, fixHintOf } from './fix-hints';

const NAMES = {
  kentico: {
    shippingMethods: [{ value: 'PigeonPost', label: 'Pigeon post' }],
    orderStatuses: [],
    paymentMethods: [],
  },
  brightpearl: null,
} satisfies Pick<Lookups, 'kentico' | 'brightpearl'>;

const payloadOf = (details: Record<string, unknown>) => ({ job: {}, details });

describe('fix hints', () => {
  // Fails when a reason code is added without a hint (the Record type says so at compile time too).
  it.each(DEAD_LETTER_REASONS)('has a plain problem and how-to-fix for %s', (reason) => {
    expect(Object.keys(FIX_HINTS)).toContain(reason);
    const hint = fixHintOf({ reason, payload: null, flow: 'order' }, null);
    expect(hint.summary.length).toBeGreaterThan(10);
    expect(hint.howToFix.length).toBeGreaterThan(10);
    expect(`${hint.summary} ${hint.howToFix}`).not.toMatch(/\b[a-z]+-[a-z]+-[a-z]+\b/);
  });

  it('names the shipping method as Kentico shows it and links to its mapping row', () => {
    const hint = fixHintOf(
      {
        reason: 'unmapped-shipping-method',
        payload: payloadOf({ field: 'shippingMethods', value: 'PigeonPost' }),
        flow: 'order',
      },
      NAMES,
    );
    expect(hint.summary).toBe(
      'Shipping method Pigeon post has no Brightpearl shipping method in the mapping.',
    );
    expect(hint.link).toEqual({
      label: 'Open the mapping row',
      href: '/mappings#shippingMethods:PigeonPost',
    });
    expect(hint.editable).toBe(false);
  });

  it('keeps the code when the lookups are unavailable', () => {
    const payload = payloadOf({ value: 'PigeonPost' });
    const hint = fixHintOf({ reason: 'unmapped-shipping-method', payload, flow: 'order' }, null);
    expect(hint.summary).toContain('Shipping method PigeonPost');
  });

  it('names the mapping row an invalid mapping is about', () => {
    const payload = payloadOf({ fields: ['shippingMethods.PigeonPost', 'taxCodes.20'] });
    const hint = fixHintOf({ reason: 'invalid-mapping', payload, flow: 'order' }, NAMES);
    expect(hint.summary).toBe(
      'The mapping of shipping method Pigeon post names a Brightpearl value the account does not have.',
    );
    expect(hint.link?.href).toBe('/mappings#shippingMethods:PigeonPost');
    const channel = fixHintOf(
      {
        reason: 'invalid-mapping',
        payload: payloadOf({ fields: ['brightpearl.channelId'] }),
        flow: 'order',
      },
      null,
    );
    expect(channel.summary).toContain('The mapping of the channel id names');
  });

  it('names the unknown SKU', () => {
    const payload = payloadOf({ field: 'OrderItemSKU', skus: ['MUG-9'] });
    const hint = fixHintOf({ reason: 'unknown-sku', payload, flow: 'order' }, null);
    expect(hint.summary).toBe('Product SKU MUG-9 is not in Brightpearl.');
    expect(hint.link?.href).toBe('/mappings#products.skuAliases:MUG-9');
  });

  it('offers edit and retry only for data a merchant can correct, on the order flow', () => {
    const of = (reason: 'invalid-address' | 'check-failed', details: object, flow = 'order') =>
      fixHintOf({ reason, payload: payloadOf({ ...details }), flow }, null).editable;
    expect(of('invalid-address', {})).toBe(true);
    expect(of('invalid-address', {}, 'payment')).toBe(false);
    expect(
      of('check-failed', { source: 'address', field: 'Addresses.Shipping.OrderAddressZip' }),
    ).toBe(true);
    expect(of('check-failed', { source: 'phone' })).toBe(true);
    expect(of('check-failed', { source: 'totals' })).toBe(false);
    const check = fixHintOf(
      {
        reason: 'check-failed',
        payload: payloadOf({ source: 'address' }),
        flow: 'order',
        message: 'Postcode "LS1 1A" is not a valid GB postcode',
      },
      null,
    );
    expect(check.summary).toBe(
      'A check or business rule stopped the order: Postcode "LS1 1A" is not a valid GB postcode.',
    );
  });
});
