import { formatUnits } from '../decimal';
import type { SimulatorState, StoredOrder } from '../state';
import { withoutUndefined } from '../objects';
import { paymentStatusOf } from '../payments/payment-status';
import { NEW_ORDER_CODES, shippingStatusOf, totalsOf } from './order-codes';

/**
 * GET /order-service/sales-order/{idSet} item: the writeable fields of the POST body plus the
 * read-only ones (reference §5.2). Addresses keep their input form (ISO-3 countryIsoCode).
 */
export function salesOrderView(state: SimulatorState, order: StoredOrder) {
  const totals = totalsOf(order);
  return withoutUndefined({
    id: order.id,
    customer: order.customer,
    billing: order.billing,
    ref: order.ref,
    placedOn: order.placedOn,
    taxDate: order.taxDate,
    parentId: order.parentOrderId,
    statusId: order.statusId,
    warehouseId: order.warehouseId,
    channelId: order.channelId,
    externalRef: order.externalRef,
    installedIntegrationInstanceId: order.installedIntegrationInstanceId,
    priceListId: order.priceListId,
    priceModeCode: order.priceModeCode,
    currency: order.currency,
    delivery: order.delivery,
    createdOn: order.createdOn,
    createdBy: NEW_ORDER_CODES.createdById,
    updatedOn: order.updatedOn,
    total: {
      net: formatUnits(totals.net),
      tax: formatUnits(totals.tax),
      gross: formatUnits(totals.gross),
      baseNet: formatUnits(totals.net),
      baseTax: formatUnits(totals.tax),
      baseGross: formatUnits(totals.gross),
    },
    isCanceled: false,
    orderPaymentStatus: paymentStatusOf(state, order).name,
    allocationStatusCode: NEW_ORDER_CODES.allocationStatusCode,
    shippingStatusCode: shippingStatusOf(state, order).code,
    rows: order.rows.map((row) =>
      withoutUndefined({
        id: row.id,
        productId: row.productId,
        name: row.name,
        quantity: formatUnits(row.quantity, 0),
        taxCode: row.taxCode,
        net: formatUnits(row.net),
        tax: formatUnits(row.tax),
        nominalCode: row.nominalCode,
        externalRef: row.externalRef,
      }),
    ),
  });
}
