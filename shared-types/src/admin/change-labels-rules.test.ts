import { describeChange } from './change-labels';

const label = (path: string, context = {}) =>
  describeChange({ path, change: 'changed', before: 1, after: 2 }, context).label;

const none = { orderStatuses: [], shippingMethods: [], paymentMethods: [], warehouses: [] };
const BRIGHTPEARL = {
  ...none,
  orderStatuses: [{ value: '4', label: 'Invoiced' }],
  channels: [],
  priceLists: [],
  taxCodes: [],
  nominalCodes: [],
};

describe('change labels of business rules', () => {
  it('numbers and names rules from the newer document, else the older one', () => {
    const before = { rules: [{ id: 'gone', name: 'Old rule' }] };
    const after = {
      rules: [
        { id: 'a', name: 'First' },
        { id: 'b', name: 'Second' },
        { id: 'big', name: 'Big orders' },
      ],
    };
    const context = { before, after };
    expect(label('rules.big.action', context)).toBe("Rule 3 'Big orders' action");
    expect(label('rules.big.action.reason', context)).toBe("Rule 3 'Big orders' action reason");
    expect(label('rules.big.when', context)).toBe("Rule 3 'Big orders' conditions");
    expect(label('rules.gone', context)).toBe("Rule 1 'Old rule'");
    expect(label('rules.nowhere', context)).toBe('Rule nowhere');
    expect(label('rules.(order)', context)).toBe('Order of the business rules');
    const route = describeChange(
      { path: 'rules.big.action.statusId', change: 'added', after: 4 },
      { ...context, names: { brightpearl: BRIGHTPEARL } },
    );
    expect(route).toMatchObject({
      label: "Rule 3 'Big orders' route to status",
      afterText: '4 (Invoiced)',
    });
  });
});
