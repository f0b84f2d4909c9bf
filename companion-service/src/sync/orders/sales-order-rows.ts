import type {
  BrightpearlProductId,
  KenticoOrder,
  MappingConfig,
  SalesOrderRow,
} from '@bpkc/shared-types';

import { toDecimalString, toMinor } from './money';
import { roundingRow } from './rounding-row';
import { taxCodeForAmounts, taxCodeForRate } from './tax-codes';

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
  const rounding = roundingRow(mapping, {
    rows,
    total: order.OrderGrandTotal,
    field: 'OrderGrandTotal',
  });
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
