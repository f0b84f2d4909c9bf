import type {
  BrightpearlContactId,
  BrightpearlProductId,
  KenticoOrder,
  MappingConfig,
  SalesOrderCreate,
} from '@bpkc/shared-types';

import { toSalesOrderAddress } from './address-mapper';
import { PermanentSyncError } from './mapping-failure';
import { orderAddresses } from './order-addresses';
import { salesOrderRows } from './sales-order-rows';
import { taxCodeForRate } from './tax-codes';

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
