import { diffConfigurations, sameValue } from './configuration-diff';

const rule = (id: string, name = id) => ({ id, name, action: { kind: 'hold', reason: 'r' } });

describe('diffConfigurations', () => {
  it('names added, removed and changed values by dot path', () => {
    const before = { shippingMethods: { Standard: 1, Express: 2 }, currencies: ['GBP'] };
    const after = { shippingMethods: { Standard: 3, Drone: 4 }, currencies: ['GBP', 'EUR'] };
    expect(diffConfigurations(before, after)).toEqual([
      { path: 'shippingMethods.Standard', change: 'changed', before: 1, after: 3 },
      { path: 'shippingMethods.Express', change: 'removed', before: 2 },
      { path: 'shippingMethods.Drone', change: 'added', after: 4 },
      { path: 'currencies', change: 'changed', before: ['GBP'], after: ['GBP', 'EUR'] },
    ]);
  });

  it('finds nothing between equal documents, whatever their key order', () => {
    const a = { brightpearl: { channelId: 1, warehouseId: 2 }, rules: [rule('a')] };
    const b = { rules: [rule('a')], brightpearl: { warehouseId: 2, channelId: 1 } };
    expect(diffConfigurations(a, b)).toEqual([]);
    expect(sameValue(a, b)).toBe(true);
  });

  it('compares rules by id, not by position', () => {
    const before = { rules: [rule('hold-big'), rule('note-b2b')] };
    const after = { rules: [rule('new-one'), rule('hold-big', 'Hold big orders')] };
    expect(diffConfigurations(before, after)).toEqual([
      {
        path: 'rules.hold-big.name',
        change: 'changed',
        before: 'hold-big',
        after: 'Hold big orders',
      },
      { path: 'rules.note-b2b', change: 'removed', before: rule('note-b2b') },
      { path: 'rules.new-one', change: 'added', after: rule('new-one') },
    ]);
  });

  it('reports a reordering of the same rules once, as their order', () => {
    const before = { rules: [rule('a'), rule('b')] };
    const after = { rules: [rule('b'), rule('a')] };
    expect(diffConfigurations(before, after)).toEqual([
      { path: 'rules.(order)', change: 'changed', before: ['a', 'b'], after: ['b', 'a'] },
    ]);
  });

  it('treats the whole document as added when there was none', () => {
    expect(diffConfigurations(undefined, { a: 1 })).toEqual([
      { path: 'a', change: 'added', after: 1 },
    ]);
  });
});
