import { rowTargetOf, withTargetRow } from './row-target';

describe('a link to one mapping row', () => {
  it('reads the map and the Kentico value from the hash', () => {
    expect(rowTargetOf('#shippingMethods:PigeonPost')).toEqual({
      path: 'shippingMethods',
      key: 'PigeonPost',
    });
    expect(rowTargetOf('#payments.methods:Card%20%26%20cash')).toEqual({
      path: 'payments.methods',
      key: 'Card & cash',
    });
    expect(rowTargetOf('#shippingMethods')).toBeNull();
    expect(rowTargetOf('')).toBeNull();
    expect(rowTargetOf('#x:%E0%A4%A')).toBeNull();
  });

  it('adds the row of an unmapped value once, and leaves a mapped one alone', () => {
    const rows = { shippingMethods: [{ key: 'DPD', value: '2' }] };
    const target = { path: 'shippingMethods', key: 'PigeonPost' };
    const added = withTargetRow(rows, target);
    expect(added.shippingMethods).toEqual([
      { key: 'DPD', value: '2' },
      { key: 'PigeonPost', value: '' },
    ]);
    expect(withTargetRow(added, target)).toBe(added);
    expect(withTargetRow(rows, { path: 'products.skuAliases', key: 'MUG-9' })).toBe(rows);
    expect(withTargetRow(rows, null)).toBe(rows);
  });
});
