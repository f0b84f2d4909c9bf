import { randomUUID } from 'node:crypto';

import { KenticoOrderGuid, ORDER_ADDRESS_TYPES, type KenticoOrder } from '@bpkc/shared-types';

import { toIsoWithOffset } from './clock';
import { toUnits } from './money';
import { findOrCreateCustomer, toOrderAddress, toOrderItem } from './order-parts';
import { orderTotals, priceLine } from './order-pricing';
import { unitsPerSku } from './pending-orders';
import { DEFAULTS, type PlaceOrderInput } from './place-order-input';
import type { PaymentMethod, ShippingMethod } from './reference-data';
import type { KenticoStore } from './store';

/** Order numbers as Dancing Goat generates them from a SQL sequence. */
export const orderNumber = (orderId: number): string => `ORD#${String(orderId).padStart(6, '0')}`;

function resolveShipping(store: KenticoStore, code: string | null): ShippingMethod | undefined {
  if (code === null) return undefined;
  // An unknown code name becomes a new method: a merchant can add one that nobody has mapped yet.
  return store.reference.shippingMethods.ensure(code, (id) => ({
    ShippingMethodID: id,
    ShippingMethodName: code,
    ShippingMethodDisplayName: code,
    ShippingMethodPrice: 0,
    ShippingMethodEnabled: true,
  }));
}

function resolvePayment(store: KenticoStore, code: string | null): PaymentMethod | undefined {
  if (code === null) return undefined;
  return store.reference.paymentMethods.ensure(code, (id) => ({
    PaymentMethodID: id,
    PaymentMethodName: code,
    PaymentMethodDisplayName: code,
    PaymentMethodEnabled: true,
  }));
}

function resolveStatus(store: KenticoStore, code: string) {
  return store.reference.orderStatuses.ensure(code, (id) => ({
    OrderStatusID: id,
    OrderStatusName: code,
    OrderStatusDisplayName: code,
    OrderStatusOrder: id,
  }));
}

/** `??` would turn an explicit null ("no shipping", "no payment method") into the default. */
const orDefault = <T>(value: T | undefined, fallback: T): T =>
  value === undefined ? fallback : value;

const toTimestamp = (value: Date | string): string =>
  typeof value === 'string' ? value : toIsoWithOffset(value);

/**
 * Creates and stores an order the way IOrderCreationService does: customer, then priced items,
 * addresses and totals in one go, then stock. The caller emits the `order.created` event.
 */
export function createOrder(
  store: KenticoStore,
  input: PlaceOrderInput,
  context: { now: () => string; currencyCode: string },
): KenticoOrder {
  const when = input.createdAt === undefined ? context.now() : toTimestamp(input.createdAt);
  const customer = findOrCreateCustomer(store, input.customer, when);
  const shipping = resolveShipping(store, orDefault(input.shippingMethod, DEFAULTS.shippingMethod));
  const payment = resolvePayment(store, orDefault(input.paymentMethod, DEFAULTS.paymentMethod));
  const status = resolveStatus(store, input.status ?? DEFAULTS.status);
  const lines = input.items.map(priceLine);
  const totals = orderTotals(lines, {
    net: toUnits(input.shippingPrice ?? shipping?.ShippingMethodPrice ?? 0),
    taxRate: input.shippingTaxRate ?? DEFAULTS.taxRate,
  });
  const orderId = store.nextId('order');
  const address = (type: string, given = input.billingAddress) =>
    toOrderAddress(store, { type, address: given, customer });
  const order: KenticoOrder = {
    OrderID: orderId,
    OrderGUID: KenticoOrderGuid.parse(randomUUID()),
    OrderNumber: orderNumber(orderId),
    OrderCreatedWhen: when,
    OrderModifiedWhen: when,
    OrderOrderStatusID: status.OrderStatusID,
    OrderStatusName: status.OrderStatusName,
    ...totals,
    OrderPaymentMethodID: payment?.PaymentMethodID ?? null,
    OrderPaymentMethodDisplayName: payment?.PaymentMethodDisplayName ?? null,
    OrderPaymentMethodName: payment?.PaymentMethodName ?? null,
    OrderShippingMethodID: shipping?.ShippingMethodID ?? null,
    OrderShippingMethodDisplayName: shipping?.ShippingMethodDisplayName ?? null,
    OrderShippingMethodName: shipping?.ShippingMethodName ?? null,
    BpcCurrencyCode: context.currencyCode,
    BpcPaymentFee: input.paymentFee ?? null,
    BpcBrightpearlOrderID: null,
    Customer: customer,
    Items: lines.map((line) => toOrderItem(store, line)),
    Addresses: [
      address(ORDER_ADDRESS_TYPES.billing),
      address(ORDER_ADDRESS_TYPES.shipping, input.shippingAddress ?? input.billingAddress),
    ],
  };
  store.saveOrder(order);
  // The storefront sells from Kentico's own figure, so checkout takes the units off it at once;
  // Brightpearl only learns of them when the order syncs. Summed per SKU: one change per order.
  for (const { sku, quantity } of unitsPerSku(order)) store.stock.sell(sku, quantity);
  return order;
}
