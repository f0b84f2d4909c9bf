import type { KenticoOrder } from '@bpkc/shared-types';

import { toMinor } from '../../orders/money';
import type { Check, Problem } from './check';
import { moneyWords } from './money-words';

// Sums are made in 1/10 000 units (sync/orders/money.ts) so float drift never makes a finding.

function rowProblems(order: KenticoOrder, tolerance: number, money: (n: number) => string) {
  const problems: Problem[] = [];
  order.Items.forEach((item, index) => {
    const expected = item.OrderItemQuantity * toMinor(item.OrderItemUnitPrice);
    if (Math.abs(expected - toMinor(item.OrderItemTotalPrice)) <= tolerance) return;
    problems.push({
      reason:
        `Row ${index + 1} (SKU ${item.OrderItemSKU}): ${item.OrderItemQuantity} × ` +
        `${money(item.OrderItemUnitPrice)} = ${money(expected / 10_000)}, ` +
        `but the row total is ${money(item.OrderItemTotalPrice)}`,
      field: `Items[${index}].OrderItemTotalPrice`,
    });
  });
  return problems;
}

function orderProblems(order: KenticoOrder, tolerance: number, money: (n: number) => string) {
  const rows = order.Items.reduce((sum, item) => sum + toMinor(item.OrderItemTotalPrice), 0);
  const problems: Problem[] = [];
  if (Math.abs(rows - toMinor(order.OrderTotalPrice)) > tolerance) {
    problems.push({
      reason: `The rows add up to ${money(rows / 10_000)}, but the order's items total is ${money(order.OrderTotalPrice)}`,
      field: 'OrderTotalPrice',
    });
  }
  const sum = rows + toMinor(order.OrderTotalShipping) + toMinor(order.OrderTotalTax);
  const gap = Math.abs(sum - toMinor(order.OrderGrandTotal));
  if (gap > tolerance) {
    problems.push({
      reason:
        `Rows ${money(rows / 10_000)} + shipping ${money(order.OrderTotalShipping)} + ` +
        `tax ${money(order.OrderTotalTax)} = ${money(sum / 10_000)}, but the order total is ` +
        `${money(order.OrderGrandTotal)} (${money(gap / 10_000)} apart)`,
      field: 'OrderGrandTotal',
    });
  }
  return problems;
}

/**
 * Each row's quantity × unit price is its total, the rows add up to the items total, and rows +
 * shipping + tax make the grand total, each within `tolerance` (order currency units).
 */
export const checkTotals: Check = ({ order, config }) => {
  const tolerance = toMinor(config.totals.tolerance);
  const money = (amount: number) => moneyWords(amount, order.BpcCurrencyCode);
  return [...rowProblems(order, tolerance, money), ...orderProblems(order, tolerance, money)];
};
