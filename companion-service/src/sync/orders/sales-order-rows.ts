import type {
  BrightpearlProductId,
  KenticoOrder,
  MappingConfig,
  SalesOrderRow,
} from '@bpkc/shared-types';

import { PermanentSyncError } from './mapping-failure';
import { toDecimalString, toMinor } from './money';
import { taxCodeForAmounts, taxCodeForRate } from './tax-codes';

/** Differences up to this (5 pence) are absorbed by an explicit rounding row; more is an error. */
const ROUNDING_TOLERANCE = toMinor(0.05);

/** One row per item (productId, net and tax as row totals), then shipping, then any rounding. */
export function salesOrderRows(
  order: KenticoOrder,
  mapping: MappingConfig,
  productIds: ReadonlyMap<string, BrightpearlProductId>,
): SalesOrderRow[] {
  const rows: SalesOrderRow[] = order.Items.map((item) => ({
    productId: productIds.get(item.OrderItemSKU),
    name: item.OrderItemName,
    quantity: String(item.OrderItemQuantity),
    taxCode: taxCodeForRate(mapping, item.OrderItemTaxRate),
    net: toDecimalString(toMinor(item.OrderItemTotalPrice)),
    tax: toDecimalString(toMinor(item.OrderItemTotalTax)),
    nominalCode: mapping.brightpearl.salesNominalCode,
    externalRef: item.OrderItemGUID,
  }));
  const shippingRow = toShippingRow(order, mapping);
  if (shippingRow) rows.push(shippingRow);
  const rounding = toRoundingRow(order, mapping, rows);
  if (rounding) rows.push(rounding);
  return rows;
}

function toShippingRow(order: KenticoOrder, mapping: MappingConfig): SalesOrderRow | undefined {
  const net = toMinor(order.OrderTotalShipping);
  const itemsTax = order.Items.reduce((sum, item) => sum + toMinor(item.OrderItemTotalTax), 0);
  const tax = toMinor(order.OrderTotalTax) - itemsTax;
  if (net === 0 && tax === 0) return undefined;
  return {
    name: `Shipping: ${order.OrderShippingMethodDisplayName ?? order.OrderShippingMethodName}`,
    quantity: '1',
    taxCode: taxCodeForAmounts(mapping, net, tax),
    net: toDecimalString(net),
    tax: toDecimalString(tax),
    nominalCode: mapping.brightpearl.shippingNominalCode,
  };
}

/** Shop totals can differ from the sum of rows by a cent; say so in a row, never silently. */
function toRoundingRow(
  order: KenticoOrder,
  mapping: MappingConfig,
  rows: SalesOrderRow[],
): SalesOrderRow | undefined {
  const rowsTotal = rows.reduce((sum, row) => sum + toMinor(Number(row.net) + Number(row.tax)), 0);
  const difference = toMinor(order.OrderGrandTotal) - rowsTotal;
  if (difference === 0) return undefined;
  if (Math.abs(difference) > ROUNDING_TOLERANCE) {
    throw new PermanentSyncError(
      'invalid-order',
      `OrderGrandTotal differs from the sum of items, shipping and tax by ${difference / 10_000}`,
      { field: 'OrderGrandTotal' },
    );
  }
  return {
    name: 'Rounding adjustment',
    quantity: '1',
    taxCode: taxCodeForRate(mapping, 0),
    net: toDecimalString(difference),
    tax: '0.00',
    nominalCode: mapping.brightpearl.salesNominalCode,
  };
}
