import type { SalesOrderAddress } from '@bpkc/shared-types';

import { findCountry } from '../countries';
import { divideUnits, formatUnits } from '../decimal';
import { paymentStatusOf } from '../payments/payment-status';
import type { SimulatorState, StoredOrder, StoredOrderRow } from '../state';
import { NEW_ORDER_CODES, shippingStatusOf, statusNameOf, totalsOf } from './order-codes';

/**
 * GET /order-service/order/{idSet} item (reference §5.5): money as strings, `orderRows` keyed by
 * row id, parties with ISO-2 `countryIsoCode` plus ISO-3 `countryIsoCode3` on output.
 */
export function lowLevelOrderView(state: SimulatorState, order: StoredOrder) {
  const totals = totalsOf(order);
  const baseCurrency = state.lookups.accountConfiguration.baseCurrencyCode;
  return {
    id: order.id,
    parentOrderId: order.parentOrderId,
    orderTypeCode: order.orderTypeCode,
    reference: order.ref ?? '',
    ...(order.externalRef === undefined ? {} : { externalRef: order.externalRef }),
    version: 1,
    state: { tax: 'NOT_INVOICED' },
    orderStatus: { orderStatusId: order.statusId, name: statusNameOf(state, order.statusId) },
    orderPaymentStatus: paymentStatusOf(state, order).name,
    stockStatusCode: NEW_ORDER_CODES.stockStatus.code,
    allocationStatusCode: NEW_ORDER_CODES.allocationStatusCode,
    shippingStatusCode: shippingStatusOf(state, order).code,
    placedOn: order.placedOn,
    createdOn: order.createdOn,
    updatedOn: order.updatedOn,
    createdById: NEW_ORDER_CODES.createdById,
    priceListId: order.priceListId,
    priceModeCode: order.priceModeCode,
    delivery: {
      ...(order.delivery.date === undefined ? {} : { deliveryDate: order.delivery.date }),
      shippingMethodId: order.delivery.shippingMethodId,
    },
    invoices: [{ invoiceReference: '', taxDate: order.taxDate }],
    currency: {
      accountingCurrencyCode: baseCurrency,
      orderCurrencyCode: order.currency.code,
      exchangeRate: Number(order.currency.exchangeRate).toFixed(6),
      fixedExchangeRate: order.currency.fixedExchangeRate,
    },
    totalValue: {
      net: formatUnits(totals.net),
      taxAmount: formatUnits(totals.tax),
      baseNet: formatUnits(totals.net),
      baseTaxAmount: formatUnits(totals.tax),
      baseTotal: formatUnits(totals.gross),
      total: formatUnits(totals.gross),
    },
    assignment: {
      current: {
        staffOwnerContactId: 0,
        projectId: 0,
        channelId: order.channelId,
        leadSourceId: 0,
        teamId: 0,
      },
    },
    parties: {
      customer: { contactId: order.customer.id, ...partyAddress(order.customer.address) },
      delivery: partyAddress(order.delivery.address),
      billing: { contactId: order.billing.contactId, ...partyAddress(order.billing.address) },
    },
    orderRows: Object.fromEntries(
      order.rows.map((row, index) => [String(row.id), rowView(state, { order, row, index })]),
    ),
    warehouseId: order.warehouseId,
    acknowledged: 0,
    costPriceListId: 0,
    historicalOrder: false,
    orderWeighting: 100,
  };
}

function partyAddress(address: SalesOrderAddress) {
  const country = findCountry(address.countryIsoCode);
  return {
    addressFullName: address.addressFullName,
    companyName: address.companyName ?? '',
    addressLine1: address.addressLine1,
    addressLine2: address.addressLine2 ?? '',
    addressLine3: address.addressLine3 ?? '',
    addressLine4: address.addressLine4 ?? '',
    postalCode: address.postalCode ?? '',
    country: country?.name ?? '',
    telephone: address.telephone ?? '',
    mobileTelephone: address.mobileTelephone ?? '',
    fax: '',
    email: address.email ?? '',
    countryId: country?.id ?? 0,
    countryIsoCode: country?.iso2 ?? '',
    countryIsoCode3: address.countryIsoCode,
  };
}

interface RowInOrder {
  order: StoredOrder;
  row: StoredOrderRow;
  index: number;
}

function rowView(state: SimulatorState, { order, row, index }: RowInOrder) {
  const currencyCode = order.currency.code;
  const taxRate = state.lookups.taxCodes.find((taxCode) => taxCode.code === row.taxCode)?.rate ?? 0;
  return {
    orderRowSequence: String((index + 1) * 10),
    productId: row.productId,
    productName: row.name,
    productSku: row.sku ?? '',
    quantity: { magnitude: formatUnits(row.quantity, 4) },
    itemCost: { currencyCode, value: '0.0000' },
    productPrice: { currencyCode, value: formatUnits(divideUnits(row.net, row.quantity), 4) },
    discountPercentage: '0.00',
    rowValue: {
      taxRate: taxRate.toFixed(4),
      taxCode: row.taxCode,
      taxCalculator: 'brightpearl',
      rowNet: { currencyCode, value: formatUnits(row.net, 4) },
      rowTax: { currencyCode, value: formatUnits(row.tax) },
    },
    nominalCode: row.nominalCode,
    composition: { bundleParent: false, bundleChild: false, parentOrderRowId: 0 },
    clonedFromId: 0,
  };
}
