import type {
  BrightpearlLookupOptions,
  KenticoLookupOptions,
  LookupSource,
  MappingConfig,
} from '@bpkc/shared-types';

/** One value of the mapping that must name something that exists on one platform. */
export interface Reference<S extends LookupSource = LookupSource> {
  source: S;
  list: S extends 'kentico' ? keyof KenticoLookupOptions : keyof BrightpearlLookupOptions;
  /** Where it sits in the mapping, dot-joined. */
  path: string;
  value: string;
}

type Maker<S extends LookupSource> = (path: string, value: string) => Reference<S>;

const maker =
  <S extends LookupSource>(source: S, list: Reference<S>['list']): Maker<S> =>
  (path, value) => ({ source, list, path, value });

const optional = <S extends LookupSource>(make: Maker<S>, path: string, value?: string) =>
  value === undefined ? [] : [make(path, value)];

/** Every Kentico code name the mapping uses: keys and status names. */
export function kenticoReferences(mapping: MappingConfig): Array<Reference<'kentico'>> {
  const status = maker('kentico', 'orderStatuses');
  const shipping = maker('kentico', 'shippingMethods');
  const payment = maker('kentico', 'paymentMethods');
  const { statusSync, payments, fulfilment, refunds } = mapping;
  return [
    ...Object.keys(mapping.orderStatuses).map((key) => status(`orderStatuses.${key}`, key)),
    ...Object.keys(mapping.shippingMethods).map((key) => shipping(`shippingMethods.${key}`, key)),
    ...Object.keys(payments.methods).map((key) => payment(`payments.methods.${key}`, key)),
    ...statusSync.kenticoOwned.map((name, i) => status(`statusSync.kenticoOwned.${i}`, name)),
    ...Object.entries(statusSync.fromBrightpearl).map(([id, name]) =>
      status(`statusSync.fromBrightpearl.${id}`, name),
    ),
    ...payments.paidStatuses.map((name, i) => status(`payments.paidStatuses.${i}`, name)),
    ...optional(status, 'fulfilment.shippedStatus', fulfilment.shippedStatus),
    ...optional(status, 'fulfilment.partiallyShippedStatus', fulfilment.partiallyShippedStatus),
    ...optional(status, 'refunds.refundedStatus', refunds.refundedStatus),
  ];
}

/**
 * Every Brightpearl id or code the mapping uses. Not checked: `refunds.creditStatusId` (a
 * sales-credit status, outside the sales-order status list), `catalog.defaultBrandId` and
 * `payments.feeJournal.journalType` (no lookup lists them).
 */
export function brightpearlReferences(mapping: MappingConfig): Array<Reference<'brightpearl'>> {
  const status = maker('brightpearl', 'orderStatuses');
  const shipping = maker('brightpearl', 'shippingMethods');
  const payment = maker('brightpearl', 'paymentMethods');
  const warehouse = maker('brightpearl', 'warehouses');
  const tax = maker('brightpearl', 'taxCodes');
  const nominal = maker('brightpearl', 'nominalCodes');
  const { brightpearl: where, statusSync, payments, fulfilment, refunds } = mapping;
  const fees = payments.feeJournal;
  return [
    maker('brightpearl', 'channels')('brightpearl.channelId', String(where.channelId)),
    warehouse('brightpearl.warehouseId', String(where.warehouseId)),
    maker('brightpearl', 'priceLists')('brightpearl.priceListId', String(where.priceListId)),
    nominal('brightpearl.salesNominalCode', where.salesNominalCode),
    nominal('brightpearl.shippingNominalCode', where.shippingNominalCode),
    ...Object.entries(mapping.orderStatuses).map(([key, id]) =>
      status(`orderStatuses.${key}`, String(id)),
    ),
    ...Object.entries(mapping.shippingMethods).map(([key, id]) =>
      shipping(`shippingMethods.${key}`, String(id)),
    ),
    ...Object.entries(mapping.taxCodes).map(([rate, code]) => tax(`taxCodes.${rate}`, code)),
    ...(mapping.stock.warehouseIds ?? []).map((id, i) =>
      warehouse(`stock.warehouseIds.${i}`, String(id)),
    ),
    ...Object.keys(statusSync.fromBrightpearl).map((id) =>
      status(`statusSync.fromBrightpearl.${id}`, id),
    ),
    ...Object.entries(payments.methods).map(([key, code]) =>
      payment(`payments.methods.${key}`, code),
    ),
    ...Object.keys(fulfilment.carriers).map((id) => shipping(`fulfilment.carriers.${id}`, id)),
    ...optional(payment, 'refunds.paymentMethodCode', refunds.paymentMethodCode),
    ...optional(nominal, 'payments.feeJournal.feeNominalCode', fees?.feeNominalCode),
    ...optional(nominal, 'payments.feeJournal.bankNominalCode', fees?.bankNominalCode),
  ];
}
