import type { MappingConfig } from '@bpkc/shared-types';

import { allRows, applyRows, unmappedKeys } from './mapping-rows';

const mapping = {
  orderStatuses: { Pending: 3 },
  shippingMethods: { Std: 1 },
  taxCodes: { '20': 'T20' },
  payments: { paidStatuses: [], methods: { Card: 'CARD' } },
  statusSync: { kenticoOwned: [], fromBrightpearl: { '4': 'Processing' } },
} as unknown as MappingConfig;

describe('mapping rows', () => {
  it('round-trips every map, storing Brightpearl ids as numbers', () => {
    const rows = allRows(mapping);
    expect(rows.shippingMethods).toEqual([{ key: 'Std', value: '1' }]);
    const edited = {
      ...rows,
      shippingMethods: [...rows.shippingMethods!, { key: 'PigeonPost', value: '4' }],
    };
    const result = applyRows(mapping, edited);
    expect(result.shippingMethods).toEqual({ Std: 1, PigeonPost: 4 });
    expect(result.payments.methods).toEqual({ Card: 'CARD' });
    expect(result.statusSync.fromBrightpearl).toEqual({ '4': 'Processing' });
    expect(result.payments.paidStatuses).toEqual([]);
  });

  it('keeps a half-filled row so validation can name it', () => {
    const rows = { ...allRows(mapping), shippingMethods: [{ key: 'PigeonPost', value: '' }] };
    expect(applyRows(mapping, rows).shippingMethods).toEqual({ PigeonPost: '' });
  });

  it('lists the keys no row maps yet', () => {
    expect(unmappedKeys([{ key: 'Std', value: '1' }], ['Std', 'PigeonPost'])).toEqual([
      'PigeonPost',
    ]);
  });
});
