import type {
  BrightpearlLookupOptions,
  KenticoLookupItem,
  KenticoLookupOptions,
  KenticoLookups,
  LookupOption,
  PriceListOption,
} from '@bpkc/shared-types';

import type {
  LookupMethods,
  NamedRecord,
  NominalCodeRecord,
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

/** The eight Brightpearl lists: eight calls, one per list, on the shared budget. */
export async function readBrightpearlLookups(
  client: BrightpearlLookupClient,
): Promise<BrightpearlLookupOptions> {
  const [
    orderStatuses,
    shippingMethods,
    paymentMethods,
    warehouses,
    channels,
    priceLists,
    taxes,
    nominalCodes,
  ] = await Promise.all([
    client.getOrderStatuses(LOOKUP_CALL),
    client.getShippingMethods(LOOKUP_CALL),
    client.getPaymentMethods(LOOKUP_CALL),
    client.getWarehouses(LOOKUP_CALL),
    client.getChannels(LOOKUP_CALL),
    client.getPriceLists(LOOKUP_CALL),
    client.getTaxCodes(LOOKUP_CALL),
    client.getNominalCodes(LOOKUP_CALL),
  ]);
  return {
    orderStatuses: salesOrderStatuses(orderStatuses),
    shippingMethods: shippingMethods.map((method) => byId(method)),
    paymentMethods: paymentMethods.map(paymentMethodOption),
    warehouses: warehouses.map((warehouse) => byId(warehouse)),
    channels: channels.map((channel) => byId(channel)),
    priceLists: priceLists.map(priceListOption),
    taxCodes: taxes.map(taxCodeOption),
    nominalCodes: nominalCodes.map(nominalCodeOption),
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
      ...(status.disabled ? { inactive: true } : {}),
    }));
}

function byId(record: NamedRecord): LookupOption {
  return { value: String(record.id), label: record.name };
}

function paymentMethodOption(method: PaymentMethodRecord): LookupOption {
  if (method.isActive === false) {
    return { value: method.code, label: `${method.name} (inactive)`, inactive: true };
  }
  return { value: method.code, label: method.name };
}

/** e.g. "Retail (GBP, net)"; the flags stay machine-readable for the mapping check. */
function priceListOption(list: PriceListRecord): PriceListOption {
  const name = typeof list.name === 'string' ? list.name : list.name.text;
  const facts = [list.currencyCode, grossOrNet(list.gross)].filter(Boolean);
  return {
    value: String(list.id),
    label: facts.length > 0 ? `${name} (${facts.join(', ')})` : name,
    ...(list.gross === undefined ? {} : { gross: list.gross }),
    ...(list.priceListTypeCode ? { type: list.priceListTypeCode } : {}),
  };
}

const grossOrNet = (gross?: boolean) => (gross === undefined ? '' : gross ? 'gross' : 'net');

/** e.g. "4000 — Sales"; the mapping stores the code, never the internal id. */
function nominalCodeOption(nominal: NominalCodeRecord): LookupOption {
  const label = `${nominal.code} — ${nominal.name}`;
  if (nominal.active === false)
    return { value: nominal.code, label: `${label} (inactive)`, inactive: true };
  return { value: nominal.code, label };
}

/** e.g. "T — Taxable (20%)"; without a rate just "N — Not taxable". */
function taxCodeOption(tax: TaxCodeRecord): LookupOption {
  const description = tax.description ? ` — ${tax.description}` : '';
  const rate = tax.rate === null || tax.rate === undefined ? '' : ` (${Number(tax.rate)}%)`;
  return { value: tax.code, label: `${tax.code}${description}${rate}` };
}
