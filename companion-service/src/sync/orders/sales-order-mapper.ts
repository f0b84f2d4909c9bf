import type {
  BrightpearlContactId,
  BrightpearlProductId,
  KenticoOrder,
  MappingConfig,
  SalesOrderCreate,
  SalesOrderRow,
} from '@bpkc/shared-types';

import { toSalesOrderAddress } from './address-mapper';
import { PermanentSyncError } from './mapping-failure';
import { toDecimalString, toMinor } from './money';
import { orderAddresses } from './order-addresses';
import { taxCodeForAmounts, taxCodeForRate } from './tax-codes';

/** Differences up to this (5 pence) are absorbed by an explicit rounding row; more is an error. */
const ROUNDING_TOLERANCE = toMinor(0.05);

export interface ResolvedParties {
  contactId: BrightpearlContactId;
  productIds: ReadonlyMap<string, BrightpearlProductId>;
}

/** Checks every mapped value before any Brightpearl call is spent on the order. */
export function assertOrderIsMappable(order: KenticoOrder, mapping: MappingConfig): void {
  statusId(order, mapping);
  shippingMethodId(order, mapping);
  if (!mapping.currencies.includes(order.BpcCurrencyCode)) {
    throw new PermanentSyncError(
      'unsupported-currency',
      `currency ${order.BpcCurrencyCode} is not enabled in the mapping`,
      { field: 'BpcCurrencyCode' },
    );
  }
  if (order.Items.length === 0) {
    throw new PermanentSyncError('invalid-order', 'the order has no items', { field: 'Items' });
  }
  const { billing, shipping } = orderAddresses(order);
  toSalesOrderAddress(billing);
  toSalesOrderAddress(shipping);
  order.Items.forEach((item) => taxCodeForRate(mapping, item.OrderItemTaxRate));
}

/** Kentico order → the body of POST /order-service/sales-order (all rows in one atomic call). */
export function toSalesOrder(
  order: KenticoOrder,
  mapping: MappingConfig,
  parties: ResolvedParties,
): SalesOrderCreate {
  const { billing, shipping } = orderAddresses(order);
  const billingAddress = toSalesOrderAddress(billing);
  const bp = mapping.brightpearl;
  return {
    customer: { id: parties.contactId, address: billingAddress },
    billing: { contactId: parties.contactId, address: billingAddress },
    ref: order.OrderNumber,
    placedOn: order.OrderCreatedWhen,
    taxDate: order.OrderCreatedWhen,
    statusId: statusId(order, mapping),
    channelId: bp.channelId,
    warehouseId: bp.warehouseId,
    priceListId: bp.priceListId,
    priceModeCode: bp.priceMode,
    externalRef: order.OrderGUID,
    installedIntegrationInstanceId: bp.installedIntegrationInstanceId,
    currency: { code: order.BpcCurrencyCode },
    delivery: {
      address: toSalesOrderAddress(shipping),
      shippingMethodId: shippingMethodId(order, mapping),
    },
    rows: salesOrderRows(order, mapping, parties.productIds),
  };
}

function salesOrderRows(
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

function statusId(order: KenticoOrder, mapping: MappingConfig): number {
  const id = mapping.orderStatuses[order.OrderStatusName];
  if (id === undefined) {
    throw new PermanentSyncError(
      'unmapped-order-status',
      `order status "${order.OrderStatusName}" has no Brightpearl status in the mapping`,
      { field: 'orderStatuses', value: order.OrderStatusName },
    );
  }
  return id;
}

function shippingMethodId(order: KenticoOrder, mapping: MappingConfig): number {
  const name = order.OrderShippingMethodName ?? '';
  const id = mapping.shippingMethods[name];
  if (id === undefined) {
    throw new PermanentSyncError(
      'unmapped-shipping-method',
      `shipping method "${name}" has no Brightpearl shipping method in the mapping`,
      { field: 'shippingMethods', value: name },
    );
  }
  return id;
}
