import type {
  BrightpearlLookupOptions,
  KenticoLookupItem,
  KenticoLookupOptions,
  KenticoLookups,
  LookupOption,
} from '@bpkc/shared-types';

import type {
  LookupMethods,
  NamedRecord,
  OrderStatusRecord,
  PaymentMethodRecord,
  PriceListRecord,
  TaxCodeRecord,
} from '../brightpearl';
import { PRIORITY } from '../brightpearl';

/**
 * Operator reads wait behind every sync flow: the lists are cached for minutes, so a slower
 * answer costs nothing, whereas delaying orders or stock would.
 */
const LOOKUP_CALL = { priority: PRIORITY.catalog };

export type BrightpearlLookupClient = LookupMethods;

/** The seven Brightpearl lists: seven calls, one per list, on the shared budget. */
export async function readBrightpearlLookups(
  client: BrightpearlLookupClient,
): Promise<BrightpearlLookupOptions> {
  const [orderStatuses, shippingMethods, paymentMethods, warehouses, channels, priceLists, taxes] =
    await Promise.all([
      client.getOrderStatuses(LOOKUP_CALL),
      client.getShippingMethods(LOOKUP_CALL),
      client.getPaymentMethods(LOOKUP_CALL),
      client.getWarehouses(LOOKUP_CALL),
      client.getChannels(LOOKUP_CALL),
      client.getPriceLists(LOOKUP_CALL),
      client.getTaxCodes(LOOKUP_CALL),
    ]);
  return {
    orderStatuses: salesOrderStatuses(orderStatuses),
    shippingMethods: shippingMethods.map((method) => byId(method)),
    paymentMethods: paymentMethods.map(paymentMethodOption),
    warehouses: warehouses.map((warehouse) => byId(warehouse)),
    channels: channels.map((channel) => byId(channel)),
    priceLists: priceLists.map(priceListOption),
    taxCodes: taxes.map(taxCodeOption),
  };
}

/** Kentico values are code names, labels the display names. */
export function kenticoLookupOptions(lookups: KenticoLookups): KenticoLookupOptions {
  return {
    orderStatuses: lookups.orderStatuses.map(kenticoOption),
    shippingMethods: lookups.shippingMethods.map(kenticoOption),
    paymentMethods: lookups.paymentMethods.map(kenticoOption),
  };
}

function kenticoOption(item: KenticoLookupItem): LookupOption {
  return {
    value: item.name,
    label: item.enabled ? item.displayName : `${item.displayName} (disabled)`,
  };
}

/** The mapping sets the status of new sales orders: other order types' statuses do not belong. */
function salesOrderStatuses(statuses: OrderStatusRecord[]): LookupOption[] {
  return statuses
    .filter((status) => (status.orderTypeCode ?? 'SO') === 'SO')
    .map((status) => ({
      value: String(status.statusId),
      label: status.disabled ? `${status.name} (disabled)` : status.name,
    }));
}

function byId(record: NamedRecord): LookupOption {
  return { value: String(record.id), label: record.name };
}

function paymentMethodOption(method: PaymentMethodRecord): LookupOption {
  const label = method.isActive === false ? `${method.name} (inactive)` : method.name;
  return { value: method.code, label };
}

function priceListOption(list: PriceListRecord): LookupOption {
  const name = typeof list.name === 'string' ? list.name : list.name.text;
  return {
    value: String(list.id),
    label: list.currencyCode ? `${name} (${list.currencyCode})` : name,
  };
}

/** e.g. "T — Taxable (20%)"; without a rate just "N — Not taxable". */
function taxCodeOption(tax: TaxCodeRecord): LookupOption {
  const description = tax.description ? ` — ${tax.description}` : '';
  const rate = tax.rate === null || tax.rate === undefined ? '' : ` (${Number(tax.rate)}%)`;
  return { value: tax.code, label: `${tax.code}${description}${rate}` };
}
