import { MappingConfig } from '@bpkc/shared-types';

import { withSuggestion } from './apply-suggestion';
import { candidatesFrom, propose } from './propose';
import type { UnmappedValue } from './unmapped-values';

const BRIGHTPEARL = {
  orderStatuses: [{ value: '2', label: 'New web order' }],
  shippingMethods: [
    { value: '1', label: 'Royal Mail 1st Class' },
    { value: '2', label: 'DPD Next Day' },
  ],
  paymentMethods: [
    { value: 'CARD', label: 'Card (web)' },
    { value: 'CASH', label: 'Cash (inactive)', inactive: true },
  ],
  warehouses: [],
  channels: [],
  priceLists: [],
  taxCodes: [
    { value: 'T20', label: 'T20 — Standard rate (20%)' },
    { value: 'T5', label: 'T5 — Reduced rate (5%)' },
  ],
  nominalCodes: [],
};

const value = (kind: UnmappedValue['kind'], name: string, label = name): UnmappedValue => ({
  kind,
  value: name,
  label,
  seenIn: 'test',
});

describe('propose', () => {
  const candidates = candidatesFrom(BRIGHTPEARL, ['TSHIRT-RED-M', 'MUG-BLUE']);

  it('matches each kind by name, tax rates by the rate their label states', () => {
    const found = propose(
      [
        value('shippingMethod', 'RoyalMailFirstClass'),
        value('taxRate', '5'),
        value('sku', 'tshirt_red_m'),
        value('paymentMethod', 'Cash'),
      ],
      candidates,
      new Set(),
    );
    expect(found.map((s) => [s.id, s.confidence])).toEqual([
      ['shippingMethod:RoyalMailFirstClass:1', 1],
      ['taxRate:5:T5', 0.95],
      ['sku:tshirt_red_m:TSHIRT-RED-M', 1],
    ]);
    expect(found[1]!.reason).toBe('the Brightpearl tax code is for 5%');
  });

  it('proposes nothing below the confidence floor, and never a rejected pairing', () => {
    expect(propose([value('shippingMethod', 'Drone')], candidates, new Set())).toEqual([]);
    const rejected = new Set(['sku:tshirt_red_m:TSHIRT-RED-M']);
    expect(propose([value('sku', 'tshirt_red_m')], candidates, rejected)).toEqual([]);
  });

  it('an accepted SKU lands in products.skuAliases, a method in its table', () => {
    const mapping = MappingConfig.parse({
      version: 1,
      brightpearl: { channelId: 1, warehouseId: 2, priceListId: 1 },
      orderStatuses: {},
      shippingMethods: {},
      taxCodes: {},
      currencies: ['GBP'],
    });
    const [sku, method] = propose(
      [value('sku', 'tshirt_red_m'), value('shippingMethod', 'DpdNextDay')],
      candidates,
      new Set(),
    );
    expect(withSuggestion(mapping, sku!).products.skuAliases).toEqual({
      tshirt_red_m: 'TSHIRT-RED-M',
    });
    expect(withSuggestion(mapping, method!).shippingMethods).toEqual({ DpdNextDay: 2 });
  });
});
