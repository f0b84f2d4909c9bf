import { z } from 'zod';

import type { SalesOrderRecord } from './order-types';
import { Amount, IdKey, textOrNull } from './wire-values';

// Money and quantities are strings on this resource ("9.0909", reference §5.5).
const OrderRow = z.object({
  productId: z.number().int().positive(),
  productSku: z.string().nullish(),
  quantity: z.object({ magnitude: Amount }),
  rowValue: z.object({
    rowNet: z.object({ value: Amount }),
    rowTax: z.object({ value: Amount }),
  }),
});

const Party = z.object({ contactId: z.number().int().positive() });

/** One item of `GET /order-service/order/{idSet}` (reference §5.5); only the fields we map. */
export const OrderRecord = z
  .object({
    id: z.number().int().positive(),
    orderTypeCode: z.string().min(1),
    parentOrderId: z.number().int().nonnegative().nullish(),
    reference: z.string().nullish(),
    // Not in the recorded order (it had none); named as the search column (UNCONFIRMED).
    externalRef: z.string().nullish(),
    orderStatus: z.object({ orderStatusId: z.number().int().nonnegative() }),
    orderPaymentStatus: z.string().nullish(),
    shippingStatusCode: z.string().nullish(),
    currency: z.object({ orderCurrencyCode: z.string().min(1) }),
    totalValue: z.object({ total: Amount }),
    // SO/SC name a customer, PO/PC a supplier.
    parties: z.object({ customer: Party.nullish(), supplier: Party.nullish() }),
    // Keyed by row id, not an array (reference §12.12).
    orderRows: z.record(IdKey, OrderRow).nullish(),
  })
  .refine((order) => order.parties.customer ?? order.parties.supplier, {
    message: 'an order names a customer or a supplier',
    path: ['parties'],
  });
export type OrderRecord = z.output<typeof OrderRecord>;

export function toSalesOrderRecord(order: OrderRecord): SalesOrderRecord {
  const rows = Object.entries(order.orderRows ?? {}).map(([key, row]) => ({
    orderRowId: Number(key),
    productId: row.productId,
    sku: textOrNull(row.productSku),
    quantity: row.quantity.magnitude,
    net: row.rowValue.rowNet.value,
    tax: row.rowValue.rowTax.value,
  }));
  return {
    orderId: order.id,
    orderTypeCode: order.orderTypeCode,
    parentOrderId: order.parentOrderId ?? 0,
    statusId: order.orderStatus.orderStatusId,
    externalRef: textOrNull(order.externalRef),
    reference: order.reference ?? '',
    totalGross: order.totalValue.total,
    currencyCode: order.currency.orderCurrencyCode,
    rows: rows.sort((a, b) => a.orderRowId - b.orderRowId),
    shippingStatusCode: textOrNull(order.shippingStatusCode),
    paymentStatus: textOrNull(order.orderPaymentStatus),
    // The refine above guarantees one of them.
    contactId: (order.parties.customer ?? order.parties.supplier)?.contactId ?? 0,
  };
}
