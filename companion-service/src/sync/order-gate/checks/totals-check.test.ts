import type { CheckContext, Problem } from './check';
import { allChecks, item, testOrder } from './test-order';
import { checkTotals } from './totals-check';

const run = (overrides: Record<string, unknown>, tolerance = 0.05) =>
  checkTotals({
    order: testOrder(overrides),
    config: allChecks('warn', { totals: { mode: 'warn', tolerance } }),
  } as CheckContext) as Problem[];

describe('totals check', () => {
  it('accepts consistent totals', () => {
    expect(run({})).toEqual([]);
  });

  it('accepts differences within the tolerance, and float sums that only look off', () => {
    expect(run({ OrderGrandTotal: 33.54 })).toEqual([]);
    // 0.1 + 0.2 is 0.30000000000000004 in floats: not a finding.
    const items = [item('A', 1, 0.1), item('B', 1, 0.2)];
    expect(
      run(
        {
          Items: items,
          OrderTotalPrice: 0.3,
          OrderTotalShipping: 0,
          OrderTotalTax: 0,
          OrderGrandTotal: 0.3,
        },
        0,
      ),
    ).toEqual([]);
  });

  it('reports a grand total that is not rows + shipping + tax', () => {
    expect(run({ OrderGrandTotal: 35 })).toEqual([
      {
        reason:
          'Rows £23.33 + shipping £5.00 + tax £5.17 = £33.50, but the order total is £35.00 (£1.50 apart)',
        field: 'OrderGrandTotal',
      },
    ]);
  });

  it("reports a row whose total is not quantity × unit price, and an items total that is not the rows'", () => {
    const items = [{ ...item('A', 2, 10), OrderItemTotalPrice: 25 }, item('B', 1, 3.33)];
    expect(run({ Items: items, OrderTotalPrice: 23.33, OrderGrandTotal: 33.5 })).toEqual([
      {
        reason: 'Row 1 (SKU A): 2 × £10.00 = £20.00, but the row total is £25.00',
        field: 'Items[0].OrderItemTotalPrice',
      },
      {
        reason: "The rows add up to £28.33, but the order's items total is £23.33",
        field: 'OrderTotalPrice',
      },
      {
        reason:
          'Rows £28.33 + shipping £5.00 + tax £5.17 = £38.50, but the order total is £33.50 (£5.00 apart)',
        field: 'OrderGrandTotal',
      },
    ]);
  });

  it('writes amounts in the order currency', () => {
    const [problem] = run({ BpcCurrencyCode: 'EUR', OrderGrandTotal: 40 });
    expect(problem?.reason).toContain('but the order total is €40.00');
  });
});
