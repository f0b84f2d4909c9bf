import type { BrightpearlErrorItem, SalesOrderCreate } from '@bpkc/shared-types';

import { findCountry } from '../countries';
import { isWholeNumber, toUnits } from '../decimal';
import { ERROR_CODES } from '../errors';
import type { SimulatorState, StoredOrder } from '../state';

const unknown = (message: string): BrightpearlErrorItem => ({
  code: ERROR_CODES.orderUnknownReference,
  message,
});

/**
 * Everything the schema cannot know: referenced records must exist. Brightpearl validates
 * these server-side; the exact codes/messages are UNCONFIRMED (see errors.ts).
 */
export function checkReferences(
  state: SimulatorState,
  input: SalesOrderCreate,
): BrightpearlErrorItem[] {
  const { lookups } = state;
  const errors: BrightpearlErrorItem[] = [];
  const require = (condition: boolean, message: string) => {
    if (!condition) errors.push(unknown(message));
  };
  require(state.contacts.has(
    input.customer.id,
  ), `Customer contact ${input.customer.id} does not exist`);
  if (input.billing) {
    const id = input.billing.contactId;
    require(state.contacts.has(id), `Billing contact ${id} does not exist`);
  }
  const has = <T>(list: T[], pick: (item: T) => number, id: number | undefined) =>
    id === undefined || list.some((item) => pick(item) === id);
  require(has(
    lookups.orderStatuses,
    (s) => s.statusId,
    input.statusId,
  ), `Order status ${input.statusId} does not exist`);
  require(has(
    lookups.channels,
    (c) => c.id,
    input.channelId,
  ), `Channel ${input.channelId} does not exist`);
  require(has(
    lookups.warehouses,
    (w) => w.id,
    input.warehouseId,
  ), `Warehouse ${input.warehouseId} does not exist`);
  require(has(
    lookups.priceLists,
    (p) => p.id,
    input.priceListId,
  ), `Price list ${input.priceListId} does not exist`);
  const methodId = input.delivery?.shippingMethodId;
  require(has(
    lookups.shippingMethods,
    (m) => m.id,
    methodId,
  ), `Shipping method ${methodId} does not exist`);
  const currency = input.currency?.code;
  const rate = Number(input.currency?.exchangeRate ?? '1');
  require(Number.isFinite(rate) && rate > 0, `currency.exchangeRate: must be a positive number`);
  require(currency === undefined ||
    lookups.currencies.some(
      (c) => c.code === currency,
    ), `Currency ${currency} is not set up on this account`);
  for (const address of [input.customer.address, input.billing?.address, input.delivery?.address]) {
    const iso = address?.countryIsoCode;
    require(iso === undefined || findCountry(iso) !== undefined, `Country ${iso} does not exist`);
  }
  input.rows.forEach((row, index) => errors.push(...checkRow(state, row, index)));
  return [...errors, ...checkDates(input)];
}

function checkDates(input: SalesOrderCreate): BrightpearlErrorItem[] {
  const dates = {
    placedOn: input.placedOn,
    taxDate: input.taxDate,
    'delivery.date': input.delivery?.date,
  };
  return Object.entries(dates)
    .filter(([, value]) => value !== undefined && Number.isNaN(Date.parse(value)))
    .map(([field, value]) => ({
      code: ERROR_CODES.orderValidation,
      message: `${field}: "${value}" is not an ISO-8601 date`,
    }));
}

function checkRow(
  state: SimulatorState,
  row: SalesOrderCreate['rows'][number],
  index: number,
): BrightpearlErrorItem[] {
  const errors: BrightpearlErrorItem[] = [];
  if (!state.lookups.taxCodes.some((taxCode) => taxCode.code === row.taxCode)) {
    errors.push(unknown(`rows.${index}.taxCode: tax code ${row.taxCode} does not exist`));
  }
  if (row.productId === undefined) return errors;
  const product = state.products.get(row.productId);
  if (!product) {
    errors.push(unknown(`rows.${index}.productId: product ${row.productId} does not exist`));
  } else if (product.stockTracked && !isWholeNumber(toUnits(row.quantity))) {
    // Stock-tracked rows need whole quantities (reference §5.2 row rules).
    const message = `rows.${index}.quantity: must be a whole number for stock tracked product ${product.id}`;
    errors.push({ code: ERROR_CODES.orderValidation, message });
  }
  return errors;
}

/** `externalRef` + `installedIntegrationInstanceId` together are unique (reference §5.2). */
export function findDuplicate(
  state: SimulatorState,
  input: SalesOrderCreate,
): StoredOrder | undefined {
  const { externalRef, installedIntegrationInstanceId: instanceId } = input;
  if (externalRef === undefined || instanceId === undefined) return undefined;
  for (const order of state.orders.values()) {
    if (order.externalRef === externalRef && order.installedIntegrationInstanceId === instanceId) {
      return order;
    }
  }
  return undefined;
}
