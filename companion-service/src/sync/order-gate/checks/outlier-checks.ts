import type { Check, CheckContext, Problem } from './check';
import { moneyWords } from './money-words';
import type { HistoryFigures } from './order-history';
import { robustScore } from './robust-stats';

/**
 * The smallest spread the statistics use, as a share of the median: with orders that are nearly
 * all alike, a threshold of 6 then still needs 2.5 × the usual value before anything is flagged.
 */
const MINIMUM_SPREAD_SHARE = 0.25;

interface Measure {
  value: (figures: HistoryFigures) => number;
  /** The smallest spread in the measure's own unit (a cent, an item). */
  unitFloor: number;
  describe: (input: { value: number; median: number; direction: string }) => string;
  field: string;
}

async function outlier(
  context: CheckContext,
  settings: { threshold: number; minHistory: number },
  measure: Measure,
): Promise<Problem[]> {
  const history = await context.recentOrders();
  // Too few orders to know what is usual: say nothing rather than guess.
  if (history.length < settings.minHistory) return [];
  const { order } = context;
  const value = measure.value({
    grandTotal: order.OrderGrandTotal,
    units: order.Items.reduce((sum, item) => sum + item.OrderItemQuantity, 0),
  });
  const { score, median } = robustScore(value, history.map(measure.value), (middle) =>
    Math.max(measure.unitFloor, MINIMUM_SPREAD_SHARE * Math.abs(middle)),
  );
  if (score <= settings.threshold) return [];
  const direction = value > median ? 'above' : 'below';
  return [{ reason: measure.describe({ value, median, direction }), field: measure.field }];
}

/** The grand total against this store's recent orders in the same currency. */
export const checkValueOutlier: Check = (context) => {
  const money = (amount: number) => moneyWords(amount, context.order.BpcCurrencyCode);
  return outlier(context, context.config.valueOutlier, {
    value: (figures) => figures.grandTotal,
    unitFloor: 0.01,
    describe: ({ value, median, direction }) =>
      `Order total ${money(value)} is far ${direction} this store's usual orders (median ${money(median)})`,
    field: 'OrderGrandTotal',
  });
};

const items = (count: number) => `${count} ${count === 1 ? 'item' : 'items'}`;

/** The number of units ordered against this store's recent orders. */
export const checkQuantityOutlier: Check = (context) =>
  outlier(context, context.config.quantityOutlier, {
    value: (figures) => figures.units,
    unitFloor: 1,
    describe: ({ value, median, direction }) =>
      `Order has ${items(value)}, far ${direction} this store's usual orders (median ${items(median)})`,
    field: 'Items',
  });
