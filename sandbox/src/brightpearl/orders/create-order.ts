import { SalesOrderCreate } from '@bpkc/shared-types';

import { toUnits } from '../decimal';
import { BrightpearlError, ERROR_CODES, parseBody } from '../errors';
import type { RouteContext } from '../route';
import { FREE_TEXT_PRODUCT_ID, formatTimestamp, takeId } from '../state';
import type { SimulatorState, StoredContact, StoredOrder, StoredOrderRow } from '../state';
import { checkReferences, findDuplicate } from './order-checks';
import { contactAddress } from './order-addresses';
import { withoutUndefined } from '../objects';
import { allocateOrder } from '../warehouse/allocation';

/**
 * POST /order-service/sales-order (reference §5.1–5.2): atomic, so every check runs before
 * anything is stored. Returns the new order id.
 */
export function createSalesOrder(context: RouteContext): number {
  const input = parseBody(SalesOrderCreate, context.body, ERROR_CODES.orderValidation);
  const { state } = context;
  const errors = checkReferences(state, input);
  if (errors.length > 0) throw new BrightpearlError(400, errors);
  const duplicate = findDuplicate(state, input);
  if (duplicate) {
    // The real error code for this rejection is UNCONFIRMED (reference §5.2); ORDC-097 is ours.
    throw BrightpearlError.of(
      400,
      ERROR_CODES.orderDuplicateExternalRef,
      `An order with external reference ${input.externalRef} already exists`,
    );
  }
  const order = buildOrder(state, input, formatTimestamp(context.now()));
  state.orders.set(order.id, order);
  const customer = state.contacts.get(order.customer.id);
  if (customer) customer.lastOrderedOn = order.createdOn;
  allocateOrder(context, order);
  // sales-order.created fires only for this endpoint; order.modified was seen on creation too
  // (reference §10.3).
  context.emit({ resourceType: 'sales-order', lifecycleEvent: 'created', ids: [order.id] });
  context.emit({ resourceType: 'order', lifecycleEvent: 'modified', ids: [order.id] });
  return order.id;
}

/** A sales order from a validated body; a sales credit overrides the type fields afterwards. */
export function buildOrder(
  state: SimulatorState,
  input: SalesOrderCreate,
  now: string,
): StoredOrder {
  const { lookups } = state;
  const config = lookups.accountConfiguration;
  const channelId = input.channelId ?? config.defaultSalesChannelId;
  const channel = lookups.channels.find((candidate) => candidate.id === channelId);
  const customer = requireContact(state, input.customer.id);
  const billingContact = requireContact(state, input.billing?.contactId ?? customer.contactId);
  return withoutUndefined({
    id: takeId(state, 'order'),
    orderTypeCode: 'SO',
    parentOrderId: 0,
    ref: input.ref,
    externalRef: input.externalRef,
    installedIntegrationInstanceId: input.installedIntegrationInstanceId,
    customer: {
      id: customer.contactId,
      address: input.customer.address ?? contactAddress(state, customer, 'DEF'),
    },
    billing: {
      contactId: billingContact.contactId,
      address: input.billing?.address ?? contactAddress(state, billingContact, 'BIL'),
    },
    delivery: withoutUndefined({
      date: normaliseDate(input.delivery?.date),
      address: input.delivery?.address ?? contactAddress(state, customer, 'DEL'),
      shippingMethodId: input.delivery?.shippingMethodId ?? 0,
    }),
    placedOn: normaliseDate(input.placedOn) ?? now,
    taxDate: normaliseDate(input.taxDate) ?? now,
    createdOn: now,
    updatedOn: now,
    statusId: input.statusId ?? config.newSalesOrderStatusId,
    channelId,
    warehouseId: input.warehouseId ?? channel?.defaultWarehouseId ?? config.defaultWarehouseId,
    priceListId: input.priceListId ?? channel?.defaultPriceListId ?? customer.priceListId,
    priceModeCode: input.priceModeCode ?? 'EXC',
    currency: {
      code: input.currency?.code ?? config.baseCurrencyCode,
      fixedExchangeRate: input.currency?.fixedExchangeRate ?? false,
      exchangeRate: input.currency?.exchangeRate ?? '1',
    },
    rows: input.rows.map((row) => buildRow(state, row)),
  });
}

function buildRow(state: SimulatorState, row: SalesOrderCreate['rows'][number]): StoredOrderRow {
  const product = row.productId === undefined ? undefined : state.products.get(row.productId);
  return withoutUndefined({
    id: takeId(state, 'orderRow'),
    productId: product?.id ?? FREE_TEXT_PRODUCT_ID,
    // A row name overrides the product name (reference §5.4).
    name: row.name ?? product?.name ?? '',
    sku: product?.sku,
    quantity: toUnits(row.quantity),
    net: toUnits(row.net),
    tax: toUnits(row.tax),
    taxCode: row.taxCode,
    nominalCode:
      row.nominalCode ??
      product?.nominalCodeSales ??
      state.lookups.accountConfiguration.salesNominalCode,
    externalRef: row.externalRef,
  });
}

function requireContact(state: SimulatorState, id: number): StoredContact {
  const contact = state.contacts.get(id);
  if (!contact) throw new Error(`contact ${id} vanished after validation`);
  return contact;
}

/** Dates come back in account time (validated by checkReferences beforehand). */
function normaliseDate(value: string | undefined): string | undefined {
  return value === undefined ? undefined : formatTimestamp(new Date(Date.parse(value)));
}
