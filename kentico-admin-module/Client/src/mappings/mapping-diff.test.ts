import { diffMappings, flatten } from './mapping-diff';

describe('mapping differences', () => {
  it('lists changed, added and removed leaves by dot path, sorted', () => {
    const before = {
      shippingMethods: { Std: 1, Exp: 2 },
      currencies: ['GBP'],
      brightpearl: { channelId: 1 },
    };
    const after = {
      shippingMethods: { Std: 1, Pigeon: 4 },
      currencies: ['GBP', 'EUR'],
      brightpearl: { channelId: 1 },
    };
    expect(diffMappings(before, after)).toEqual([
      { path: 'currencies', before: '["GBP"]', after: '["GBP","EUR"]' },
      { path: 'shippingMethods.Exp', before: '2', after: null },
      { path: 'shippingMethods.Pigeon', before: null, after: '4' },
    ]);
  });

  it('finds nothing between equal mappings and keeps keys with dots apart from nesting', () => {
    expect(diffMappings({ a: { b: 1 } }, { a: { b: 1 } })).toEqual([]);
    expect([...flatten({ taxCodes: { '17.5': 'T' } }).keys()]).toEqual(['taxCodes.17.5']);
  });
});
